"""``check_schedule``: is this schedule (perhaps edited by hand in the workbook) still valid?

The schedule is mapped back onto the mission's compiled problem: each meeting onto its task
(same id) with the participants, length, time and venue it now has, or onto a new task when
someone added a meeting by hand. The engine's checker then judges every constraint as defined
once in ``wafd.schedule.constraints``. What cannot even be mapped (a time off the slot grid,
a day outside every leg, an unknown person or venue, a pair that said ``no``) is reported here.
"""

from __future__ import annotations

from dataclasses import replace

from wafd.i18n import N_
from wafd.model import MeetingKind, MeetingStatus, Mission, Role, Schedule, ScheduledMeeting
from wafd.schedule.checker import find_violations
from wafd.schedule.compile import CompiledMission, TaskOrigin, compile_mission, slots_for
from wafd.schedule.demand import Resolver, vetoes
from wafd.schedule.notices import Notice, Param
from wafd.schedule.problem import Solution, Task
from wafd.schedule.tables import table_violations
from wafd.schedule.violation_text import ScheduleViolation, mission_violation

DUPLICATE = N_("{meeting} appears more than once in the schedule")
UNKNOWN_PERSON = N_("{meeting}: {who} is not a participant of the mission")
UNKNOWN_VENUE = N_("{meeting}: venue {venue} is not in the mission's venues")
OUTSIDE_LEGS = N_("{meeting} on {time} is on a day when the mission is in no city")
OFF_GRID = N_("{meeting} at {time} does not start on a {minutes}-minute slot of the working day")
BAD_LENGTH = N_("{meeting} lasts {length} min, not a whole number of {minutes}-minute slots")
WRONG_CITY = N_("{meeting} is at {venue} in {venue_city} but that day the mission is in {city}")
NO_HOST = N_("{meeting} is a visit but none of its hosts takes part any more")
VETOED = N_("{meeting} brings together {a} and {b}, but {a} or {b} said no")


class _Mapper:
    """Collects tasks, placements and mapping problems while walking the schedule."""

    def __init__(self, compiled: CompiledMission, schedule: Schedule) -> None:
        self.compiled = compiled
        self.mission = compiled.mission
        self.tasks = list(compiled.problem.tasks)
        self.origins = list(compiled.origins)
        self.starts: list[int | None] = [None] * len(self.tasks)
        self.venues: list[int | None] = [None] * len(self.tasks)
        self.found: list[ScheduleViolation] = []
        self.unscheduled = {(u.requester, u.target) for u in schedule.unscheduled}
        self.number = compiled.participant_number()
        self.venue_number = compiled.venue_number()
        self.task_number = compiled.task_number()
        self.vetoed = vetoes(self.mission, Resolver(self.mission))
        self.planned_ids = {m.id for m in self.mission.meetings}

    def report(
        self, constraint: str, template: str, meeting: ScheduledMeeting, **params: Param
    ) -> None:
        values: dict[str, Param] = {"meeting": meeting.title or meeting.id, **params}
        notice = Notice(template, values)
        self.found.append(
            ScheduleViolation(constraint, notice, (meeting.id,), meeting.participants)
        )

    def slot_of(self, meeting: ScheduledMeeting) -> tuple[int, int] | None:
        """(start slot, length in slots), or ``None`` after reporting why it does not map."""
        grid = self.compiled.grid
        minutes = self.mission.slot_minutes
        local = meeting.start
        if meeting.leg in self.mission.leg_index():
            local = meeting.start.astimezone(self.mission.leg_index()[meeting.leg].zone)
        if not grid.days_on(local.date()):
            self.report("outside_legs", OUTSIDE_LEGS, meeting, time=local)
            return None
        start = grid.slot_at(meeting.start)
        if start is None:
            self.report("off_grid", OFF_GRID, meeting, time=local, minutes=minutes)
            return None
        if meeting.minutes % minutes:
            self.report("off_grid", BAD_LENGTH, meeting, length=meeting.minutes, minutes=minutes)
            return None
        return start, slots_for(meeting.minutes, minutes)

    def add(self, meeting: ScheduledMeeting) -> None:
        number = self.number
        unknown = [p for p in meeting.participants if p not in number]
        if unknown:
            self.report("unknown_participant", UNKNOWN_PERSON, meeting, who=", ".join(unknown))
        venues = self.venue_number
        if meeting.venue is not None and meeting.venue not in venues:
            self.report("unknown_venue", UNKNOWN_VENUE, meeting, venue=meeting.venue)
        self._check_city(meeting)
        self._check_vetoes(meeting)
        self._check_host(meeting)
        placed = self.slot_of(meeting)
        people = tuple(number[p] for p in meeting.participants if p in number)
        t = self.task_number.get(meeting.id)
        if t is None:
            venue = venues.get(meeting.venue, venues[None])
            task = Task(meeting.id, people, 1, venues=(venue,), kind=meeting.kind.value)
            self.tasks.append(task)
            self.origins.append(
                TaskOrigin(
                    meeting.id, MeetingKind(meeting.kind), meeting.title, meeting.participants
                )
            )
            self.starts.append(None)
            self.venues.append(None)
            t = len(self.tasks) - 1
        if placed is None:
            self.tasks[t] = replace(self.tasks[t], required=False)
            return
        start, length = placed
        self.tasks[t] = replace(self.tasks[t], participants=people, duration=length)
        self.starts[t] = start
        self.venues[t] = venues.get(meeting.venue, self.tasks[t].venues[0])

    def _check_city(self, meeting: ScheduledMeeting) -> None:
        venue = self.mission.venue_index().get(meeting.venue or "")
        if venue is None:
            return
        legs = self.mission.leg_index()
        for day in self.compiled.grid.days_on(
            meeting.start.astimezone(legs[venue.leg].zone).date()
        ):
            if day.leg.id != venue.leg:
                self.report(
                    "wrong_city",
                    WRONG_CITY,
                    meeting,
                    venue=venue.name,
                    venue_city=legs[venue.leg].city,
                    city=day.leg.city,
                )
                return

    def _check_host(self, meeting: ScheduledMeeting) -> None:
        t = self.task_number.get(meeting.id)
        if t is None or self.origins[t].kind != MeetingKind.GROUP_VISIT or self.origins[t].planned:
            return
        people = self.compiled.people
        hosts = {p for p in self.origins[t].people if people[p].role == Role.HOST}
        if hosts and not hosts & set(meeting.participants):
            self.report("no_host", NO_HOST, meeting)

    def _check_vetoes(self, meeting: ScheduledMeeting) -> None:
        if meeting.id in self.planned_ids:
            return  # briefings and receptions bring everyone together by the organisers' choice
        vetoed = self.vetoed
        people = meeting.participants
        for i, a in enumerate(people):
            for b in people[i + 1 :]:
                if frozenset((a, b)) in vetoed:
                    self.report("vetoed", VETOED, meeting, a=a, b=b)

    def excuse_reported(self) -> None:
        """A ``must`` the schedule itself lists as unscheduled is known, not a violation."""
        for t, origin in enumerate(self.origins):
            if any((r.requester, r.target) in self.unscheduled for r in origin.requests):
                self.tasks[t] = replace(self.tasks[t], required=False)


def check_schedule(mission: Mission, schedule: Schedule) -> list[ScheduleViolation]:
    """Every rule ``schedule`` breaks for ``mission`` (empty when valid)."""
    compiled = compile_mission(mission)
    mapper = _Mapper(compiled, schedule)
    seen: set[str] = set()
    for meeting in schedule.meetings:
        if meeting.status == MeetingStatus.CANCELLED:
            continue
        if meeting.id in seen:
            mapper.report("duplicate", DUPLICATE, meeting)
            continue
        seen.add(meeting.id)
        mapper.add(meeting)
    mapper.excuse_reported()
    problem = replace(compiled.problem, tasks=tuple(mapper.tasks))
    checked = replace(compiled, problem=problem, origins=tuple(mapper.origins))
    solution = Solution(tuple(mapper.starts), tuple(mapper.venues), "feasible", {}, {}, 0.0)
    engine = find_violations(problem, solution)
    tables = table_violations(mission, schedule)
    return mapper.found + [mission_violation(checked, solution, v) for v in engine] + tables
