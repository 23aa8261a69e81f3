"""The exported workbook reads back as the same schedule and adds a sheet per participant."""

from pathlib import Path

from openpyxl import load_workbook

from wafd.export.facts import MissionFacts
from wafd.export.spreadsheet import schedule_workbook_bytes
from wafd.io.schedule_file import read_schedule
from wafd.model import Mission, Schedule


def test_exported_workbook_reads_back_as_the_same_schedule(
    exported: dict[str, Path], mission: Mission, schedule: Schedule
) -> None:
    back = read_schedule(mission, exported["xlsx/schedule.xlsx"])
    assert back.meetings == schedule.meetings


def test_exported_workbook_has_a_sheet_per_day_and_per_participant(
    exported: dict[str, Path],
) -> None:
    names = load_workbook(exported["xlsx/schedule.xlsx"], read_only=True).sheetnames
    assert names[:3] == ["Meetings", "Unscheduled", "Schedule"]
    assert [n for n in names if n.startswith("2024-")] == [
        "2024-02-12 Houston",
        "2024-02-14 Austin",
        "2024-02-20 San Jose",
        "2024-02-21 San Jose",
    ]
    assert names[-11:] == [
        "Sarah El Amrani", "Youssef Benali", "Nadia Tazi", "Karim Alaoui", "Hind Berrada",
        "Emily Carter", "Michael Nguyen", "Laura Mitchell", "Diego Ramírez", "David Kim",
        "Rachel Gomez",
    ]  # fmt: skip


def test_participant_sheet_lists_their_meetings_in_local_time(exported: dict[str, Path]) -> None:
    sheet = load_workbook(exported["xlsx/schedule.xlsx"])["Rachel Gomez"]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0][:5] == ["Day", "Start", "End", "Time zone", "Meeting"]
    assert rows[1][:5] == [
        "2024-02-20", "14:00", "15:00", "America/Los_Angeles",
        "Venture funding for Moroccan startups",
    ]  # fmt: skip


def test_exported_workbook_stores_formula_like_text_as_text(
    mission: Mission, schedule: Schedule, tmp_path: Path
) -> None:
    hostile = '=HYPERLINK("http://evil.example","x")'
    venues = tuple(
        v.model_copy(update={"name": hostile, "address": "@SUM(1)"}) for v in mission.venues
    )
    meetings = tuple(
        m.model_copy(update={"title": "-1+cmd|' /C calc'!A0"}) for m in schedule.meetings
    )
    mission = mission.model_copy(update={"venues": venues})
    schedule = schedule.model_copy(update={"meetings": meetings})
    path = tmp_path / "schedule.xlsx"

    path.write_bytes(schedule_workbook_bytes(MissionFacts(mission), schedule))

    workbook = load_workbook(path)
    cells = [cell for sheet in workbook.worksheets for row in sheet.iter_rows() for cell in row]
    assert [c.coordinate for c in cells if c.data_type == "f"] == []
    assert hostile in {c.value for c in cells}
    assert read_schedule(mission, path).meetings == schedule.meetings
