"""Solution -> Schedule: placed tasks become meetings with aware times, venues and tables.

Meeting ids are the task ids, which are derived from the request pair (``visit-<org>``,
``m-<a>--<b>``) or the planned meeting's id, so they survive re-planning and calendar updates
replace events instead of duplicating them.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from wafd.model import Schedule, ScheduledMeeting, UnscheduledRequest
from wafd.schedule.compile import CompiledMission
from wafd.schedule.problem import Solution


def meeting_for(
    compiled: CompiledMission, t: int, start: int, venue: int | None
) -> ScheduledMeeting:
    """The meeting of task ``t`` placed at slot ``start`` in problem venue ``venue``."""
    task = compiled.problem.tasks[t]
    origin = compiled.origins[t]
    grid = compiled.grid
    venue_id = compiled.venue_ids[venue if venue is not None else task.venues[0]]
    return ScheduledMeeting(
        id=origin.meeting_id,
        kind=origin.kind,
        title=origin.title,
        participants=tuple(compiled.problem.participants[p] for p in task.participants),
        start=grid.start_of(start),
        end=grid.end_of(start, task.duration),
        venue=venue_id,
        leg=grid.day(start).leg.id,
        requests=tuple((r.requester, r.target) for r in origin.requests),
        themes=origin.themes,
        locked=origin.planned.locked if origin.planned else False,
    )


def assign_tables(
    meetings: list[ScheduledMeeting],
    tables: dict[str, int],
    preferred: Mapping[str, int] | None = None,
) -> list[ScheduledMeeting]:
    """Number the tables of venues that have several, meetings by start time.

    A meeting keeps its ``preferred`` table (the one it had before re-planning) when that table
    is free, so participants are not sent to another table for nothing; else the first free one.
    """
    preferred = preferred or {}
    free_at: dict[str, list[datetime | None]] = {v: [None] * n for v, n in tables.items() if n > 1}
    numbered: list[ScheduledMeeting] = []
    for meeting in sorted(meetings, key=lambda m: (m.start, m.id not in preferred, m.id)):
        row = free_at.get(meeting.venue or "")
        if row is None:
            numbered.append(meeting)
            continue
        free = [i for i, until in enumerate(row) if until is None or until <= meeting.start]
        if not free:
            numbered.append(meeting)
            continue
        wish = preferred.get(meeting.id, 0) - 1
        table = wish if wish in free else free[0]
        row[table] = meeting.end
        numbered.append(meeting.model_copy(update={"table": table + 1}))
    return numbered


def placed_meetings(
    compiled: CompiledMission, solution: Solution, preferred_tables: Mapping[str, int] | None = None
) -> list[ScheduledMeeting]:
    meetings = [
        meeting_for(compiled, t, start, solution.venues[t])
        for t, start in enumerate(solution.starts)
        if start is not None
    ]
    venues = compiled.mission.venues
    if any(v.tables > 1 for v in venues):
        tables = {v.id: v.tables for v in venues}
        meetings = assign_tables(meetings, tables, preferred_tables)
    return meetings


def build_schedule(
    compiled: CompiledMission,
    solution: Solution,
    unscheduled: list[UnscheduledRequest],
    *,
    version: int = 1,
    label: str = "",
    created: datetime | None = None,
) -> Schedule:
    by_time = sorted(placed_meetings(compiled, solution), key=lambda m: (m.start, m.id))
    return Schedule(
        mission=compiled.mission.id,
        version=version,
        label=label,
        created=created,
        meetings=tuple(by_time),
        unscheduled=tuple(unscheduled),
    )
