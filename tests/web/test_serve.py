"""``wafd serve`` prepares an empty database: sample mission and three demo accounts."""

from pathlib import Path

import pytest
from django.contrib.auth import authenticate
from django.test import Client
from django.urls import reverse

from wafd.outcomes.figures import compute_report_figures
from wafd.sample import build_sample_mission
from wafd.web.access import published_version
from wafd.web.demo import install_demo, load_demo_accounts
from wafd.web.models import Membership, MissionRecord
from wafd.web.outcomes import load_outcomes, mission_context


def test_install_demo_creates_one_account_per_role_linked_to_participants(
    db: None, settings: object, tmp_path: Path
) -> None:
    settings.DATA_DIR = tmp_path  # type: ignore[attr-defined]

    accounts = install_demo(build_sample_mission())

    assert [a.role for a in accounts] == ["organiser", "delegate", "host"]
    assert load_demo_accounts() == accounts
    for account in accounts:
        user = authenticate(username=account.username, password=account.password)
        membership = Membership.objects.get(user=user)
        assert membership.role == account.role
        assert (membership.participant is None) == (account.role == "organiser")
    assert oct((tmp_path / "demo-accounts.json").stat().st_mode & 0o777) == "0o600"


def test_install_demo_publishes_the_programme_and_the_report_shows_its_outcomes(
    db: None, settings: object, tmp_path: Path
) -> None:
    settings.DATA_DIR = tmp_path  # type: ignore[attr-defined]
    accounts = {a.role: a for a in install_demo(build_sample_mission())}
    record = MissionRecord.objects.get()
    client = Client()
    client.login(username="organiser", password=accounts["organiser"].password)

    figures = compute_report_figures(
        context=mission_context(record), outcomes=load_outcomes(record)
    )
    page = client.get(reverse("wafd:report", args=[record.pk]))

    assert published_version(record) is not None
    assert figures.meetings_planned > 0
    assert figures.opportunities >= 6
    assert figures.return_multiplier is not None
    assert page.status_code == 200
    assert b"<svg" in page.content


@pytest.mark.parametrize("command", ["serve", "worker"])
def test_cli_lists_the_web_commands(command: str) -> None:
    from typer.testing import CliRunner

    from wafd.cli import app

    result = CliRunner().invoke(app, [command, "--help"])

    assert result.exit_code == 0
    assert "Usage" in result.output
