"""Organiser-defined meetings (briefings, receptions, protocol visits) -> what to place.

``participants`` may mix participant ids, organisation ids and the keywords ``all_delegates`` /
``all_hosts``. Hosts receive in their own city, so ``all_hosts`` at a meeting tied to a leg (by
its venue or its day) means the hosts of that leg. A fixed ``day``/``start`` pins the meeting to
one slot; a ``day`` alone keeps it on that day.

People named only through a keyword or their organisation are *invited*: one who is away at
every possible time of the meeting (a delegate joining in the second city, say) simply does not
attend, instead of making the programme impossible. People named by their own id must attend.
"""

from __future__ import annotations

from dataclasses import dataclass

from wafd.i18n import N_
from wafd.model import Mission, PlannedMeeting, Role
from wafd.schedule.availability import host_leg
from wafd.schedule.grid import SlotGrid
from wafd.schedule.notices import Notice, Param

ALL_DELEGATES = "all_delegates"
ALL_HOSTS = "all_hosts"

UNKNOWN_PARTICIPANT = N_(
    "Planned meeting {meeting}: {unknown} is not a participant or organisation"
)
OFF_GRID = N_(
    "Planned meeting {meeting} is fixed at {day} {start}, outside the working hours of every leg"
)
NO_DAY = N_("Planned meeting {meeting} is fixed on {day}, which is on no leg of the mission")
UNKNOWN_VENUE = N_("Planned meeting {meeting}: venue {venue} is not in the venues list")


@dataclass(frozen=True, slots=True)
class PlannedSpec:
    """A planned meeting resolved against the mission and the grid."""

    meeting: PlannedMeeting
    people: tuple[str, ...]
    invited: frozenset[str]
    allowed_starts: frozenset[int] | None
    fixed_start: int | None


def _meeting_leg(mission: Mission, grid: SlotGrid, meeting: PlannedMeeting) -> str | None:
    if meeting.venue is not None and meeting.venue in mission.venue_index():
        return mission.venue_index()[meeting.venue].leg
    if meeting.day is not None:
        days = grid.days_on(meeting.day)
        return days[0].leg.id if days else None
    return None


def expand_people(
    mission: Mission, grid: SlotGrid, meeting: PlannedMeeting
) -> tuple[list[str], set[str], list[Notice]]:
    """Participant ids of a planned meeting in mission order, those only invited through a
    keyword or organisation, and unknown names."""
    leg = _meeting_leg(mission, grid, meeting)
    orgs = mission.organisation_index()
    people = mission.participant_index()
    chosen: set[str] = set()
    named: set[str] = set()
    issues: list[Notice] = []
    for name in meeting.participants:
        if name == ALL_DELEGATES:
            chosen.update(p.id for p in mission.participants if p.role == Role.DELEGATE)
        elif name == ALL_HOSTS:
            chosen.update(
                p.id
                for p in mission.participants
                if p.role == Role.HOST and host_leg(mission, p) in (None, leg)
            )
        elif name in people:
            named.add(name)
        elif name in orgs:
            chosen.update(p.id for p in mission.participants if p.organisation == name)
        else:
            issues.append(Notice(UNKNOWN_PARTICIPANT, {"meeting": meeting.id, "unknown": name}))
    everyone = chosen | named
    return [p.id for p in mission.participants if p.id in everyone], chosen - named, issues


def place_in_time(
    grid: SlotGrid, meeting: PlannedMeeting
) -> tuple[frozenset[int] | None, int | None, list[Notice]]:
    """Allowed starts and fixed start from the meeting's day/start; impossible ones reported."""
    if meeting.day is None:
        return None, None, []
    days = grid.days_on(meeting.day)
    if not days:
        return frozenset(), None, [Notice(NO_DAY, {"meeting": meeting.id, "day": meeting.day})]
    if meeting.start is None:
        return frozenset(s for d in days for s in d.slots), None, []
    for day in days:
        for slot in day.slots:
            if grid.start_of(slot).time() == meeting.start:
                return frozenset({slot}), slot, []
    params: dict[str, Param] = {"meeting": meeting.id, "day": meeting.day, "start": meeting.start}
    return frozenset(), None, [Notice(OFF_GRID, params)]


def resolve_planned(mission: Mission, grid: SlotGrid) -> tuple[list[PlannedSpec], list[Notice]]:
    specs: list[PlannedSpec] = []
    issues: list[Notice] = []
    for meeting in mission.meetings:
        people, invited, unknown = expand_people(mission, grid, meeting)
        allowed, fixed, off_grid = place_in_time(grid, meeting)
        issues += unknown + off_grid
        if meeting.venue is not None and meeting.venue not in mission.venue_index():
            issues.append(Notice(UNKNOWN_VENUE, {"meeting": meeting.id, "venue": meeting.venue}))
        if people:
            specs.append(PlannedSpec(meeting, tuple(people), frozenset(invited), allowed, fixed))
    return specs, issues
