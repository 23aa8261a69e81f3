"""``wafd serve`` prepares an empty database: sample mission and three demo accounts."""

from pathlib import Path

import pytest
from django.contrib.auth import authenticate

from wafd.sample import build_sample_mission
from wafd.web.demo import install_demo, load_demo_accounts
from wafd.web.models import Membership


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


@pytest.mark.parametrize("command", ["serve", "worker"])
def test_cli_lists_the_web_commands(command: str) -> None:
    from typer.testing import CliRunner

    from wafd.cli import app

    result = CliRunner().invoke(app, [command, "--help"])

    assert result.exit_code == 0
    assert "Usage" in result.output
