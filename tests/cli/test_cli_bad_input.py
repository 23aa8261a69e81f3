"""Every command that takes files, fed the files users really get wrong.

Each case must end with a non-zero exit, no traceback, a message naming the place and what to
do, and no file left behind in the folder (nothing half-written, no stray temporary file).
"""

import os
import shutil
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from wafd.cli import app
from wafd.io import write_mission
from wafd.io.schedule_file import write_schedule
from wafd.model import Schedule
from wafd.sample import build_sample_mission

runner = CliRunner()


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One folder with a good mission and schedule and every kind of bad file beside them."""
    folder = tmp_path_factory.mktemp("bad-input")
    mission = build_sample_mission()
    write_mission(mission, folder / "ok.yaml")
    write_mission(mission, folder / "ok.xlsx")
    write_schedule(mission, Schedule(mission=mission.id), folder / "sched.xlsx")
    text = (folder / "ok.yaml").read_text(encoding="utf-8")
    (folder / "other.yaml").write_text(text.replace(mission.id, "other-mission"), "utf-8")
    (folder / "a-folder").mkdir()
    (folder / "empty.xlsx").write_bytes(b"")
    (folder / "empty.yaml").write_text("")
    (folder / "text.xlsx").write_text("hello, not a workbook\n")
    (folder / "corrupt.xlsx").write_bytes(b"PK\x03\x04 broken zip")
    (folder / "syntax.yaml").write_text("mission: [unclosed\n  id: x\n")
    (folder / "list.yaml").write_text("- a\n- b\n")
    book = openpyxl.load_workbook(folder / "ok.xlsx")
    del book["Legs"]
    book.save(folder / "no-legs.xlsx")
    book = openpyxl.load_workbook(folder / "sched.xlsx")
    del book["Meetings"]
    book.save(folder / "no-meetings.xlsx")
    return folder


CASES: dict[str, tuple[list[str], int, list[str]]] = {
    # show, validate: every kind of unreadable mission file
    "show-missing": (["show", "missing.xlsx"], 2, ["missing.xlsx", "no such file"]),
    "show-folder": (["show", "a-folder"], 2, ["a-folder is a folder", "Give the path"]),
    "show-empty-xlsx": (["show", "empty.xlsx"], 2, ["not an Excel workbook", "Save the mission"]),
    "show-empty-yaml": (["show", "empty.yaml"], 2, ["“Mission” is missing", "Add a sheet"]),
    "show-text-as-xlsx": (["show", "text.xlsx"], 2, ["not an Excel workbook", "wafd template"]),
    "show-corrupt-zip": (["show", "corrupt.xlsx"], 2, ["damaged", "repair it"]),
    "show-yaml-syntax": (["show", "syntax.yaml"], 2, ["malformed near line 2", "Fix"]),
    "show-yaml-list": (["show", "list.yaml"], 2, ["does not hold a mission", "Start it"]),
    "show-missing-sheet": (["show", "no-legs.xlsx"], 2, ["Legs: The required sheet", "Add"]),
    "validate-missing": (["validate", "missing.xlsx"], 2, ["does not exist", "Check the path"]),
    "validate-folder": (["validate", "a-folder"], 2, ["is a folder"]),
    "validate-corrupt-zip": (["validate", "corrupt.xlsx"], 2, ["damaged"]),
    "validate-yaml-list": (["validate", "list.yaml", "--json"], 2, ['"ok": false']),
    # template: where it may write
    "template-not-xlsx": (["template", "t.yaml"], 1, ["must be named *.xlsx"]),
    "template-exists": (["template", "ok.xlsx"], 1, ["already exists", "--force"]),
    "template-no-folder": (["template", "nowhere/t.xlsx"], 1, ["nowhere does not exist"]),
    "template-in-a-file": (["template", "ok.yaml/t.xlsx"], 1, ["is a file, not a folder"]),
    "template-folder": (["template", "a-folder"], 1, ["a-folder is a folder", "path of a file"]),
    # match
    "match-missing": (["match", "missing.xlsx"], 2, ["missing.xlsx does not exist"]),
    "match-yaml-syntax": (["match", "syntax.yaml"], 2, ["malformed near line 2"]),
    "match-unknown-for": (["match", "ok.yaml", "--for", "nobody"], 2, ["id nobody", "wafd show"]),
    "match-rules-missing": (
        ["match", "ok.yaml", "--rules", "missing.yaml"],
        2,
        ["--rules missing.yaml: no such file", "YAML file of organiser rules"],
    ),
    "match-out-exists": (
        ["match", "ok.yaml", "--accept", "1", "--out", "ok.yaml"],
        1,
        ["ok.yaml already exists", "--force"],
    ),
    "match-out-no-folder": (
        ["match", "ok.yaml", "--accept", "1", "--out", "nowhere/m.yaml"],
        1,
        ["nowhere does not exist"],
    ),
    "match-out-suffix": (
        ["match", "ok.yaml", "--accept", "1", "--out", "m.txt"],
        2,
        ["m.txt", ".xlsx or .yaml"],
    ),
    # schedule: every output problem is caught before solving
    "schedule-missing": (["schedule", "missing.yaml"], 2, ["missing.yaml: no such mission file"]),
    "schedule-yaml-list": (["schedule", "list.yaml"], 2, ["does not hold a mission"]),
    "schedule-out-exists": (
        ["schedule", "ok.yaml", "--out", "sched.xlsx"],
        1,
        ["sched.xlsx already exists", "--force"],
    ),
    "schedule-out-no-folder": (
        ["schedule", "ok.yaml", "--out", "nowhere/s.xlsx"],
        1,
        ["nowhere does not exist"],
    ),
    "schedule-out-folder": (["schedule", "ok.yaml", "--out", "a-folder"], 2, [".xlsx or .json"]),
    "schedule-out-suffix": (["schedule", "ok.yaml", "--out", "s.txt"], 2, [".xlsx or .json"]),
    # check: unreadable schedules
    "check-missing": (["check", "ok.yaml", "missing.xlsx"], 2, ["missing.xlsx: no such file"]),
    "check-folder": (["check", "ok.yaml", "a-folder"], 2, ["must end in .xlsx or .json"]),
    "check-empty": (["check", "ok.yaml", "empty.xlsx"], 2, ["not an Excel workbook", "save it"]),
    "check-text-as-xlsx": (["check", "ok.yaml", "text.xlsx"], 2, ["is damaged", "LibreOffice"]),
    "check-corrupt-zip": (["check", "ok.yaml", "corrupt.xlsx"], 2, ["is damaged"]),
    "check-missing-sheet": (["check", "ok.yaml", "no-meetings.xlsx"], 2, ["no sheet named"]),
    "check-yaml-as-schedule": (["check", "ok.yaml", "list.yaml"], 2, [".xlsx or .json"]),
    "check-other-mission": (
        ["check", "other.yaml", "sched.xlsx"],
        2,
        ["belongs to mission “ma-us-digital-2024”, not “other-mission”"],
    ),
    "check-bad-mission": (["check", "syntax.yaml", "sched.xlsx"], 2, ["malformed"]),
    # replan: unknown ids and outputs
    "replan-unknown-cancel": (
        ["replan", "ok.yaml", "sched.xlsx", "--cancel", "nobody"],
        2,
        ["Cannot cancel nobody", "neither a participant nor a meeting"],
    ),
    "replan-unknown-lock": (
        ["replan", "ok.yaml", "sched.xlsx", "--lock", "no-meeting"],
        2,
        ["Cannot lock no-meeting", "no active meeting"],
    ),
    "replan-other-mission": (["replan", "other.yaml", "sched.xlsx"], 2, ["belongs to mission"]),
    "replan-corrupt": (["replan", "ok.yaml", "corrupt.xlsx"], 2, ["is damaged"]),
    "replan-overwrites-published": (
        ["replan", "ok.yaml", "sched.xlsx", "--out", "sched.xlsx"],
        1,
        ["sched.xlsx already exists", "--force"],
    ),
    # export
    "export-missing-mission": (
        ["export", "missing.yaml", "sched.xlsx", "--out", "docs"],
        2,
        ["missing.yaml: no such mission file"],
    ),
    "export-corrupt-schedule": (
        ["export", "ok.yaml", "corrupt.xlsx", "--out", "docs"],
        2,
        ["corrupt.xlsx is not a readable schedule", "is damaged"],
    ),
    "export-other-mission": (
        ["export", "other.yaml", "sched.xlsx", "--out", "docs"],
        2,
        ["belongs to mission"],
    ),
    "export-unknown-for": (
        ["export", "ok.yaml", "sched.xlsx", "--out", "docs", "--for", "nobody"],
        2,
        ["No participant with id nobody", "Participants sheet"],
    ),
    "export-unknown-format": (
        ["export", "ok.yaml", "sched.xlsx", "--out", "docs", "--format", "pdf,doc"],
        2,
        ["Unknown format doc", "choose from"],
    ),
    "export-out-is-a-file": (
        ["export", "ok.yaml", "sched.xlsx", "--out", "ok.yaml"],
        1,
        ["Cannot write into ok.yaml", "--out"],
    ),
}


@pytest.mark.parametrize(("args", "exit_code", "words"), CASES.values(), ids=CASES.keys())
def test_cli_bad_input_is_refused_clearly_and_writes_nothing(
    files: Path,
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    exit_code: int,
    words: list[str],
) -> None:
    monkeypatch.chdir(files)
    before = {path: path.stat().st_mtime_ns for path in files.rglob("*")}

    result = runner.invoke(app, args, env={"COLUMNS": "400"})

    assert (result.exit_code, "Traceback" in result.output) == (exit_code, False), result.output
    assert isinstance(result.exception, SystemExit)
    output = " ".join(result.output.split())
    assert [word for word in words if word not in output] == [], output
    after = {path: path.stat().st_mtime_ns for path in files.rglob("*")}
    assert after == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into read-only folders")
def test_cli_bad_input_read_only_folder_is_refused(files: Path, tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    shutil.copy(files / "ok.yaml", tmp_path / "ok.yaml")
    locked.chmod(0o555)

    result = runner.invoke(app, ["template", str(locked / "t.xlsx")])

    assert result.exit_code == 1
    assert "permission denied" in result.output
    assert list(locked.iterdir()) == []
