"""Two core-based searches side by side, one per core, on Boolean forms of the breaks.

Core-based search (the MaxSAT way) raises the bound by finding sets of participants who cannot
all have a compact day, and its first schedule is optimal. Two searches race
(``breaks.boolean_forms``; measurements in docs/benchmarks.md):

- *exact*: the breaks written as ``not compact[p] + extra[p]``; it proves forum-13crafb's
  optimum 6 in 11 to 15 s, and raises the bound on every instance within seconds;
- *nobody twice*: the fewest participants with a break, where nobody may break twice. That is a
  restriction, not the problem: its schedules are valid but its bound proves nothing. Its
  optimum is the answer once the exact search (or the ascent before the race) has proven that
  many breaks unavoidable. It finds ticf-13crafb's 3-break schedule in 9 to 10 s, where the
  exact search takes 15 s or more.

The first conclusive answer stops the other search.
"""

from __future__ import annotations

import dataclasses
import threading
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass

from ortools.sat.python import cp_model

from wafd.schedule.constraints import fairness
from wafd.schedule.objectives import BREAKS
from wafd.schedule.progress import ProgressCallback
from wafd.schedule.terms import breaks
from wafd.schedule.variables import ModelVars

CORE_ONE = 'subsolvers: "core"'
ONE_WORKER = "num_workers: 1"
POLL_SECONDS = 0.05

MakeSolver = Callable[[float, str], cp_model.CpSolver]


@dataclass(frozen=True, slots=True)
class Finish:
    """The race's result: the solver of the best schedule (of any search when none)."""

    solver: cp_model.CpSolver
    found: bool
    optimal: bool
    objective: int
    """Breaks of that schedule."""
    bound: int
    """Lower bound on breaks proven by either search."""


def race(
    mv: ModelVars,
    expr: cp_model.LinearExprT,
    floor: int,
    deadline: float,
    make_solver: MakeSolver,
    began: float,
    on_progress: ProgressCallback | None,
    forms: Forms,
) -> Finish:
    """Race the two searches on ``breaks`` (``expr``, proven ``>= floor``; ``forms`` from
    ``boolean_forms``) until one is conclusive or ``deadline``."""
    contest = _Contest(make_solver)
    board = _Board(floor, began, on_progress)
    exact = _CoreRun(forms.model, forms.exact, expr, floor, board, proves=True)
    nobody_twice = _CoreRun(forms.model, forms.broken, expr, floor, board, proves=False)
    for p in breaks.counted(mv.problem):
        nobody_twice.model.add(breaks.breaks_var(mv, p) <= 1)
    runs = [nobody_twice, exact]
    with ThreadPoolExecutor(max_workers=len(runs)) as pool:
        pending: set[Future[None]] = {
            pool.submit(run.solve, contest.make_solver, deadline) for run in runs
        }
        while pending:
            _, pending = wait(pending, timeout=POLL_SECONDS, return_when=FIRST_COMPLETED)
            if nobody_twice.found and nobody_twice.breaks <= exact.bound:
                nobody_twice.conclusive = True
            if exact.conclusive or nobody_twice.conclusive:
                contest.stop()
    return _result(runs, exact.bound, contest)


class _Contest:
    """Every solver of the race, to stop them all at once; none starts after the stop."""

    def __init__(self, make_solver: MakeSolver) -> None:
        self.solvers: list[cp_model.CpSolver] = []
        self.stopped = False
        self.lock = threading.Lock()
        self._make_solver = make_solver

    def make_solver(self, seconds: float, extra: str) -> cp_model.CpSolver:
        with self.lock:
            solver = self._make_solver(0.001 if self.stopped else seconds, extra)
            solver.parameters.merge_text_format(ONE_WORKER)
            self.solvers.append(solver)
            return solver

    def stop(self) -> None:
        with self.lock:
            self.stopped = True
            for solver in self.solvers:
                solver.stop_search()


@dataclass(frozen=True, slots=True)
class Forms:
    """A copy of the model with the Boolean forms of the breaks posted on it (they slow down
    the other searches, which keep the model without them), and the two forms."""

    model: cp_model.CpModel
    broken: cp_model.LinearExpr
    exact: cp_model.LinearExpr


def boolean_forms(mv: ModelVars) -> Forms | None:
    """The forms the race and the probe need, on a copy of ``mv.model`` whose variables have
    the same indices; None when the problem has none (not every counted participant has a
    window view): the caller then searches otherwise."""
    cap = mv.problem.fairness if fairness.is_cap(mv.problem) else None
    copy = dataclasses.replace(mv, model=mv.model.clone(), breaks=dict(mv.breaks))
    forms = breaks.boolean_forms(copy, cap)
    return None if forms is None else Forms(copy.model, *forms)


def _result(runs: list[_CoreRun], bound: int, contest: _Contest) -> Finish:
    for run in runs:
        if run.conclusive and run.solver is not None:
            return Finish(run.solver, True, True, run.breaks, run.breaks)
    found = [run for run in runs if run.found and run.solver is not None]
    if not found:
        return Finish(contest.solvers[-1], False, False, 0, bound)
    best = min(found, key=lambda run: run.breaks)
    assert best.solver is not None
    return Finish(best.solver, True, best.breaks <= bound, best.breaks, min(bound, best.breaks))


class _Board:
    """Merged progress of both searches: fewest breaks found, highest bound proven."""

    def __init__(self, floor: int, began: float, on_progress: ProgressCallback | None):
        self.began, self.on_progress = began, on_progress
        self.best: int | None = None
        self.bound = floor
        self.lock = threading.Lock()

    def report(self, found: int | None, bound: int) -> None:
        with self.lock:
            if found is not None:
                self.best = found if self.best is None else min(self.best, found)
            self.bound = max(self.bound, bound)
            if self.on_progress is not None and self.best is not None:
                seconds = time.perf_counter() - self.began
                self.on_progress(BREAKS, self.best, min(self.bound, self.best), seconds)


class _CoreRun(cp_model.CpSolverSolutionCallback):
    """Core-based search on one objective, on a clone of ``base`` (same variables).
    ``proves``: its bound is a bound on breaks (else the run solves a restriction)."""

    def __init__(
        self,
        base: cp_model.CpModel,
        objective: cp_model.LinearExpr,
        expr: cp_model.LinearExprT,
        floor: int,
        board: _Board,
        *,
        proves: bool,
    ) -> None:
        super().__init__()
        self.model = base.clone()
        self.model.add(expr >= floor)
        self.model.minimize(objective)
        self.model.clear_hints()  # type: ignore[no-untyped-call]
        self.expr, self.board, self.proves = expr, board, proves
        self.solver: cp_model.CpSolver | None = None
        self.found = self.conclusive = False
        self.breaks, self.bound = 0, floor

    def solve(self, make_solver: MakeSolver, deadline: float) -> None:
        solver = make_solver(max(deadline - time.perf_counter(), 0.1), CORE_ONE)
        solver.best_bound_callback = self._on_bound
        status = solver.solve(self.model, self)
        self.solver = solver
        if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            if self.proves:
                self.bound = max(self.bound, round(solver.best_objective_bound))
            self.found, self.breaks = True, round(solver.value(self.expr))
            self.conclusive = self.proves and self.breaks <= self.bound

    def on_solution_callback(self) -> None:
        self.board.report(round(self.value(self.expr)), self.bound)

    def _on_bound(self, bound: float) -> None:
        if self.proves:
            self.bound = max(self.bound, round(bound))
            self.board.report(None, self.bound)
