"""Every hard constraint of the scheduling problem, each defined once in its own module.

The order matters only for the model: the one-at-a-time constraint creates the ``busy``
variables that the breaks term builds on, and the constraints on breaks come last (model.py).
"""

from __future__ import annotations

from wafd.schedule.constraints.availability import Availability
from wafd.schedule.constraints.base import Constraint
from wafd.schedule.constraints.capacity import Capacity
from wafd.schedule.constraints.fairness import Fairness
from wafd.schedule.constraints.fixed import Fixed
from wafd.schedule.constraints.max_per_day import MaxPerDay
from wafd.schedule.constraints.one_at_a_time import OneAtATime
from wafd.schedule.constraints.precedence import Precedence
from wafd.schedule.constraints.required import Required
from wafd.schedule.constraints.within_day import WithinDay

DOMAIN_RULES: tuple[Constraint, ...] = (WithinDay(), Availability(), Fixed())
RELATIONS: tuple[Constraint, ...] = (
    OneAtATime(),
    Capacity(),
    Precedence(),
    MaxPerDay(),
    Required(),
)
ON_BREAKS: tuple[Constraint, ...] = (Fairness(),)
ALL_CONSTRAINTS: tuple[Constraint, ...] = DOMAIN_RULES + RELATIONS + ON_BREAKS

__all__ = ["ALL_CONSTRAINTS", "DOMAIN_RULES", "ON_BREAKS", "RELATIONS", "Constraint"]
