"""How large the scheduling model of a mission will be, estimated before it is built.

Compiling a mission walks every slot of every day for every meeting to be placed; a leg typed
with the wrong year or a grid of one-minute slots would make that walk (and its memory) grow
far beyond any time limit before the solver even starts. The estimate below counts the same
things from the mission alone, in time linear in its size, so that a model too large to build
is refused with a message that says what to change instead of running for minutes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from wafd.i18n import N_
from wafd.model import Mission
from wafd.model.limits import input_limits
from wafd.schedule.notices import Notice

TOO_LARGE = N_(
    "The mission would need about {placements} candidate meeting times ({slots} slots × "
    "{meetings} meetings), more than the {limit} the scheduler can build in time."
)
"""Shown with the advice ``SHRINK``; the counts say which factor to reduce."""
SHRINK = N_("Check the legs' dates, use a coarser slot_minutes, or schedule the mission in parts.")


@dataclass(frozen=True, slots=True)
class ModelSize:
    slots: int
    meetings: int

    @property
    def placements(self) -> int:
        return self.slots * self.meetings


class ModelTooLargeError(ValueError):
    """The mission's model is too large to build within a time limit; ``notice`` says why."""

    def __init__(self, notice: Notice, advice: Notice) -> None:
        super().__init__(notice.render("en"))
        self.notice = notice
        self.advice = advice


def estimate_size(mission: Mission) -> ModelSize:
    """Slots of the grid and meetings to place, counted without building anything."""
    slots = 0
    for leg in mission.legs:
        days = (leg.end_date - leg.start_date).days + 1
        opened = datetime.combine(date.min, leg.day_start)
        closed = datetime.combine(date.min, leg.day_end)
        minutes = max(0, int((closed - opened).total_seconds()) // 60)
        slots += days * (minutes // mission.slot_minutes)
    return ModelSize(slots=slots, meetings=len(mission.requests) + len(mission.meetings))


def refuse_oversized(mission: Mission) -> ModelSize:
    """The estimate, or ``ModelTooLargeError`` when it exceeds ``max_model_variables``."""
    size = estimate_size(mission)
    limit = input_limits().max_model_variables
    if size.placements > limit:
        notice = Notice(
            TOO_LARGE,
            {
                "placements": size.placements,
                "slots": size.slots,
                "meetings": size.meetings,
                "limit": limit,
            },
        )
        raise ModelTooLargeError(notice, Notice(SHRINK))
    return size
