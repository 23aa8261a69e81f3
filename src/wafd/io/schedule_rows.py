"""Read a schedule workbook back: "Meetings", "Unscheduled" and "Schedule" sheets.

Every bad cell is reported with sheet, row and column; a meeting row is kept only when all
its cells read. Local times become aware instants in the row's time zone (or, when that cell is
empty, the zone of the row's leg, or of the leg covering that day).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from openpyxl import load_workbook
from pydantic import ValidationError

from wafd.i18n import N_
from wafd.io.schedule_cells import BAD_CHOICE, MEETING_COLUMNS, RowReader, split_list, text
from wafd.io.schedule_errors import CellIssue, ScheduleFileError
from wafd.model import (
    Cancellation,
    MeetingKind,
    MeetingStatus,
    Mission,
    Schedule,
    ScheduledMeeting,
    UnscheduledRequest,
)

CANCELLATION_KINDS = ("participant", "meeting")
NO_SHEET = N_("the workbook has no sheet named {sheet}")
NO_COLUMN = N_("the Meetings sheet has no column {column}")
NO_ZONE = N_("no time zone: fill this cell or the leg")
INVALID = N_("invalid meeting: {error}")


def _rows(sheet: object) -> list[tuple[int, dict[str, object]]]:
    rows = list(sheet.iter_rows(values_only=True))  # type: ignore[attr-defined]
    if not rows:
        return []
    header = [text(h).lower() for h in rows[0]]
    found: list[tuple[int, dict[str, object]]] = []
    for number, values in enumerate(rows[1:], start=2):
        if all(text(v) == "" for v in values):
            continue
        found.append((number, dict(zip(header, values, strict=False))))
    return found


def _zone(mission: Mission, reader: RowReader) -> ZoneInfo | None:
    zone = reader.zone("time zone")
    if zone is not None or text(reader.cells.get("time zone")):
        return zone
    leg = mission.leg_index().get(text(reader.cells.get("leg")))
    day = reader.day("day")
    leg = leg or (mission.leg_on(day) if day else None)
    if leg is None:
        reader.fail("time zone", NO_ZONE)
        return None
    return leg.zone


def _meeting(mission: Mission, reader: RowReader) -> ScheduledMeeting | None:
    before = len(reader.issues)
    meeting_id = reader.required("id")
    day, start, end = reader.day("day"), reader.time("start"), reader.time("end")
    zone = _zone(mission, reader)
    participants = split_list(reader.cells.get("participants"))
    if not participants:
        reader.fail("participants", N_("this cell is required"))
    fields = {
        "kind": reader.choice("kind", MeetingKind, MeetingKind.GROUP_VISIT),
        "status": reader.choice("status", MeetingStatus, MeetingStatus.CONFIRMED),
        "table": reader.number("table", minimum=1, default=None),
        "sequence": reader.number("sequence", minimum=0, default=0),
        "requests": reader.requests("requests"),
    }
    if len(reader.issues) > before or day is None or start is None or end is None or zone is None:
        return None
    try:
        return ScheduledMeeting.model_validate(
            {
                "id": meeting_id,
                "title": text(reader.cells.get("title")),
                "participants": participants,
                "start": datetime.combine(day, start, tzinfo=zone),
                "end": datetime.combine(day, end, tzinfo=zone),
                "venue": text(reader.cells.get("venue")) or None,
                "leg": text(reader.cells.get("leg")) or None,
                "themes": split_list(reader.cells.get("themes")),
                "locked": text(reader.cells.get("locked")).lower() in ("yes", "true", "1", "x"),
                **fields,
            }
        )
    except ValidationError as error:
        for problem in error.errors():
            column = (
                "end"
                if "end" in problem["msg"]
                else text(problem["loc"][0] if problem["loc"] else "")
            )
            reader.fail(column, INVALID, error=problem["msg"])
        return None


def _created(value: str) -> datetime | None:
    """The creation stamp, if it still reads (it is informative only)."""
    try:
        return datetime.fromisoformat(value) if value else None
    except ValueError:
        return None


def _cancellations(sheet: object, issues: list[CellIssue]) -> list[Cancellation]:
    """The organiser's cancellations (sheet "Cancellations"), kept by every later re-plan."""
    found: list[Cancellation] = []
    for number, cells in _rows(sheet):
        reader = RowReader("Cancellations", number, cells, issues)
        before = len(issues)
        cancelled, on = reader.required("id"), reader.day("on")
        kind = text(cells.get("kind")).lower()
        if kind not in CANCELLATION_KINDS:
            reader.fail("kind", BAD_CHOICE, choices=", ".join(CANCELLATION_KINDS))
        if len(issues) == before and on is not None:
            meetings = split_list(cells.get("meetings"))
            found.append(
                Cancellation.model_validate(
                    {"id": cancelled, "kind": kind, "on": on, "meetings": meetings}
                )
            )
    return found


def read_workbook(mission: Mission, path: Path) -> Schedule:
    workbook = load_workbook(path, read_only=True, data_only=True)
    issues: list[CellIssue] = []
    if "Meetings" not in workbook.sheetnames:
        raise ScheduleFileError(
            path, [CellIssue("", None, "", "", NO_SHEET, (("sheet", "Meetings"),))]
        )
    rows = _rows(workbook["Meetings"])
    present = set(rows[0][1]) if rows else set(MEETING_COLUMNS)
    for column in ("id", "day", "start", "end", "participants"):
        if column not in present:
            issues.append(CellIssue("Meetings", 1, column, "", NO_COLUMN, (("column", column),)))
    meetings = []
    for number, cells in rows if not issues else []:
        meeting = _meeting(mission, RowReader("Meetings", number, cells, issues))
        if meeting is not None:
            meetings.append(meeting)
    unscheduled = []
    if "Unscheduled" in workbook.sheetnames:
        for number, cells in _rows(workbook["Unscheduled"]):
            reader = RowReader("Unscheduled", number, cells, issues)
            requester, target = reader.required("requester"), reader.required("target")
            preference, reason = text(cells.get("preference")), text(cells.get("reason"))
            if requester and target:
                unscheduled.append(
                    UnscheduledRequest(
                        requester=requester, target=target, preference=preference, reason=reason
                    )
                )
    cancellations = []
    if "Cancellations" in workbook.sheetnames:
        cancellations = _cancellations(workbook["Cancellations"], issues)
    info: dict[str, str] = {}
    if "Schedule" in workbook.sheetnames:
        for row in workbook["Schedule"].iter_rows(values_only=True):
            if row and row[0] is not None:
                info[text(row[0])] = text(row[1] if len(row) > 1 else "")
    workbook.close()
    if issues:
        raise ScheduleFileError(path, issues)
    version = info.get("version", "1")
    return Schedule(
        mission=info.get("mission") or mission.id,
        version=int(version) if version.isdigit() and int(version) >= 1 else 1,
        label=info.get("label", ""),
        created=_created(info.get("created", "")),
        meetings=tuple(meetings),
        unscheduled=tuple(unscheduled),
        cancellations=tuple(cancellations),
    )
