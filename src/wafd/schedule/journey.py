"""The journey as scheduling facts: nobody meets while travelling, and getting there counts.

Three rules, each compiled into what the solver already knows:

- while a participant's segment runs, and during its buffer before departure (two hours for a
  flight unless the organiser says otherwise), they are unavailable (``travelling_slots``,
  added to ``Problem.unavailable``);
- a meeting after an arrival starts no earlier than the arrival plus the travel time from the
  arrival point (an airport, a hotel) to the meeting's venue;
- a meeting before a departure ends early enough to reach the departure point before the
  buffer starts.

The last two depend on the meeting's venue, so they narrow each task's ``allowed_starts``
(``restrict_to_journey``). An arrival or departure point given only as an address counts
``UNKNOWN_MINUTES`` of travel, like a venue without coordinates.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from wafd.model import Mission, Venue
from wafd.model.journey_plan import expand_travellers, segment_span
from wafd.schedule.grid import SlotGrid
from wafd.schedule.problem import Task
from wafd.schedule.travel import UNKNOWN_MINUTES, travel_minutes


@dataclass(frozen=True, slots=True)
class Trip:
    """One segment as one traveller lives it: blocked from ``busy_from`` to ``arrive``."""

    depart: datetime
    busy_from: datetime
    arrive: datetime
    origin: Venue | None
    destination: Venue | None


def trips_by_person(mission: Mission) -> dict[str, list[Trip]]:
    """Every participant's trips; segments whose time cannot be told are left out."""
    venues = mission.venue_index()
    trips: dict[str, list[Trip]] = {}
    for segment in mission.segments:
        span = segment_span(mission, segment)
        if span is None or span[1] <= span[0]:
            continue
        trip = Trip(
            depart=span[0],
            busy_from=span[0] - timedelta(minutes=segment.buffer),
            arrive=span[1],
            origin=venues.get(segment.origin or ""),
            destination=venues.get(segment.destination or ""),
        )
        for person in expand_travellers(mission, segment.travellers):
            trips.setdefault(person, []).append(trip)
    return trips


def travelling_slots(grid: SlotGrid, trips: Sequence[Trip]) -> set[int]:
    """Slots that overlap a trip or the buffer before its departure."""
    step = timedelta(minutes=grid.slot_minutes)
    return {
        slot
        for trip in trips
        for slot, start in enumerate(grid.starts)
        if start < trip.arrive and start + step > trip.busy_from
    }


def _minutes(mission: Mission, place: Venue | None, venue: Venue | None) -> int:
    if venue is None:
        return 0
    if place is None:
        return UNKNOWN_MINUTES
    return travel_minutes(mission, place, venue)


def _start_allowed(
    mission: Mission, start: datetime, end: datetime, venue: Venue | None, trips: list[Trip]
) -> bool:
    for trip in trips:
        reach = trip.arrive + timedelta(minutes=_minutes(mission, trip.destination, venue))
        if trip.arrive <= start < reach:
            return False
        leave = trip.busy_from - timedelta(minutes=_minutes(mission, venue, trip.origin))
        if leave < end <= trip.busy_from:
            return False
    return True


def restrict_to_journey(
    mission: Mission,
    grid: SlotGrid,
    tasks: Sequence[Task],
    people: Sequence[str],
    venues: Sequence[Venue | None],
    trips: dict[str, list[Trip]],
) -> list[Task]:
    """Tasks whose starts leave their travellers time to come from, or go to, a segment.

    A task fixed in time by the organiser keeps its time (the checker reports a clash).
    """
    restricted: list[Task] = []
    for task in tasks:
        theirs = [trip for p in task.participants for trip in trips.get(people[p], [])]
        if not theirs or task.fixed_start is not None:
            restricted.append(task)
            continue
        candidates = task.allowed_starts if task.allowed_starts is not None else range(grid.n_slots)
        allowed = frozenset(
            s
            for s in candidates
            if s + task.duration <= grid.n_slots
            and any(
                _start_allowed(
                    mission, grid.start_of(s), grid.end_of(s, task.duration), venues[v], theirs
                )
                for v in task.venues
            )
        )
        restricted.append(replace(task, allowed_starts=allowed))
    return restricted
