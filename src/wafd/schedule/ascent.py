"""Prove a minimised level from below: is there a schedule with cost ``<= k``, for k = floor, ...?

This is the linear UNSAT-SAT search of MaxSAT solvers, with CP-SAT as the oracle. Each question
is a satisfaction problem, which CP-SAT's clause-learning workers answer far faster than the
optimisation search when the optimum is small and a good floor is known (per-participant
break bounds often meet the optimum). An infeasible answer raises the proven bound by one; the
first feasible answer is optimal. When a question runs out of time the caller optimises as
usual, with the bound proven so far.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from ortools.sat.python import cp_model

from wafd.schedule.progress import ProgressCallback
from wafd.schedule.variables import ModelVars

SAT_WORKERS = 'subsolvers: "no_lp" subsolvers: "quick_restart_no_lp"'
"""Clause-learning workers without the LP: the LP only slows satisfaction questions down."""


@dataclass(frozen=True, slots=True)
class Ascent:
    solver: cp_model.CpSolver | None
    """The solver holding an optimal assignment, or None when the ascent stopped early."""
    bound: int
    """Proven lower bound on the level (its optimum when ``solver`` is set)."""


def ascend(
    mv: ModelVars,
    expr: cp_model.LinearExprT,
    floor: int,
    deadline: float,
    ceiling: int,
    make_solver: Callable[[float, str], cp_model.CpSolver],
    level: str,
    began: float,
    on_progress: ProgressCallback | None,
) -> Ascent:
    """Ask ``expr <= k`` for increasing ``k`` until feasible, past ``ceiling`` or out of time.

    ``make_solver(budget, extra_parameters)`` returns a configured CpSolver.
    """
    k = floor
    while k <= ceiling:
        budget = deadline - time.perf_counter()
        if budget <= 0.05:
            return Ascent(None, k)
        question = mv.model.clone()
        question.clear_objective()  # type: ignore[no-untyped-call]
        question.add(expr <= k)  # same variable indices in the clone
        solver = make_solver(budget, SAT_WORKERS)
        status = solver.solve(question)
        if status == cp_model.FEASIBLE or status == cp_model.OPTIMAL:
            if on_progress is not None:
                on_progress(level, k, k, time.perf_counter() - began)
            return Ascent(solver, k)
        if status != cp_model.INFEASIBLE:
            return Ascent(None, k)
        k += 1
    return Ascent(None, k)
