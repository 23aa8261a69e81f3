"""Every case of the reliability drill (issue 16: D2, D5, D7, D12) kept as a file in
tests/data/hostile: each is refused with one located error, or, when accepted, schedules
(greedy and optimal), checks and exports in every format without an exception."""

from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner
from workbook_edits import valid_workbook

from wafd.cli import app
from wafd.export import FORMATS, export_documents
from wafd.io import read_mission, validate_mission_file
from wafd.schedule import check_schedule, schedule_mission

HOSTILE = Path(__file__).parents[1] / "data" / "hostile"
runner = CliRunner()

REFUSED: dict[str, tuple[str, str]] = {
    "d2-alias-bomb": ("", "The YAML uses an anchor or alias (&name, *name) near line 3."),
    "d2-deep-nesting": ("", "The YAML is nested more than 6 levels deep near line 43."),
    "d2-impossible-date": ("", "2024-02-30 near line 17 is not a real date."),
    "d5-fixed-meeting-over-lunch": (
        "meetings, row 2, start",
        "The meeting (12:00–13:00) overlaps the lunch break of leg “houston” (12:30–13:30).",
    ),
    "d5-integer-above-2-63": (
        "mission, max_meetings_per_day",
        "18446744073709551617 is out of range.",
    ),
    "d5-leg-from-1900": (
        "legs, row 1, start_date",
        "The leg lasts 45334 days; a leg may last at most 366 days.",
    ),
    "d5-tables-1e9": ("venues, row 1, tables", "1000000000 is out of range."),
    "d7-name-noncharacter": (
        "participants, row 1, name",
        "The text holds the invisible character U+FFFE, which documents cannot show.",
    ),
    "d7-venue-name-6000": (
        "venues, row 1, name",
        "The text is 5996 characters long; this column takes at most 200.",
    ),
    "d12-after-itself": (
        "meetings, row 1, after",
        "The meeting welcome is listed in its own “after”.",
    ),
    "d12-after-cycle": (
        "meetings, row 1, after",
        "The meetings welcome → second → welcome must each come after the other: no order fits.",
    ),
    "d12-slot-minutes-7": (
        "mission, slot_minutes",
        "A slot of 7 minutes does not divide an hour.",
    ),
    "d12-b2b-multi-city": (
        "mission, kind",
        "A b2b event takes place in one city, but the mission has 2 legs.",
    ),
    "d12-fixed-meeting-other-city": (
        "meetings, row 1, venue",
        "The venue lab is in leg “austin”, but on 2024-02-12 the mission is in “houston”.",
    ),
    "d12-id-296": (
        "participants, row 1, id",
        "The text is 296 characters long; this column takes at most 64.",
    ),
    "d12-no-participants": ("participants", "The sheet “participants” has no rows."),
}
ACCEPTED = ["base", "d7-name-line-break"]


def test_every_hostile_file_is_listed() -> None:
    assert sorted(p.stem for p in HOSTILE.glob("*.yaml")) == sorted([*REFUSED, *ACCEPTED])


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_hostile_file_is_refused_at_its_place(name: str) -> None:
    errors = list(validate_mission_file(HOSTILE / f"{name}.yaml").errors)

    assert (errors[0].place, errors[0].message) == REFUSED[name]


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_hostile_file_exits_2_without_traceback(name: str) -> None:
    result = runner.invoke(app, ["validate", str(HOSTILE / f"{name}.yaml")])

    assert (result.exit_code, type(result.exception)) == (2, SystemExit)
    assert "Traceback" not in result.output


@pytest.mark.parametrize("name", ACCEPTED)
def test_accepted_file_schedules_checks_and_exports(name: str, tmp_path: Path) -> None:
    mission = read_mission(HOSTILE / f"{name}.yaml")
    greedy = schedule_mission(mission, mode="greedy")
    optimal = schedule_mission(mission, mode="optimal", time_limit=2.0)

    assert [check_schedule(mission, r.schedule) for r in (greedy, optimal)] == [[], []]
    written = export_documents(mission, optimal.schedule, out_dir=tmp_path, formats=FORMATS)
    assert {p.parent.name for p in written} >= set(FORMATS)


def test_workbook_emptied_to_its_headers_is_refused(tmp_path: Path) -> None:
    path = valid_workbook(tmp_path)
    workbook = openpyxl.load_workbook(path)
    workbook["Participants"].delete_rows(2, 100)
    workbook.save(path)

    messages = [(i.sheet, i.message) for i in validate_mission_file(path).errors]

    assert ("Participants", "The sheet “Participants” has no rows.") in messages


def test_venue_row_without_id_is_reported_not_a_crash(tmp_path: Path) -> None:
    """Found by bench/fuzz.py: the fixed-meeting city check read every venue's id."""
    path = valid_workbook(tmp_path)
    workbook = openpyxl.load_workbook(path)
    workbook["Venues"]["A2"] = None
    workbook.save(path)

    errors = [(i.place, i.message) for i in validate_mission_file(path).errors]

    assert errors[0] == ("Venues!A2", "The required cell “id” is empty.")
