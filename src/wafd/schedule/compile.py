"""Mission -> Problem: the one place where the domain model meets the solver's slot world.

Reads the grid (grid.py), availability (availability.py), requests (demand.py), planned
meetings (planned.py) and travel (travel.py) and assembles the integer ``Problem`` the engine
solves, plus ``TaskOrigin`` records that let results be turned back into meetings and reasons.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, replace

from wafd.i18n import N_
from wafd.model import (
    EventKind,
    MeetingKind,
    MeetingRequest,
    Mission,
    Participant,
    PlannedMeeting,
    Role,
    Venue,
)
from wafd.schedule.availability import lunch_slots, unavailable_slots
from wafd.schedule.demand import Demand, Dropped, build_demands
from wafd.schedule.fits import candidate_starts
from wafd.schedule.grid import SlotGrid, build_grid
from wafd.schedule.journey import restrict_to_journey, trips_by_person
from wafd.schedule.notices import Notice
from wafd.schedule.planned import PlannedSpec, resolve_planned
from wafd.schedule.problem import Problem, Task
from wafd.schedule.travel import travel_matrix
from wafd.schedule.withdrawn import without_withdrawn

PLANNED_VALUE = 1000
UNSPECIFIED_VENUE = "(unspecified)"

UNKNOWN_AFTER = N_("Planned meeting {meeting} comes after {other}, which is not a meeting")


@dataclass(frozen=True, slots=True)
class TaskOrigin:
    """What a task stands for in the mission, to turn a placement back into a meeting."""

    meeting_id: str
    kind: MeetingKind
    title: str
    people: tuple[str, ...]
    requests: tuple[MeetingRequest, ...] = ()
    themes: tuple[str, ...] = ()
    must: bool = False
    planned: PlannedMeeting | None = None
    guest_values: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True, slots=True)
class CompiledMission:
    """The problem with everything needed to read its solutions in mission terms."""

    mission: Mission
    grid: SlotGrid
    problem: Problem
    origins: tuple[TaskOrigin, ...]
    venue_ids: tuple[str | None, ...]
    dropped: tuple[Dropped, ...]
    issues: tuple[Notice, ...]
    people: Mapping[str, Participant]

    def participant_number(self) -> dict[str, int]:
        return {p: i for i, p in enumerate(self.problem.participants)}

    def task_number(self) -> dict[str, int]:
        return {o.meeting_id: t for t, o in enumerate(self.origins)}

    def venue_number(self) -> dict[str | None, int]:
        return {v: i for i, v in enumerate(self.venue_ids)}


def slots_for(minutes: int, slot_minutes: int) -> int:
    return max(1, math.ceil(minutes / slot_minutes))


def shared_themes(
    mission: Mission, people: Mapping[str, Participant], hosts: list[str], guests: list[str]
) -> tuple[str, ...]:
    """Themes of the hosts that at least one guest shares, in the mission's theme order."""
    host_themes = {t for h in hosts for t in people[h].themes}
    guest_themes = {t for g in guests for t in people[g].themes}
    common = host_themes & guest_themes
    ordered = [t.id for t in mission.themes if t.id in common]
    return tuple(ordered + sorted(common - set(ordered)))


def _title(mission: Mission, people: Mapping[str, Participant], demand: Demand) -> str:
    language = mission.languages[0] if mission.languages else "en"
    if demand.kind == MeetingKind.GROUP_VISIT:
        org = mission.organisation_index().get(people[demand.hosts[0]].organisation)
        return org.name.get(language) if org is not None else people[demand.hosts[0]].name
    return " / ".join(people[p].name for p in demand.people)


def _demand_venues(
    mission: Mission,
    people: Mapping[str, Participant],
    demand: Demand,
    venue_number: dict[str | None, int],
) -> tuple[int, ...]:
    if mission.kind == EventKind.B2B:
        halls = [venue_number[v.id] for v in mission.venues]
        return tuple(halls) or (venue_number[None],)
    for host in demand.hosts:
        venue = people[host].venue
        if venue in venue_number:
            return (venue_number[venue],)
    return (venue_number[None],)


def _demand_task(
    mission: Mission,
    people: Mapping[str, Participant],
    demand: Demand,
    number: dict[str, int],
    venue_number: dict[str | None, int],
) -> tuple[Task, TaskOrigin]:
    if mission.kind == EventKind.B2B:
        duration = 1
    else:
        minutes = max(r.duration_minutes or mission.meeting_minutes for r in demand.requests)
        duration = slots_for(minutes, mission.slot_minutes)
    task = Task(
        id=demand.meeting_id,
        participants=tuple(number[p] for p in demand.people),
        duration=duration,
        value=demand.value,
        required=demand.must,
        venues=_demand_venues(mission, people, demand, venue_number),
        kind=demand.kind.value,
    )
    origin = TaskOrigin(
        meeting_id=demand.meeting_id,
        kind=demand.kind,
        title=_title(mission, people, demand),
        people=demand.people,
        requests=tuple(demand.requests),
        themes=shared_themes(mission, people, demand.hosts, demand.guests),
        must=demand.must,
        guest_values=tuple(demand.guest_values().items()),
    )
    return task, origin


def _can_attend(
    unavailable: frozenset[int], starts: list[int], duration: int, slot_day: tuple[int, ...]
) -> bool:
    return any(
        slot_day[s] == slot_day[s + duration - 1]
        and not any(x in unavailable for x in range(s, s + duration))
        for s in starts
        if s + duration <= len(slot_day)
    )


def _planned_task(
    mission: Mission,
    spec: PlannedSpec,
    number: dict[str, int],
    venue_number: dict[str | None, int],
    availability: tuple[tuple[frozenset[int], ...], tuple[int, ...]],
) -> tuple[Task, TaskOrigin]:
    """The task of a planned meeting; invited people away at every possible time stay home."""
    meeting = spec.meeting
    venue = venue_number.get(meeting.venue, venue_number[None])
    duration = slots_for(meeting.duration_minutes, mission.slot_minutes)
    unavailable, slot_day = availability
    starts = (
        sorted(spec.allowed_starts)
        if spec.allowed_starts is not None
        else list(range(len(slot_day)))
    )
    people = tuple(
        p
        for p in spec.people
        if p not in spec.invited or _can_attend(unavailable[number[p]], starts, duration, slot_day)
    )
    task = Task(
        id=meeting.id,
        participants=tuple(number[p] for p in people),
        duration=duration,
        value=PLANNED_VALUE,
        required=True,
        allowed_starts=spec.allowed_starts,
        venues=(venue,),
        fixed_start=spec.fixed_start,
        fixed_venue=venue if spec.fixed_start is not None else None,
        kind=meeting.kind.value,
    )
    origin = TaskOrigin(meeting.id, meeting.kind, meeting.title, people, planned=meeting)
    return task, origin


def _link_precedences(
    tasks: list[Task], origins: list[TaskOrigin]
) -> tuple[list[Task], list[Notice]]:
    index = {o.meeting_id: t for t, o in enumerate(origins)}
    issues: list[Notice] = []
    linked: list[Task] = []
    for task, origin in zip(tasks, origins, strict=True):
        after: list[int] = []
        for other in origin.planned.after if origin.planned else ():
            if other in index:
                after.append(index[other])
            else:
                issues.append(Notice(UNKNOWN_AFTER, {"meeting": origin.meeting_id, "other": other}))
        linked.append(replace(task, after=tuple(after)) if after else task)
    return linked, issues


def _break_weight(mission: Mission, role: Role) -> int:
    return 1 if mission.kind == EventKind.B2B or role == Role.DELEGATE else 0


def compile_mission(mission: Mission) -> CompiledMission:
    """Build the slot problem of ``mission`` with the origin of every task.

    Withdrawn participants are left out first (``without_withdrawn``).
    """
    mission = without_withdrawn(mission)
    grid = build_grid(mission)
    lunch = lunch_slots(grid)
    participants = mission.participants
    number = {p.id: i for i, p in enumerate(participants)}
    venues: list[Venue | None] = [*mission.venues, None]
    venue_ids: tuple[str | None, ...] = tuple(v.id if v else None for v in venues)
    venue_number = {v: i for i, v in enumerate(venue_ids)}

    trips = trips_by_person(mission)
    unavailable = tuple(
        unavailable_slots(mission, grid, p, lunch, trips.get(p.id, ())) for p in participants
    )
    demands, dropped = build_demands(mission)
    specs, issues = resolve_planned(mission, grid)
    availability = (unavailable, grid.day_of_slot)
    pairs = [_planned_task(mission, s, number, venue_number, availability) for s in specs]
    people = mission.participant_index()
    pairs += [_demand_task(mission, people, d, number, venue_number) for d in demands]
    tasks, precedence_issues = _link_precedences([t for t, _ in pairs], [o for _, o in pairs])
    if trips:
        tasks = restrict_to_journey(
            mission, grid, tasks, [p.id for p in participants], venues, trips
        )
    origins = [o for _, o in pairs]

    problem = Problem(
        n_slots=grid.n_slots,
        slot_minutes=mission.slot_minutes,
        slot_day=grid.day_of_slot,
        participants=tuple(p.id for p in participants),
        unavailable=unavailable,
        venue_names=tuple(v.name if v else UNSPECIFIED_VENUE for v in venues),
        venue_capacity=tuple(v.tables if v else max(1, len(tasks)) for v in venues),
        travel=travel_matrix(mission, venues),
        tasks=tuple(tasks),
        max_per_day=tuple(
            p.max_meetings_per_day
            if p.max_meetings_per_day is not None
            else mission.max_meetings_per_day
            for p in participants
        ),
        break_weight=tuple(_break_weight(mission, p.role) for p in participants),
    )
    problem = soften_impossible_musts(problem, origins)
    return CompiledMission(
        mission,
        grid,
        problem,
        tuple(origins),
        venue_ids,
        tuple(dropped),
        tuple(issues + precedence_issues),
        people,
    )


def soften_impossible_musts(problem: Problem, origins: list[TaskOrigin]) -> Problem:
    """A requested ``must`` is hard only if it has at least one possible start on its own.

    Planned meetings stay hard: an impossible one is an error the organiser must see.
    """
    tasks = tuple(
        replace(task, required=False)
        if task.required and origin.planned is None and not candidate_starts(problem, t)
        else task
        for t, (task, origin) in enumerate(zip(problem.tasks, origins, strict=True))
    )
    return replace(problem, tasks=tasks)
