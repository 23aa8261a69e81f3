"""Dates and time windows of the sample mission, written the way an organiser says them.

The whole mission happens in February 2024, so ``feb(12)`` and
``window(12, "14:00", "17:30")`` keep the data tables short and readable.
"""

from datetime import date, time

from wafd.model import Availability, AvailabilityStatus


def feb(day: int) -> date:
    """A day of February 2024."""
    return date(2024, 2, day)


def clock(text: str) -> time:
    """``"14:30"`` as a time of day."""
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


def window(day: int, start: str, end: str, note: str = "") -> Availability:
    """An ``available`` window: the participant can only meet then on that day."""
    return Availability(day=feb(day), start=clock(start), end=clock(end), note=note)


def blocked(day: int, start: str, end: str, note: str = "") -> Availability:
    """An ``unavailable`` block carved out of the participant's days."""
    return Availability(
        day=feb(day),
        start=clock(start),
        end=clock(end),
        status=AvailabilityStatus.UNAVAILABLE,
        note=note,
    )


# What the whole delegation cannot do: arrive, travel between cities, rest on Sunday, leave.
# Each block stays inside its leg's working window (San Jose closes at 17:30).
DELEGATION_BLOCKS: tuple[Availability, ...] = (
    blocked(11, "09:00", "18:00", "Arrival in Houston (overnight flights from Casablanca)"),
    blocked(14, "09:00", "12:30", "Coach transfer Houston → Austin (about 3 hours)"),
    blocked(17, "09:00", "17:30", "Saturday: flight Austin → San Jose"),
    blocked(18, "09:00", "17:30", "Sunday: rest day in San Jose"),
    blocked(21, "15:30", "17:30", "Transfer to SFO for the flight home"),
)
