"""``wafd mail`` against a real SMTP server on loopback: sent, parsed back, checked."""

from pathlib import Path

import icalendar
import pytest
from export_factories import build_mission, build_schedule, replanned
from mail_reading import invitations, parse
from smtp_server import free_port, smtp_server
from typer.testing import CliRunner

from wafd.cli import app
from wafd.export import export_documents
from wafd.io import write_mission
from wafd.io.schedule_file import write_schedule

pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH:UserWarning")
runner = CliRunner()


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    mission, schedule = build_mission(), build_schedule()
    paths = {
        "mission": write_mission(mission, tmp_path / "mission.yaml"),
        "schedule": tmp_path / "v1.json",
        "moved": tmp_path / "v2.json",
    }
    write_schedule(mission, schedule, paths["schedule"])
    write_schedule(mission, replanned(schedule, "m-sandhill", hours=2), paths["moved"])
    return paths


def _mail(files: dict[str, Path], *args: str, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(
        app, ["mail", str(files["mission"]), str(files["schedule"]), *args], env=env
    )


def test_programme_reaches_every_participant_through_smtp(files: dict[str, Path]) -> None:
    with smtp_server() as server:
        result = _mail(files, "--smtp", server.url())
    assert result.exit_code == 0, result.output
    recipients = sorted(rcpt for rcpts, _ in server.mailbox.received for rcpt in rcpts)
    assert recipients == sorted(f"{p.id}@example.org" for p in build_mission().participants)
    assert "11 of 11 messages sent." in result.output


def test_arabic_subject_decodes_after_the_trip(files: dict[str, Path]) -> None:
    with smtp_server() as server:
        _mail(files, "--smtp", server.url(), "--to", "amrani")
    ((rcpts, raw),) = server.mailbox.received
    assert rcpts == ["amrani@example.org"]
    assert parse(raw)["Subject"] == "برنامجك: الوفد الرقمي المغربي إلى الولايات المتحدة"


def test_sent_invitations_match_the_exported_calendar(
    files: dict[str, Path], tmp_path: Path
) -> None:
    exported = export_documents(
        build_mission(),
        build_schedule(),
        out_dir=tmp_path / "export",
        formats=["ics"],
        participant_ids=["alaoui"],
    )
    calendar = icalendar.Calendar.from_ical(exported[0].read_bytes())
    sequences = {str(e["UID"]): int(e["SEQUENCE"]) for e in calendar.walk("VEVENT")}
    with smtp_server() as server:
        _mail(files, "--smtp", server.url(), "--to", "alaoui")
    sent = invitations(parse(server.mailbox.received[0][1]))
    assert len(sent) == len(build_schedule().for_participant("alaoui")) == 5
    for invite in sent:
        (event,) = invite.walk("VEVENT")
        assert str(invite["METHOD"]) == "REQUEST"
        assert int(event["SEQUENCE"]) == sequences[str(event["UID"])] + 1


def test_changes_go_only_to_the_people_a_change_touches(files: dict[str, Path]) -> None:
    with smtp_server() as server:
        result = runner.invoke(
            app,
            [
                "mail",
                str(files["mission"]),
                str(files["moved"]),
                "--kind",
                "changes",
                "--since",
                str(files["schedule"]),
                "--smtp",
                server.url(),
            ],
        )
    assert result.exit_code == 0, result.output
    recipients = sorted(rcpt for rcpts, _ in server.mailbox.received for rcpt in rcpts)
    assert recipients == ["alaoui@example.org", "gomez@example.org"]


def test_dry_run_writes_one_eml_per_message(files: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = _mail(files, "--dry-run", "--out", str(out), "--to", "hosts")
    assert result.exit_code == 0, result.output
    hosts = [p.id for p in build_mission().participants if p.role == "host"]
    assert sorted(p.name for p in out.iterdir()) == sorted(f"programme-{h}.eml" for h in hosts)
    message = parse((out / f"programme-{hosts[0]}.eml").read_bytes())
    assert message["To"].addresses[0].addr_spec == f"{hosts[0]}@example.org"


def test_refused_connection_is_a_clear_message_and_exit_1(files: dict[str, Path]) -> None:
    result = _mail(files, "--smtp", f"smtp://127.0.0.1:{free_port()}")
    assert result.exit_code == 1
    assert "Could not reach the mail server 127.0.0.1" in result.output
    assert "Nothing was sent: 11 messages not sent." in result.output
    assert "Traceback" not in result.output


def test_failed_login_is_a_clear_message_and_exit_1(files: dict[str, Path]) -> None:
    with smtp_server(user="wafd", password="right") as server:
        result = _mail(files, "--smtp", server.url("wafd"), env={"WAFD_SMTP_PASSWORD": "wrong"})
        good = _mail(
            files,
            "--smtp",
            server.url("wafd"),
            "--to",
            "kim",
            env={"WAFD_SMTP_PASSWORD": "right"},
        )
    assert result.exit_code == 1
    assert "refused the login of wafd" in result.output
    assert good.exit_code == 0, good.output
    assert len(server.mailbox.received) == 1


def test_a_refused_recipient_is_reported_and_the_others_still_sent(
    files: dict[str, Path],
) -> None:
    with smtp_server() as server:
        server.mailbox.refuse.add("kim@example.org")
        result = _mail(files, "--smtp", server.url())
    assert result.exit_code == 1
    assert "NOT sent to kim@example.org: the server answered 550" in result.output
    assert "10 of 11 messages sent." in result.output
    assert len(server.mailbox.received) == 10


def test_participant_without_address_is_listed_not_an_error(
    files: dict[str, Path], tmp_path: Path
) -> None:
    mission = build_mission()
    people = tuple(
        p.model_copy(update={"email": ""}) if p.id == "kim" else p for p in mission.participants
    )
    files["mission"] = write_mission(
        mission.model_copy(update={"participants": people}), tmp_path / "m2.yaml"
    )
    result = _mail(files, "--dry-run", "--out", str(tmp_path / "o"))
    assert result.exit_code == 0, result.output
    assert (
        "Soo-jin Kim (kim): no e-mail address" in result.output
        or "(kim): no e-mail" in result.output
    )


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("--smtp", "http://x"), "is not an SMTP address"),
        (("--kind", "changes", "--dry-run", "--out", "x"), "needs --since"),
        (("--dry-run",), "needs --out"),
        ((), "Give the mail server"),
        (("--to", "nobody", "--dry-run", "--out", "x"), "No participant or organisation"),
    ],
)
def test_bad_options_exit_2_with_a_message(
    files: dict[str, Path], args: tuple[str, ...], expected: str
) -> None:
    result = _mail(files, *args)
    assert result.exit_code == 2
    assert expected in result.output
