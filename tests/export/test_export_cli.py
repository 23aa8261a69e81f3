"""``wafd export`` turns a mission and a schedule file into documents, or says what is wrong."""

from pathlib import Path

from export_factories import build_mission, build_schedule
from typer.testing import CliRunner

from wafd.cli import app
from wafd.io import write_mission
from wafd.io.schedule_file import write_schedule

runner = CliRunner()


def _files(tmp_path: Path) -> tuple[Path, Path]:
    mission = build_mission()
    mission_file, schedule_file = tmp_path / "mission.yaml", tmp_path / "schedule.json"
    write_mission(mission, mission_file)
    write_schedule(mission, build_schedule(), schedule_file)
    return mission_file, schedule_file


def test_export_for_one_participant_prints_the_files_written(tmp_path: Path) -> None:
    mission_file, schedule_file = _files(tmp_path)
    out = tmp_path / "out"
    result = runner.invoke(
        app,
        ["export", str(mission_file), str(schedule_file), "--out", str(out),
         "--format", "ics,html", "--lang", "fr,en", "--for", "tazi", "--no-personal-data"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[:3] == [
        "5 fichiers écrits\u00a0:",
        f"  {out / 'html' / 'itinerary-tazi-fr.html'}",
        f"  {out / 'ics' / 'tazi.ics'}",
    ]
    assert b"mailto:" not in (out / "ics" / "tazi.ics").read_bytes()


def test_export_refuses_an_unknown_format_without_writing(tmp_path: Path) -> None:
    mission_file, schedule_file = _files(tmp_path)
    out = tmp_path / "out"
    result = runner.invoke(
        app, ["export", str(mission_file), str(schedule_file), "--out", str(out),
              "--format", "pdf,docx"],
    )  # fmt: skip
    assert result.exit_code == 2
    assert "Unknown format docx: choose from pdf, ics, html, xlsx." in result.output
    assert not out.exists()


def test_export_names_a_missing_schedule_file(tmp_path: Path) -> None:
    mission_file, _ = _files(tmp_path)
    missing = tmp_path / "nowhere.xlsx"
    result = runner.invoke(app, ["export", str(mission_file), str(missing), "--out", "x"])
    assert result.exit_code == 2
    assert result.output.strip() == f"{missing}: no such schedule file."


def test_export_reports_an_unreadable_schedule_by_place(tmp_path: Path) -> None:
    mission_file, schedule_file = _files(tmp_path)
    schedule_file.write_text('{"mission": "ma-us-2024", "meetings": [{"id": 3}]}')
    result = runner.invoke(
        app, ["export", str(mission_file), str(schedule_file), "--out", str(tmp_path / "o")]
    )
    assert result.exit_code == 2
    assert result.output.splitlines()[0] == f"{schedule_file} is not a readable schedule:"
    assert "Traceback" not in result.output
