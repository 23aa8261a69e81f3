"""A meeting fits in the horizon and never runs over from one day into the next."""

from __future__ import annotations

from wafd.schedule.constraints.base import DomainRule
from wafd.schedule.problem import Problem


class WithinDay(DomainRule):
    name = "within_day"

    def admits(self, problem: Problem, t: int, start: int, venue: int) -> bool:
        end = start + problem.tasks[t].duration - 1
        if start < 0 or end >= problem.n_slots:
            return False
        return problem.slot_day[start] == problem.slot_day[end]

    def explain(self, problem: Problem, t: int, start: int, venue: int) -> str:
        task = problem.tasks[t]
        return (
            f"task {task.id} starting at slot {start} for {task.duration} slots"
            " leaves the day or the horizon"
        )
