"""Fairness: breaks of counted participants differ by at most ``Problem.fairness``.

Model: a shared floor ``low`` with ``low <= breaks[p] <= low + d`` for every counted participant.
When some counted participant has a single task it never has a break, so the floor is 0 and
fairness is exactly a cap, ``breaks[p] <= d``: posted that way, it is a bound on each
participant's own variable that the search and presolve use directly, and it holds on a model
without a shared floor (the published B2B instances are all of this kind).
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
        if is_cap(mv.problem):
            for p in counted:
                mv.model.add(breaks.breaks_var(mv, p) <= d)
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


def is_cap(problem: Problem) -> bool:
    """Whether fairness amounts to ``breaks[p] <= d``: a counted participant with one task
    has no break in any schedule, so the fewest breaks are always 0."""
    tasks_of = problem.tasks_of()
    return any(len(tasks_of[p]) == 1 for p in breaks.counted(problem))
