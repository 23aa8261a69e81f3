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

from wafd.schedule import clock
from wafd.schedule.broken import answer_by_broken_participant, splits
from wafd.schedule.objectives import BREAKS
from wafd.schedule.probe import CoreProbe
from wafd.schedule.progress import ProgressCallback
from wafd.schedule.variables import ModelVars

SAT_WORKERS = 'subsolvers: "no_lp" subsolvers: "quick_restart_no_lp"'
"""Clause-learning workers without the LP: the LP slows down finding a schedule."""
LP_REFUTATION = 'subsolvers: "max_lp"'
SAT_FIRST_SECONDS = 2.0
LP_REFUTATION_SECONDS = 1.0
"""A question the clause-learning workers have not settled in ``SAT_FIRST_SECONDS`` is put to a
worker with the full LP for ``LP_REFUTATION_SECONDS``, then back to the clause-learning workers
for the rest of the time. The LP sees counting arguments (tables per slot against meetings per
participant) that clause learning misses: on tic-13crafc it refutes ``breaks <= 3`` in 0.4-1 s,
where the clause-learning workers are still searching after 90 s. Easy questions never reach
it, and finding a schedule is left to the workers without the LP, which do it much faster.
A breaks question whose budget leaves room for one broken participant only is split by broken
participant (broken.py) when the clause-learning workers have not settled it in
``SPLIT_SAT_FIRST_SECONDS``, before the LP: the split answers it either way."""
SPLIT_SAT_FIRST_SECONDS = 0.5
"""Shorter than ``SAT_FIRST_SECONDS``: the first ascent has about 5 s, and on forum-13crafc and
ticf-13crafc the split needs 1-3 s of them."""
BRIEF_SAT_SECONDS = 1.0
"""Instead of ``SAT_FIRST_SECONDS`` for a question that does not persist (see ``ascend``):
such a question is refuted by the clause-learning workers within a second, or by the LP after
them (tic-13crafc's ``breaks <= 3``), or left to the core-based searches (forum-13crafb's
``breaks <= 4``), which then start a second earlier."""


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
    parallel: int = 1,
    *,
    persist: bool = True,
    probe: Callable[[int], CoreProbe] | None = None,
    split_deadline: float | None = None,
) -> Ascent:
    """Ask ``expr <= k`` for increasing ``k`` until feasible, past ``ceiling`` or out of time.

    ``make_solver(budget, extra_parameters)`` returns a configured CpSolver; ``parallel`` is
    how many one-worker solvers may run at once (the split by broken participant). Without
    ``persist``, a question above ``floor`` still open after the LP step stops the ascent at
    once instead of going back to the clause-learning workers until ``deadline``: the question
    at the floor is often feasible (it takes ticf-14crafa's `breaks <= 0` 2-3 s), the ones
    after a refutation are the hard ones, better left to the core-based search (forum-13crafb
    gains 2 s for it).

    ``probe(k)``, when given, makes a core-based probe (probe.py) that runs beside the split
    of ``breaks <= k``; when it refutes the question, the ascent stops there with the bound it
    proved: the caller's core-based searches are the better tool for the rest. When it does
    not, the split is the tool, and it may run until ``split_deadline`` (when given).
    Deadlines are ``clock.now()`` values: work done, in a seeded solve (clock.py).
    """
    k = floor
    while k <= ceiling:
        if deadline - clock.now() <= 0.05:
            return Ascent(None, k)
        question = mv.model.clone()
        question.clear_objective()  # type: ignore[no-untyped-call]
        question.add(expr <= k)  # same variable indices in the clone
        split = level == BREAKS and splits(mv, k)
        looking = probe(k) if split and probe is not None else None
        solver, status = _answer(
            mv,
            question,
            split_deadline if looking is not None and split_deadline else deadline,
            make_solver,
            parallel if split else 0,
            persist=persist or k == floor,
            probe=looking,
        )
        if looking is not None and looking.refuted:
            return Ascent(None, looking.bound)
        if status == cp_model.FEASIBLE or status == cp_model.OPTIMAL:
            if on_progress is not None:
                on_progress(level, k, k, time.perf_counter() - began)
            return Ascent(solver, k)
        if status != cp_model.INFEASIBLE:
            return Ascent(None, k)
        k += 1
    return Ascent(None, k)


def _answer(
    mv: ModelVars,
    question: cp_model.CpModel,
    deadline: float,
    make_solver: Callable[[float, str], cp_model.CpSolver],
    split: int,
    *,
    persist: bool,
    probe: CoreProbe | None = None,
) -> tuple[cp_model.CpSolver, cp_model.CpSolverStatus]:
    """Clause learning first, the split by broken participant on ``split`` threads (none when
    0), a short LP refutation attempt, then (``persist``) clause learning until ``deadline``."""
    first = SPLIT_SAT_FIRST_SECONDS if split else SAT_FIRST_SECONDS
    first = first if persist else min(first, BRIEF_SAT_SECONDS)
    solver = make_solver(min(first, deadline - clock.now()), SAT_WORKERS)
    status = clock.solve(solver, question)
    if status == cp_model.UNKNOWN and split and deadline - clock.now() > 0.05:
        found, status = answer_by_broken_participant(
            mv, question, deadline, make_solver, split, probe
        )
        solver = found or solver
    budget = deadline - clock.now()
    if status == cp_model.UNKNOWN and budget > 0.05:
        solver = make_solver(min(LP_REFUTATION_SECONDS, budget), LP_REFUTATION)
        status = clock.solve(solver, question)
    budget = deadline - clock.now()
    if status == cp_model.UNKNOWN and persist and budget > 0.05:
        solver = make_solver(budget, SAT_WORKERS)
        status = clock.solve(solver, question)
    return solver, status
