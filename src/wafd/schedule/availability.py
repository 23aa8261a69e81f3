"""When each participant cannot meet, as a set of slots.

Everyone lunches: a leg's lunch window is blocked for all. ``available`` rows restrict a
participant to the union of those windows (a slot must lie inside one); ``unavailable`` rows
carve out every slot they touch. A host receives visits at their own venue, so a host with a
venue is unavailable on the days of other legs (other cities). Nobody meets while travelling:
the slots of their transport segments (and the buffer before a departure) are blocked too.
"""

from __future__ import annotations

from collections.abc import Sequence

from wafd.model import AvailabilityStatus, Mission, Participant, Role
from wafd.schedule.grid import SlotGrid
from wafd.schedule.journey import Trip, travelling_slots


def lunch_slots(grid: SlotGrid) -> set[int]:
    blocked: set[int] = set()
    for day in grid.days:
        leg = day.leg
        if leg.lunch_start is not None and leg.lunch_end is not None:
            blocked |= grid.slots_overlapping(day.date, leg.lunch_start, leg.lunch_end)
    return blocked


def host_leg(mission: Mission, participant: Participant) -> str | None:
    """The leg of a host's own venue (where they receive visits), if known."""
    if participant.role != Role.HOST or participant.venue is None:
        return None
    venue = mission.venue_index().get(participant.venue)
    return venue.leg if venue is not None else None


def unavailable_slots(
    mission: Mission,
    grid: SlotGrid,
    participant: Participant,
    lunch: set[int],
    trips: Sequence[Trip] = (),
) -> frozenset[int]:
    """Slots in which ``participant`` cannot be in a meeting (``trips``: their journey)."""
    blocked = set(lunch) | travelling_slots(grid, trips)
    rows = participant.availability
    windows = [row for row in rows if row.status == AvailabilityStatus.AVAILABLE]
    if windows:
        allowed: set[int] = set()
        for row in windows:
            allowed |= grid.slots_within(row.day, row.start, row.end)
        blocked |= set(range(grid.n_slots)) - allowed
    for row in rows:
        if row.status == AvailabilityStatus.UNAVAILABLE:
            blocked |= grid.slots_overlapping(row.day, row.start, row.end)
    leg_id = host_leg(mission, participant)
    if leg_id is not None:
        for day in grid.days:
            if day.leg.id != leg_id:
                blocked.update(day.slots)
    return frozenset(blocked)
