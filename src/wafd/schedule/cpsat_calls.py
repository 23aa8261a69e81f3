"""CP-SAT calls shared by the solver's stages: settings, one optimisation run, a first schedule.

Kept apart from solver.py (the lexicographic levels) and minimise.py (proving a minimised level
from below) so that both use the same configured solvers.
"""

from __future__ import annotations

from dataclasses import dataclass

from ortools.sat.python import cp_model

from wafd.schedule import clock
from wafd.schedule.ascent import SAT_WORKERS
from wafd.schedule.hints import hint_assignment
from wafd.schedule.objectives import Level
from wafd.schedule.progress import ProgressCallback, ProgressReporter
from wafd.schedule.variables import ModelVars

FIRST_SCHEDULE_SHARE = 0.75
"""At most this share of the time goes to finding a first schedule when greedy has none: on
forum-14 a fair one takes 3 to 7 s, and without one nothing can be returned."""


@dataclass(frozen=True, slots=True)
class SolverSettings:
    """CP-SAT knobs. Two workers match the two cores of the target machine; a seed makes the
    search reproducible (interleaved, deterministic workers) at some cost in speed."""

    workers: int = 2
    seed: int | None = None
    log: bool = False
    parameters: str = ""
    """Extra CP-SAT parameters in protobuf text format, e.g. ``"symmetry_level: 4"``."""


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one stage reached on a level: its solver, CP-SAT status name, value, bound."""

    solver: cp_model.CpSolver
    status_name: str
    objective: int
    bound: int


def optimise(
    mv: ModelVars,
    level: Level,
    budget: float,
    began: float,
    on_progress: ProgressCallback | None,
    settings: SolverSettings,
    caps: dict[str, int],
    workers: str = "",
) -> Outcome:
    """Run CP-SAT on the model's objective (already set) within ``budget`` seconds."""
    solver = configured_solver(max(budget, 0.1), settings, workers)
    reporter = ProgressReporter(level, began, on_progress, caps.get(level))
    solver.best_bound_callback = reporter.on_bound
    status = clock.solve(solver, mv.model, reporter)
    name = solver.status_name(status)
    if name not in ("OPTIMAL", "FEASIBLE"):
        return Outcome(solver, name, 0, 0)
    reached, bound = round(solver.objective_value), round(solver.best_objective_bound)
    if level in caps:
        bound = min(bound, caps[level])
        name = "OPTIMAL" if reached >= bound else name
    return Outcome(solver, name, reached, bound)


def configured_solver(
    budget: float, settings: SolverSettings, extra: str = ""
) -> cp_model.CpSolver:
    """A solver stopping after ``budget`` seconds of the clock in use (clock.py): in a seeded
    solve, deterministic time; the caller charges it (``clock.charge``) after solving.

    With a seed the workers are interleaved, and a solver given one subsolver (the ascent's LP
    refutation, ``max_lp``) runs it on one worker, the same search: interleaved on two workers
    on a hinted question, OR-Tools 9.15 aborts the whole process ("Check failed:
    heuristics.fixed_search != nullptr", tic-13crafc's ``breaks <= 3``)."""
    solver = cp_model.CpSolver()
    params = solver.parameters
    params.num_workers = settings.workers
    clock.limit(solver, budget)
    params.log_search_progress = settings.log
    params.merge_text_format(extra)
    params.merge_text_format(settings.parameters)
    if settings.seed is not None:
        params.random_seed = settings.seed
        params.interleave_search = True
        if len(params.subsolvers) == 1:
            params.num_workers = 1
    return solver


def first_schedule(
    mv: ModelVars, budget: float, settings: SolverSettings
) -> tuple[cp_model.CpSolverStatus, cp_model.CpSolver]:
    """Find any schedule when the warm start is not valid (greedy misses required tasks, or
    the schedule of a relaxation is unfair), and hint with it.

    Every later stage then starts from (and can fall back to) a valid schedule, and an
    impossible problem is reported as soon as it is proven so.
    """
    solver = configured_solver(max(budget, 0.1), settings, SAT_WORKERS)
    status = clock.solve(solver, mv.model)
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        hint_assignment(mv, solver)
    return status, solver
