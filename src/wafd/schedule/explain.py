"""Why the hard constraints cannot all hold: the smallest conflicting set of meetings we can find.

Only meetings that *must* take place (planned meetings, hard ``must`` visits) can make a
schedule impossible; everything else may simply stay unplaced. So each required task gets an
enforcement literal ``placed[t] == 1 if lit[t]``, CP-SAT solves under the assumption that all
literals hold, and ``sufficient_assumptions_for_infeasibility`` returns a core. The core is then
shrunk by deletion (drop one meeting; still impossible? then it was not needed) until every
meeting in it is necessary: a minimal conflict, phrased for the organiser in conflict_text.py.
"""

from __future__ import annotations

from dataclasses import replace

from ortools.sat.python import cp_model

from wafd.schedule import clock
from wafd.schedule.model import build_model
from wafd.schedule.problem import Problem

CORE_SECONDS = 5.0


class _Assumptions:
    """The model with every required task switchable by one literal."""

    def __init__(self, problem: Problem) -> None:
        self.required = [t for t, task in enumerate(problem.tasks) if task.required]
        soft = tuple(replace(task, required=False) for task in problem.tasks)
        self.mv = build_model(replace(problem, tasks=soft))
        self.literal: dict[int, cp_model.IntVar] = {}
        model = self.mv.model
        for t in self.required:
            lit = model.new_bool_var(f"require{t}")
            self.literal[t] = lit
            if self.mv.x[t]:
                model.add(sum(self.mv.x[t].values()) == 1).only_enforce_if(lit)
            else:
                model.add(lit == 0)

    def infeasible(self, tasks: list[int], seconds: float) -> tuple[bool, list[int]]:
        """Whether requiring ``tasks`` is impossible, and a (sufficient) core among them."""
        model = self.mv.model
        model.clear_assumptions()
        model.add_assumptions([self.literal[t] for t in tasks])
        solver = cp_model.CpSolver()
        solver.parameters.num_workers = 1
        clock.limit(solver, seconds)
        status = clock.solve(solver, model)
        if status != cp_model.INFEASIBLE:
            return False, []
        by_index = {self.literal[t].index: t for t in tasks}
        core = [by_index[i] for i in solver.sufficient_assumptions_for_infeasibility()]
        return True, sorted(core) or list(tasks)


def minimal_conflict(
    problem: Problem, *, seconds: float = CORE_SECONDS, deadline: float | None = None
) -> list[int]:
    """A set of required tasks that cannot all be placed, none of them superfluous.

    Empty when requiring every task is possible (or could not be decided in time). With a
    ``deadline`` (``clock.now()``) the shrinking stops there: the core found so far is
    still a conflict, only perhaps not a minimal one.
    """

    def budget() -> float:
        if deadline is None:
            return seconds
        return min(seconds, max(deadline - clock.now(), 0.05))

    checker = _Assumptions(problem)
    impossible, core = checker.infeasible(checker.required, budget())
    if not impossible:
        return []
    for t in list(core):
        if deadline is not None and clock.now() >= deadline:
            break
        if t not in core:
            continue
        rest = [u for u in core if u != t]
        still, smaller = checker.infeasible(rest, budget()) if rest else (False, [])
        if still:
            core = smaller
    return core
