"""Specifications of the ``wafd`` command line: help, version, ``demo`` and ``show``."""

from pathlib import Path

import pytest
import typer.main
from typer.testing import CliRunner

from wafd import __version__
from wafd.cli import app
from wafd.io import read_mission, validate_mission_file
from wafd.model import Role
from wafd.sample import build_sample_mission

runner = CliRunner()


@pytest.fixture(autouse=True)
def wide_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Rich wraps at the terminal width; a wide one keeps cells on one line."""
    monkeypatch.setenv("COLUMNS", "200")


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("demo") / "out"
    result = runner.invoke(app, ["demo", "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_help_lists_every_command_with_its_summary() -> None:
    result = runner.invoke(app, ["--help"])
    commands = typer.main.get_command(app).commands  # type: ignore[attr-defined]
    assert result.exit_code == 0
    assert {"demo", "show"} <= commands.keys()
    for name, command in commands.items():
        assert name in result.output
        assert command.get_short_help_str(limit=40)[:20] in result.output


def test_version_prints_the_package_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.output == f"wafd {__version__}\n"


def test_demo_writes_the_sample_mission_as_workbook_and_yaml(demo_dir: Path) -> None:
    assert sorted(p.name for p in demo_dir.iterdir()) == [
        "documents",
        "outcomes.xlsx",
        "report",
        "sample-mission.xlsx",
        "sample-mission.yaml",
        "schedule.xlsx",
    ]
    assert read_mission(demo_dir / "sample-mission.xlsx") == build_sample_mission()
    assert read_mission(demo_dir / "sample-mission.yaml") == build_sample_mission()


def test_demo_prints_the_summary(tmp_path: Path) -> None:
    result = runner.invoke(app, ["demo", "--out", str(tmp_path / "out")])
    assert result.exit_code == 0
    assert "Participants by theme" in result.output
    assert "America/Los_Angeles" in result.output


def test_demo_refuses_a_file_as_output_folder(tmp_path: Path) -> None:
    occupied = tmp_path / "taken"
    occupied.write_text("not a folder")
    result = runner.invoke(app, ["demo", "--out", str(occupied)])
    assert result.exit_code == 2
    assert "is a file, not a folder" in result.stderr
    assert occupied.read_text() == "not a folder"


def test_show_summarises_the_legs_of_a_workbook(demo_dir: Path) -> None:
    result = runner.invoke(app, ["show", str(demo_dir / "sample-mission.xlsx")])
    legs = [line for line in result.output.splitlines() if "America/" in line]
    assert result.exit_code == 0
    assert [line.split("│")[1].strip() for line in legs] == [
        "Houston",
        "Austin",
        "Silicon Valley (San Jose)",
    ]


def test_show_labels_in_the_chosen_language(demo_dir: Path) -> None:
    yaml_file = str(demo_dir / "sample-mission.yaml")
    french = runner.invoke(app, ["show", yaml_file, "--lang", "fr"])
    arabic = runner.invoke(app, ["show", yaml_file, "--lang", "ar"])
    assert (french.exit_code, arabic.exit_code) == (0, 0)
    assert "Participants par thème" in french.output
    assert "المشاركون حسب المحور" in arabic.output


def test_show_reports_a_missing_file_without_traceback(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.xlsx"
    result = runner.invoke(app, ["show", str(missing)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{missing}: no such file.")
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_show_reports_an_unreadable_file_and_points_to_validate(tmp_path: Path) -> None:
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"this is not a workbook")
    result = runner.invoke(app, ["show", str(broken)])
    assert result.exit_code == 2
    assert "is not a valid mission file" in result.stderr
    assert f"wafd validate {broken}" in result.stderr
    assert broken.read_bytes() == b"this is not a workbook"


def test_show_lists_where_an_invalid_file_is_wrong(demo_dir: Path, tmp_path: Path) -> None:
    text = (demo_dir / "sample-mission.yaml").read_text(encoding="utf-8")
    invalid = tmp_path / "invalid.yaml"
    invalid.write_text(text.replace("America/Chicago", "America/Houston", 1), encoding="utf-8")
    [error] = validate_mission_file(invalid).errors
    result = runner.invoke(app, ["show", str(invalid)])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.splitlines()[1] == f"  • {error.place}: {error.message} — {error.hint}"


def test_demo_writes_the_full_set_of_pdfs_for_the_sample_mission(demo_dir: Path) -> None:
    mission = build_sample_mission()
    delegates = mission.participants_with_role(Role.DELEGATE)

    pdfs = {path.name for path in (demo_dir / "documents" / "pdf").iterdir()}

    books = sorted(name for name in pdfs if name.startswith("briefing-book-"))
    assert books == ["briefing-book-ar.pdf", "briefing-book-en.pdf", "briefing-book-fr.pdf"]
    missing = [p.id for p in delegates if not any(f"itinerary-{p.id}-" in n for n in pdfs)]
    assert missing == []
    assert "logistics.pdf" in pdfs
