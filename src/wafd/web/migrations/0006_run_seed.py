import django.core.validators
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("wafd", "0005_job_leases_and_invitation_email"),
    ]

    operations = [
        migrations.AddField(
            model_name="schedulingrun",
            name="seed",
            field=models.PositiveIntegerField(
                blank=True,
                null=True,
                validators=[django.core.validators.MaxValueValidator(2147483647)],
            ),
        ),
    ]
