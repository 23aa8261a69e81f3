from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("wafd", "0002_change_stamp_and_version_source"),
    ]

    operations = [
        migrations.AddField(
            model_name="scheduleversion",
            name="cancellations",
            field=models.JSONField(default=list),
        ),
    ]
