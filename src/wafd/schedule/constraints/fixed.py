"""Fixed and locked meetings keep their start and venue; every meeting uses a candidate venue.

A fixed task that is placed must be at ``fixed_start`` (and ``fixed_venue``); whether it must be
placed at all is the ``required`` constraint's business.
"""

from __future__ import annotations

from wafd.schedule.constraints.base import DomainRule
from wafd.schedule.problem import Problem


class Fixed(DomainRule):
    name = "fixed"

    def admits(self, problem: Problem, t: int, start: int, venue: int) -> bool:
        task = problem.tasks[t]
        if venue not in task.venues:
            return False
        if task.fixed_venue is not None and venue != task.fixed_venue:
            return False
        return task.fixed_start is None or start == task.fixed_start

    def explain(self, problem: Problem, t: int, start: int, venue: int) -> str:
        task = problem.tasks[t]
        if venue not in task.venues or (task.fixed_venue is not None and venue != task.fixed_venue):
            return f"task {task.id} is at venue {venue}, not one of its venues"
        return f"task {task.id} is fixed at slot {task.fixed_start} but starts at {start}"
