"""Table numbers of a (hand-edited) B2B schedule: two meetings never share a table at once.

The engine's capacity constraint counts meetings per venue and slot; the numbering of tables
is added after solving, so a hand edit can break it without exceeding the capacity: two
meetings sent to table 3 at 10:00, or a table the hall does not have.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import pairwise

from wafd.i18n import N_
from wafd.model import MeetingStatus, Mission, Schedule, ScheduledMeeting
from wafd.schedule.notices import Notice, Param
from wafd.schedule.violation_text import ScheduleViolation

SHARED_TABLE = N_("{meetings} share table {table} of {venue} at {time}")
NO_SUCH_TABLE = N_("{meeting} is at table {table} but {venue} has {tables} tables")


def table_violations(mission: Mission, schedule: Schedule) -> list[ScheduleViolation]:
    venues = mission.venue_index()
    at_table: dict[tuple[str, int], list[ScheduledMeeting]] = defaultdict(list)
    found: list[ScheduleViolation] = []
    for meeting in schedule.meetings:
        venue = venues.get(meeting.venue or "")
        if meeting.status == MeetingStatus.CANCELLED or meeting.table is None or venue is None:
            continue
        if meeting.table > venue.tables:
            params: dict[str, Param] = {
                "meeting": meeting.title,
                "table": meeting.table,
                "venue": venue.name,
                "tables": venue.tables,
            }
            notice = Notice(NO_SUCH_TABLE, params)
            found.append(ScheduleViolation("table", notice, (meeting.id,), meeting.participants))
        at_table[venue.id, meeting.table].append(meeting)
    for (venue_id, table), meetings in at_table.items():
        ordered = sorted(meetings, key=lambda m: m.start)
        for before, after in pairwise(ordered):
            if after.start < before.end:
                shared: dict[str, Param] = {
                    "meetings": (before.title, after.title),
                    "table": table,
                    "venue": venues[venue_id].name,
                    "time": after.start,
                }
                people = before.participants + after.participants
                notice = Notice(SHARED_TABLE, shared)
                found.append(ScheduleViolation("table", notice, (before.id, after.id), people))
    return found
