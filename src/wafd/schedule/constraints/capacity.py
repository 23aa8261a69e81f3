"""A venue holds at most ``venue_capacity[v]`` meetings at once (the tables of a B2B event)."""

from __future__ import annotations

from collections import defaultdict

from wafd.schedule.constraints.base import RelationRule, placed_tasks, span, venue_of
from wafd.schedule.problem import Problem, Solution
from wafd.schedule.variables import ModelVars
from wafd.schedule.violations import Violation


class Capacity(RelationRule):
    name = "capacity"

    def post(self, mv: ModelVars) -> None:
        for (v, _slot), placements in mv.hosting.items():
            if len(placements) > mv.problem.venue_capacity[v]:
                mv.model.add(sum(placements) <= mv.problem.venue_capacity[v])

    def check(self, problem: Problem, solution: Solution) -> list[Violation]:
        using: dict[tuple[int, int], list[int]] = defaultdict(list)
        for t in placed_tasks(problem, solution):
            start = solution.starts[t]
            assert start is not None
            v = venue_of(problem, solution, t)
            for slot in span(problem, t, start):
                using[v, slot].append(t)
        found = []
        reported: set[tuple[int, tuple[int, ...]]] = set()
        for (v, slot), tasks in sorted(using.items()):
            if len(tasks) > problem.venue_capacity[v] and (v, tuple(tasks)) not in reported:
                reported.add((v, tuple(tasks)))  # the same meetings over several slots: once
                people = sorted({p for t in tasks for p in problem.tasks[t].participants})
                message = (
                    f"{len(tasks)} meetings at {problem.venue_names[v]} in slot {slot},"
                    f" capacity {problem.venue_capacity[v]}"
                )
                found.append(Violation(self.name, message, tuple(tasks), tuple(people)))
        return found
