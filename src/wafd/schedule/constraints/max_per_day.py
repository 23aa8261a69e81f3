"""A participant has at most ``max_per_day[p]`` meetings on any one day."""

from __future__ import annotations

from collections import defaultdict

from ortools.sat.python import cp_model

from wafd.schedule.constraints.base import RelationRule, placed_tasks
from wafd.schedule.problem import Problem, Solution
from wafd.schedule.variables import ModelVars
from wafd.schedule.violations import Violation


class MaxPerDay(RelationRule):
    name = "max_per_day"

    def post(self, mv: ModelVars) -> None:
        problem = mv.problem
        starting: dict[tuple[int, int], list[cp_model.IntVar]] = defaultdict(list)
        for t, task in enumerate(problem.tasks):
            for (s, _), var in mv.x[t].items():
                for p in task.participants:
                    if problem.max_per_day[p] is not None:
                        starting[p, problem.slot_day[s]].append(var)
        for (p, _day), variables in starting.items():
            limit = problem.max_per_day[p]
            if limit is not None and len(variables) > limit:
                mv.model.add(sum(variables) <= limit)

    def check(self, problem: Problem, solution: Solution) -> list[Violation]:
        per_day: dict[tuple[int, int], list[int]] = defaultdict(list)
        for t in placed_tasks(problem, solution):
            start = solution.starts[t]
            assert start is not None
            for p in problem.tasks[t].participants:
                per_day[p, problem.slot_day[start]].append(t)
        found = []
        for (p, day), tasks in sorted(per_day.items()):
            limit = problem.max_per_day[p]
            if limit is not None and len(tasks) > limit:
                message = (
                    f"{problem.participants[p]} has {len(tasks)} meetings on day {day},"
                    f" at most {limit} allowed"
                )
                found.append(Violation(self.name, message, tuple(tasks), (p,)))
        return found
