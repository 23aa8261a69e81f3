"""Joins the migrations written side by side (outbox, outcomes, leases, cancellations, tenancy)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("wafd", "0003_outbox"),
        ("wafd", "0003_outcomes"),
        ("wafd", "0003_run_lease_and_failure"),
        ("wafd", "0003_schedule_cancellations"),
        ("wafd", "0003_tenancy"),
    ]

    operations = []
