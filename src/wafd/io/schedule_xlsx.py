"""The schedule workbook: a machine-readable "Meetings" sheet plus readable sheets per day.

"Meetings" has one row per meeting with local ``day``/``start``/``end`` in the meeting's
``time zone`` (the leg's IANA zone), so an organiser in Houston edits Houston times. Per-day
sheets ("2024-02-13 Houston") list the same meetings with names instead of ids, for printing;
they are regenerated on every write and ignored when reading.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

from wafd.io.schedule_cells import CANCELLATION_COLUMNS, MEETING_COLUMNS, UNSCHEDULED_COLUMNS
from wafd.io.schedule_rows import read_workbook
from wafd.io.xlsx_write import append_row
from wafd.model import MeetingStatus, Mission, Schedule, ScheduledMeeting

BOLD = Font(bold=True)
FORBIDDEN_IN_SHEET_NAMES = str.maketrans(dict.fromkeys("[]:*?/\\", " "))

__all__ = ["read_workbook", "write_workbook"]


def _header(sheet: Worksheet, columns: tuple[str, ...]) -> None:
    append_row(sheet, list(columns))
    for cell in sheet[1]:
        cell.font = BOLD
    sheet.freeze_panes = "A2"


def _zone_name(mission: Mission, meeting: ScheduledMeeting) -> str:
    leg = mission.leg_index().get(meeting.leg or "")
    return leg.timezone if leg is not None else str(meeting.start.tzinfo)


def _meeting_row(mission: Mission, meeting: ScheduledMeeting) -> list[object]:
    zone = mission.leg_index()[meeting.leg].zone if meeting.leg in mission.leg_index() else None
    start = meeting.start.astimezone(zone) if zone else meeting.start
    end = meeting.end.astimezone(zone) if zone else meeting.end
    return [
        meeting.id,
        start.date(),
        f"{start:%H:%M}",
        f"{end:%H:%M}",
        _zone_name(mission, meeting),
        meeting.leg or "",
        meeting.venue or "",
        meeting.table,
        meeting.kind.value,
        meeting.title,
        "; ".join(meeting.participants),
        meeting.status.value,
        meeting.sequence,
        "; ".join(meeting.themes),
        "; ".join(f"{a} > {b}" for a, b in meeting.requests),
        "yes" if meeting.locked else "",
    ]


def _day_sheets(workbook: Workbook, mission: Mission, schedule: Schedule) -> None:
    people = mission.participant_index()
    venues = mission.venue_index()
    legs = mission.leg_index()
    days: dict[str, list[list[object]]] = {}
    for meeting in sorted(schedule.meetings, key=lambda m: m.start):
        if meeting.status == MeetingStatus.CANCELLED:
            continue
        leg = legs.get(meeting.leg or "")
        start = meeting.start.astimezone(leg.zone) if leg else meeting.start
        end = meeting.end.astimezone(leg.zone) if leg else meeting.end
        name = f"{start.date().isoformat()} {leg.city if leg else ''}".strip()
        venue = venues[meeting.venue].name if meeting.venue in venues else meeting.venue or ""
        names = ", ".join(people[p].name if p in people else p for p in meeting.participants)
        table = f" (table {meeting.table})" if meeting.table else ""
        row: list[object] = [f"{start:%H:%M}–{end:%H:%M}", meeting.title, venue + table, names]
        days.setdefault(name.translate(FORBIDDEN_IN_SHEET_NAMES)[:31], []).append(row)
    for name, rows in days.items():
        sheet = workbook.create_sheet(name)
        _header(sheet, ("time", "meeting", "venue", "participants"))
        for row in rows:
            append_row(sheet, row)
        for letter, width in zip("ABCD", (13, 34, 30, 70), strict=True):
            sheet.column_dimensions[letter].width = width
        for cells in sheet.iter_rows(min_row=2):
            for cell in cells:
                cell.alignment = Alignment(wrap_text=True, vertical="top")


def write_workbook(mission: Mission, schedule: Schedule, path: Path) -> None:
    workbook = Workbook()
    meetings = workbook.active
    assert meetings is not None
    meetings.title = "Meetings"
    _header(meetings, MEETING_COLUMNS)
    for meeting in sorted(schedule.meetings, key=lambda m: (m.start, m.id)):
        append_row(meetings, _meeting_row(mission, meeting))
    for letter in "BCD":
        meetings.column_dimensions[letter].width = 11
    meetings.column_dimensions["J"].width = 30
    meetings.column_dimensions["K"].width = 40
    unscheduled = workbook.create_sheet("Unscheduled")
    _header(unscheduled, UNSCHEDULED_COLUMNS)
    for request in schedule.unscheduled:
        append_row(
            unscheduled,
            [request.requester, request.target, request.preference, request.reason],
        )
    unscheduled.column_dimensions["D"].width = 80
    info = workbook.create_sheet("Schedule")
    for key, value in (
        ("mission", schedule.mission),
        ("version", schedule.version),
        ("label", schedule.label),
        ("created", schedule.created.isoformat() if schedule.created else ""),
    ):
        append_row(info, [key, value])
    if schedule.cancellations:
        cancellations = workbook.create_sheet("Cancellations")
        _header(cancellations, CANCELLATION_COLUMNS)
        for cancelled in schedule.cancellations:
            row = [cancelled.id, cancelled.kind, cancelled.on, "; ".join(cancelled.meetings)]
            append_row(cancellations, row)
            cancellations.cell(row=cancellations.max_row, column=3).number_format = "yyyy-mm-dd"
    _day_sheets(workbook, mission, schedule)
    workbook.save(path)
