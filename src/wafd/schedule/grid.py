"""The slot grid: every working day of every leg cut into ``mission.slot_minutes`` slots.

Slots are numbered across the whole mission in chronological order of days; each day is the
working window of one leg (``day_start``..``day_end``) in that leg's own IANA time zone, so a
slot in Houston (CST) and one in San Jose (PST) both carry their true instant. The solver only
sees slot numbers and day indices; this grid turns them back into aware datetimes and maps
hand-edited times onto slots.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from wafd.model import Leg, Mission


@dataclass(frozen=True, slots=True)
class GridDay:
    """One working day of one leg: slots ``first`` .. ``first + count - 1``."""

    index: int
    date: date
    leg: Leg
    first: int
    count: int

    @property
    def slots(self) -> range:
        return range(self.first, self.first + self.count)


@dataclass(frozen=True, slots=True)
class SlotGrid:
    """Slot number -> day, leg and aware start instant, and back."""

    slot_minutes: int
    days: tuple[GridDay, ...]
    day_of_slot: tuple[int, ...]
    starts: tuple[datetime, ...]
    slot_index: Mapping[datetime, int] = field(default_factory=dict, compare=False)
    """Start instant → slot, so that mapping a schedule onto the grid is linear."""
    days_index: Mapping[date, tuple[GridDay, ...]] = field(default_factory=dict, compare=False)

    @property
    def n_slots(self) -> int:
        return len(self.starts)

    def day(self, slot: int) -> GridDay:
        return self.days[self.day_of_slot[slot]]

    def start_of(self, slot: int) -> datetime:
        return self.starts[slot]

    def end_of(self, slot: int, duration: int) -> datetime:
        """End instant of a meeting of ``duration`` slots starting at ``slot``."""
        return self.starts[slot] + timedelta(minutes=self.slot_minutes * duration)

    def slot_at(self, instant: datetime) -> int | None:
        """The slot starting exactly at ``instant`` (any time zone), else ``None``."""
        return self.slot_index.get(instant)

    def days_on(self, day: date) -> list[GridDay]:
        return list(self.days_index.get(day, ()))

    def slots_overlapping(self, day: date, start: time, end: time) -> set[int]:
        """Slots of ``day`` (local wall clock of its leg) that overlap ``[start, end)``."""
        found: set[int] = set()
        step = timedelta(minutes=self.slot_minutes)
        for grid_day in self.days_on(day):
            zone = grid_day.leg.zone
            window_start = datetime.combine(day, start, tzinfo=zone)
            window_end = datetime.combine(day, end, tzinfo=zone)
            for slot in grid_day.slots:
                if self.starts[slot] < window_end and self.starts[slot] + step > window_start:
                    found.add(slot)
        return found

    def slots_within(self, day: date, start: time, end: time) -> set[int]:
        """Slots of ``day`` that lie entirely inside ``[start, end)``."""
        found: set[int] = set()
        step = timedelta(minutes=self.slot_minutes)
        for grid_day in self.days_on(day):
            zone = grid_day.leg.zone
            window_start = datetime.combine(day, start, tzinfo=zone)
            window_end = datetime.combine(day, end, tzinfo=zone)
            for slot in grid_day.slots:
                if self.starts[slot] >= window_start and self.starts[slot] + step <= window_end:
                    found.add(slot)
        return found


def _day_slot_starts(leg: Leg, day: date, slot_minutes: int) -> list[datetime]:
    """Wall-clock slot starts of one leg day, made aware in the leg's zone."""
    opening = datetime.combine(day, leg.day_start)
    closing = datetime.combine(day, leg.day_end)
    count = int((closing - opening) / timedelta(minutes=slot_minutes))
    step = timedelta(minutes=slot_minutes)
    return [(opening + i * step).replace(tzinfo=leg.zone) for i in range(count)]


def build_grid(mission: Mission) -> SlotGrid:
    """Cut every day of every leg into slots, days in chronological order.

    A leg's dates are its working days (split a leg to leave a weekend out); legs in
    different cities never share a day, so travel between cities happens between days.
    """
    leg_days = sorted(
        ((day, leg) for leg in mission.legs for day in leg.days()),
        key=lambda item: datetime.combine(item[0], item[1].day_start, tzinfo=item[1].zone),
    )
    days: list[GridDay] = []
    day_of_slot: list[int] = []
    starts: list[datetime] = []
    for day, leg in leg_days:
        day_starts = _day_slot_starts(leg, day, mission.slot_minutes)
        days.append(GridDay(len(days), day, leg, len(starts), len(day_starts)))
        day_of_slot.extend([len(days) - 1] * len(day_starts))
        starts.extend(day_starts)
    by_date: dict[date, list[GridDay]] = {}
    for grid_day in days:
        by_date.setdefault(grid_day.date, []).append(grid_day)
    return SlotGrid(
        mission.slot_minutes,
        tuple(days),
        tuple(day_of_slot),
        tuple(starts),
        {start: slot for slot, start in enumerate(starts)},
        {day: tuple(found) for day, found in by_date.items()},
    )
