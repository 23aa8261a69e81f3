"""The schedule workbook, plus one sheet per participant that organisers can hand out.

The base is the scheduling team's workbook (``write_schedule``): its
"Meetings" sheet is what ``wafd check`` and ``read_schedule`` read back, and it
already has a readable sheet per day. The export adds one sheet per
participant; readers ignore sheets they do not know, so the file stays a valid
schedule file.
"""

import tempfile
from io import BytesIO
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from wafd.export.facts import MissionFacts
from wafd.export.localize import Localizer, strip_marks
from wafd.io.schedule_file import write_schedule
from wafd.io.xlsx_write import append_row
from wafd.model import Participant, Schedule, ScheduledMeeting

HEADER_FILL = PatternFill("solid", fgColor="E7F2EE")
PERSON_COLUMNS = ("Day", "Start", "End", "Time zone", "Meeting", "Status", "Venue",
                  "Address", "With", "Meeting id")  # fmt: skip
WIDTHS = {"Meeting": 36, "Venue": 28, "Address": 36, "With": 48}
FORBIDDEN_IN_SHEET_NAMES = str.maketrans(dict.fromkeys("[]:*?/\\", " "))


def schedule_workbook_bytes(facts: MissionFacts, schedule: Schedule) -> bytes:
    """The schedule file ``wafd check`` reads, with a sheet for each participant added."""
    with tempfile.TemporaryDirectory(prefix="wafd-export-") as folder:
        base = Path(folder) / "schedule.xlsx"
        write_schedule(facts.mission, schedule, base)
        workbook = load_workbook(base)
    say = Localizer("en")
    meetings = sorted((facts.localized(m) for m in schedule.meetings), key=lambda m: m.start)
    taken = set(workbook.sheetnames)
    for participant in facts.mission.participants:
        theirs = [m for m in meetings if participant.id in m.participants]
        if not theirs:
            continue
        name = _sheet_name(participant, taken)
        taken.add(name)
        rows = [_person_row(facts, say, m, participant.id) for m in theirs]
        _fill(workbook.create_sheet(name), PERSON_COLUMNS, rows)
    buffer = BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _sheet_name(participant: Participant, taken: set[str]) -> str:
    """The person's name as Excel allows it (31 characters), or their id if that is taken."""
    name = participant.name.translate(FORBIDDEN_IN_SHEET_NAMES).strip()[:31]
    return name if name and name not in taken else participant.id[:31]


def _venue(facts: MissionFacts, meeting: ScheduledMeeting) -> tuple[str, str]:
    venue = facts.venues.get(meeting.venue or "")
    return (venue.name, venue.address) if venue else ("", "")


def _person_row(
    facts: MissionFacts, say: Localizer, meeting: ScheduledMeeting, reader: str
) -> list[object]:
    venue, address = _venue(facts, meeting)
    others = [facts.person(p, say) for p in meeting.participants if p != reader]
    return [
        facts.local_day(meeting).isoformat(),
        meeting.start.strftime("%H:%M"),
        meeting.end.strftime("%H:%M"),
        str(meeting.start.tzinfo),
        meeting.title,
        meeting.status.value,
        venue,
        address,
        strip_marks(say.join(others)),
        meeting.id,
    ]


def _fill(sheet: Worksheet, columns: tuple[str, ...], rows: list[list[object]]) -> None:
    append_row(sheet, list(columns))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
    for row in rows:
        append_row(sheet, row)
    for index, name in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = WIDTHS.get(name, 14)
    for row_cells in sheet.iter_rows(min_row=2):
        for cell in row_cells:
            cell.alignment = Alignment(vertical="top", wrap_text=True)
    sheet.freeze_panes = "A2"
