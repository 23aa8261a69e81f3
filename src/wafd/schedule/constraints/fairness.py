"""Fairness: breaks of counted participants differ by at most ``Problem.fairness``.

Model: a shared floor ``low`` with ``low <= breaks[p] <= low + d`` for every counted participant.
"""

from __future__ import annotations

from wafd.schedule.constraints.base import RelationRule
from wafd.schedule.problem import Problem, Solution
from wafd.schedule.terms import breaks
from wafd.schedule.variables import ModelVars
from wafd.schedule.violations import Violation


class Fairness(RelationRule):
    name = "fairness"

    def post(self, mv: ModelVars) -> None:
        d = mv.problem.fairness
        counted = breaks.counted(mv.problem)
        if d is None or len(counted) < 2:
            return
        low = mv.model.new_int_var(0, mv.problem.n_slots, "fair_low")
        for p in counted:
            b = breaks.breaks_var(mv, p)
            mv.model.add(b >= low)
            mv.model.add(b <= low + d)

    def check(self, problem: Problem, solution: Solution) -> list[Violation]:
        d = problem.fairness
        counted = breaks.counted(problem)
        if d is None or len(counted) < 2:
            return []
        per = breaks.per_participant(problem, solution)
        fewest = min(counted, key=lambda p: per[p])
        most = max(counted, key=lambda p: per[p])
        if per[most] - per[fewest] <= d:
            return []
        message = (
            f"{problem.participants[most]} has {per[most]} breaks,"
            f" {problem.participants[fewest]} {per[fewest]}: more than {d} apart"
        )
        return [Violation(self.name, message, (), (most, fewest))]
