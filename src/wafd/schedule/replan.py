"""``replan_mission``: re-plan a published schedule after cancellations, changing as little as
possible.

The current mission is compiled again (it may carry new requests or a host's new hours), then:
cancelled participants leave every meeting (a visit without its host or without delegates, a
one-to-one without one side, is dropped); cancelled meeting ids are dropped; locked meetings
keep their published time and venue; every other published meeting's time is ``previous``, so
the solver maximises value first, then keeps as many meetings where they were, then compacts
days (``Objectives.replanning()``). The result keeps ids, bumps ``sequence`` of changed meetings
and marks dropped ones CANCELLED rather than deleting them, so calendars update cleanly.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime

from wafd.i18n import N_
from wafd.model import EventKind, MeetingStatus, Mission, Role, Schedule, ScheduledMeeting
from wafd.schedule.compile import CompiledMission, compile_mission
from wafd.schedule.diff import MeetingChange, merge_versions
from wafd.schedule.notices import Notice
from wafd.schedule.objectives import Objectives
from wafd.schedule.output import placed_meetings
from wafd.schedule.plan import SolveOptions, solve_compiled
from wafd.schedule.problem import Solution, Task
from wafd.schedule.progress import ProgressCallback
from wafd.schedule.reasons import unscheduled_requests
from wafd.schedule.withdrawn import record_cancellations

UNKNOWN_CANCEL = N_("Cannot cancel {id}: it is neither a participant nor a meeting of the schedule")
UNKNOWN_LOCK = N_("Cannot lock {id}: the schedule has no active meeting with that id")
CANCELLED = N_("cancelled by the organiser")


class ReplanError(ValueError):
    """The re-planning request itself is wrong (an unknown id); ``notice`` says which."""

    def __init__(self, notice: Notice) -> None:
        super().__init__(str(notice))
        self.notice = notice


@dataclass(frozen=True, slots=True)
class ReplanResult:
    schedule: Schedule
    status: str
    objective: dict[str, int]
    bound: dict[str, int]
    seconds: float
    changes: tuple[MeetingChange, ...]
    conflicts: tuple[Notice, ...] = ()

    def of_kind(self, kind: str) -> list[MeetingChange]:
        return [c for c in self.changes if c.kind == kind]


def _active(schedule: Schedule) -> dict[str, ScheduledMeeting]:
    return {m.id: m for m in schedule.meetings if m.status != MeetingStatus.CANCELLED}


def _keeps_meeting(compiled: CompiledMission, t: int, gone: set[str]) -> bool:
    """Whether task ``t`` still makes sense once the ``gone`` participants have left."""
    origin = compiled.origins[t]
    left = [p for p in origin.people if p not in gone]
    if origin.planned is not None:
        return bool(left)
    if compiled.mission.kind == EventKind.B2B:
        return len(left) == len(origin.people)
    people = compiled.people
    roles = {people[p].role for p in left}
    return Role.HOST in roles and len(roles - {Role.HOST}) > 0


def _task_after_cancel(
    compiled: CompiledMission, t: int, gone: set[str], dropped_ids: set[str]
) -> Task:
    task = compiled.problem.tasks[t]
    if task.id in dropped_ids or not _keeps_meeting(compiled, t, gone):
        return replace(task, required=False, allowed_starts=frozenset(), fixed_start=None)
    names = compiled.problem.participants
    left = tuple(p for p in task.participants if names[p] not in gone)
    values = compiled.origins[t].guest_values
    value = sum(v for guest, v in values if guest not in gone) if values else task.value
    return replace(task, participants=left, value=max(value, 1))


def replan_mission(
    mission: Mission,
    schedule: Schedule,
    *,
    cancel: Iterable[str] = (),
    lock: Iterable[str] = (),
    time_limit: float = 30.0,
    on_progress: ProgressCallback | None = None,
    language: str = "en",
    today: date | None = None,
    seed: int | None = None,
) -> ReplanResult:
    """Re-plan ``schedule`` for ``mission`` with as few changes as possible; see module doc.

    With ``seed``, the same mission and schedule give the same new version (as
    ``schedule_mission``).

    Cancellations recorded in ``schedule`` (earlier re-plans) and participants withdrawn in
    the mission stay cancelled; the new version records every one of them, dated ``today``
    (default: the current UTC day) unless the mission dates a withdrawal.
    """
    compiled = compile_mission(mission)
    active = _active(schedule)
    people = mission.participant_index()
    gone = {i for i in cancel if i in people}
    dropped_ids = {i for i in cancel if i in active or i in compiled.task_number()}
    for unknown in set(cancel) - gone - dropped_ids:
        raise ReplanError(Notice(UNKNOWN_CANCEL, {"id": unknown}))
    cancellations = record_cancellations(
        mission,
        schedule,
        participants=gone | mission.withdrawn_ids(),
        meetings=dropped_ids,
        today=today or datetime.now(UTC).date(),
    )
    gone |= schedule.cancelled_ids("participant")
    dropped_ids |= schedule.cancelled_ids("meeting")
    locked = set(lock) | {m.id for m in active.values() if m.locked}
    for unknown in set(lock) - set(active):
        raise ReplanError(Notice(UNKNOWN_LOCK, {"id": unknown}))

    grid, venue_number = compiled.grid, compiled.venue_number()
    tasks, previous, hint_venues = [], [], []
    for t, task in enumerate(compiled.problem.tasks):
        task = _task_after_cancel(compiled, t, gone, dropped_ids)
        old = active.get(task.id)
        start = grid.slot_at(old.start) if old is not None else None
        venue = venue_number.get(old.venue) if old is not None else None
        if start is not None and task.id in locked and task.allowed_starts != frozenset():
            task = replace(task, fixed_start=start, fixed_venue=venue, required=True)
        tasks.append(task)
        previous.append(start)
        hint_venues.append(venue)
    problem = replace(compiled.problem, tasks=tuple(tasks), previous=tuple(previous))
    compiled = replace(compiled, problem=problem)
    hint = Solution(tuple(previous), tuple(hint_venues), "hint", {}, {}, 0.0)
    options = SolveOptions(
        time_limit=time_limit,
        on_progress=on_progress,
        objectives=Objectives.replanning(),
        hint=hint,
        seed=seed,
    )
    compiled, solution, conflicts = solve_compiled(compiled, options)

    tables = {m.id: m.table for m in active.values() if m.table is not None}
    new_meetings = placed_meetings(compiled, solution, tables)
    meetings, changes = merge_versions(schedule.meetings, new_meetings)
    explained = {
        t: Notice(CANCELLED)
        for t, task in enumerate(tasks)
        if task.allowed_starts == frozenset() and task.id in dropped_ids
    }
    explained |= {t: notice for notice, core in conflicts for t in core}
    unscheduled = unscheduled_requests(compiled, solution, language, explained)
    new_schedule = Schedule(
        mission=mission.id,
        version=schedule.version + 1,
        label=schedule.label,
        created=datetime.now(UTC),
        meetings=tuple(meetings),
        unscheduled=tuple(
            u for u in unscheduled if u.requester not in gone and u.target not in gone
        ),
        cancellations=cancellations,
    )
    return ReplanResult(
        schedule=new_schedule,
        status=solution.status,
        objective=dict(solution.objective),
        bound=dict(solution.bound),
        seconds=solution.seconds,
        changes=tuple(changes),
        conflicts=tuple(n for n, _ in conflicts),
    )
