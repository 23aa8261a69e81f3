from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("wafd", "0004_merge_parallel_work"),
    ]

    operations = [
        migrations.AddField(
            model_name="invitation",
            name="email",
            field=models.EmailField(blank=True, default="", max_length=150),
        ),
        migrations.AddField(
            model_name="documentbundle",
            name="heartbeat_at",
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name="documentbundle",
            name="worker",
            field=models.CharField(blank=True, default="", max_length=100),
        ),
        migrations.AddField(
            model_name="importjob",
            name="heartbeat_at",
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name="importjob",
            name="worker",
            field=models.CharField(blank=True, default="", max_length=100),
        ),
    ]
