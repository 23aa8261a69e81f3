"""Solve a Problem with CP-SAT, one lexicographic objective level at a time.

Each level is optimised within its share of the remaining time, then frozen: at its proven
optimum (``==``), or, when time ran out, at least as good as the best schedule found, so the
next level can never lose what the previous one won. A level whose value cannot change (every
task required, no previous schedule, no counted participant) is evaluated, not solved. The
greedy schedule is the first hint; each level hints the next with its full assignment.
"""

from __future__ import annotations

import dataclasses
import time

from ortools.sat.python import cp_model

from wafd.schedule import clock
from wafd.schedule.bounds import breaks_lower_bounds
from wafd.schedule.checker import find_violations
from wafd.schedule.constraints import fairness
from wafd.schedule.constraints.fairness import Fairness
from wafd.schedule.cpsat_calls import (
    FIRST_SCHEDULE_SHARE,
    Outcome,
    SolverSettings,
    configured_solver,
    first_schedule,
    optimise,
)
from wafd.schedule.hints import hint_assignment, hint_placements
from wafd.schedule.large import polish_breaks, solve_large
from wafd.schedule.minimise import search_then_ascend
from wafd.schedule.model import build_model, term
from wafd.schedule.objectives import BREAKS, CHANGES, MAXIMISED, VALUE, Level, Objectives
from wafd.schedule.problem import Problem, Solution
from wafd.schedule.progress import ProgressCallback
from wafd.schedule.terms import breaks, changes, value
from wafd.schedule.variables import ModelVars
from wafd.schedule.warmstart import is_large, warm_start

__all__ = ["SolverSettings", "solve"]

RELAXED_SHARE = 0.8
"""Share of the time limit for the solve without fairness (see ``solve``)."""
POLISH_SHARE = 0.03
"""Share of the time limit kept for the moves (``large.polish_breaks``) on a schedule the full
model returns unproven; unseeded, they get all the time left, which is more when the search
returned early. Unused when the schedule is proven optimal."""
LOWER_BOUND_SHARE = 0.1
"""At most this share of the time limit goes to per-participant lower bounds on breaks."""


def solve(
    problem: Problem,
    *,
    objectives: Objectives | None = None,
    time_limit: float = 30.0,
    on_progress: ProgressCallback | None = None,
    hint: Solution | None = None,
    settings: SolverSettings | None = None,
) -> Solution:
    """The best schedule CP-SAT finds within ``time_limit`` seconds, with its proof status.

    Fairness is added lazily: the problem is first solved without it (a relaxation, so its
    bounds stay valid); when that schedule happens to be fair, it is the answer, and proven
    optimal levels stay proven. Only otherwise is the full problem solved, hinted by it.
    Where fairness is a mere cap on each participant's breaks (``fairness.is_cap``) it costs
    the search nothing, and the problem is solved with it at once. With a seed, the phases
    stop after fixed amounts of work (clock.py), so the answer depends on the input, the seed
    and ``time_limit`` only; ``seconds`` and progress reports stay on the wall clock.
    """
    began = time.perf_counter()
    settings = settings or SolverSettings()
    with clock.work_clock(settings.seed is not None):
        return _solve(
            problem, objectives or Objectives(), time_limit, began, on_progress, hint, settings
        )


def _solve(
    problem: Problem,
    objectives: Objectives,
    time_limit: float,
    began: float,
    on_progress: ProgressCallback | None,
    hint: Solution | None,
    settings: SolverSettings,
) -> Solution:
    if is_large(problem):
        return solve_large(
            problem, objectives=objectives, time_limit=time_limit, began=began,
            on_progress=on_progress, hint=hint, seed=settings.seed,
        )  # fmt: skip
    polish = time_limit * POLISH_SHARE if breaks.counted(problem) else 0.0
    found = _solve_small(
        problem, objectives, time_limit - polish, began, on_progress, hint, settings
    )
    if found.status != "feasible" or found.objective.get(BREAKS, 0) <= found.bound.get(BREAKS, 0):
        return found
    if settings.seed is None:  # all the time left: the search may have returned early
        polish = time_limit - (time.perf_counter() - began)
    polished = polish_breaks(
        problem, found, seconds=polish, seed=settings.seed, began=began, on_progress=on_progress
    )
    return dataclasses.replace(polished, seconds=time.perf_counter() - began)


def _solve_small(
    problem: Problem,
    objectives: Objectives,
    time_limit: float,
    began: float,
    on_progress: ProgressCallback | None,
    hint: Solution | None,
    settings: SolverSettings,
) -> Solution:
    """The full model, with fairness added lazily (see ``solve``)."""
    started = clock.now()
    if problem.fairness is None or not breaks.counted(problem) or fairness.is_cap(problem):
        return _solve_levels(problem, objectives, time_limit, began, on_progress, hint, settings)
    relaxed = dataclasses.replace(problem, fairness=None)
    share = time_limit * RELAXED_SHARE
    first = _solve_levels(relaxed, objectives, share, began, on_progress, hint, settings)
    if first.status == "infeasible":
        return first
    fair = first.status != "unknown" and not Fairness().check(problem, first)
    if fair and first.status == "optimal":
        return first
    remaining = time_limit - (clock.now() - started)
    hint = first if first.status != "unknown" else hint
    proven: dict[str, int] = {
        level: first.bound[level] for level in (BREAKS, CHANGES) if level in first.bound
    }
    full = _solve_levels(problem, objectives, remaining, began, on_progress, hint, settings, proven)
    if fair and full.status == "unknown":
        return first
    return full


def _solve_levels(
    problem: Problem,
    objectives: Objectives,
    time_limit: float,
    began: float,
    on_progress: ProgressCallback | None,
    hint: Solution | None,
    settings: SolverSettings,
    known_floors: dict[str, int] | None = None,
) -> Solution:
    """The lexicographic solve; ``known_floors`` are lower bounds proven on a relaxation."""
    started = clock.now()
    levels = [level for level in objectives.order if _varies(problem, level)]
    start = warm_start(problem, hint, optimise_value=VALUE in levels, deadline=started + time_limit)
    if on_progress is not None and start.value_bound is not None:
        reached = value.evaluate(problem, start.solution)
        on_progress(VALUE, reached, start.value_bound, time.perf_counter() - began)
    mv = build_model(problem)
    hint_placements(mv, start.solution)
    caps: dict[str, int] = {} if start.value_bound is None else {VALUE: start.value_bound}
    floors: dict[str, int] = dict(known_floors or {})
    if BREAKS in levels:
        own = _post_break_bounds(mv, started + time_limit * LOWER_BOUND_SHARE)
        floors[BREAKS] = max(own, floors.get(BREAKS, 0))
    solver: cp_model.CpSolver | None = None
    invalid_start = bool(find_violations(problem, start.solution))
    deferred = invalid_start and _ascends(problem, levels[0] if levels else VALUE, floors)
    if invalid_start and not deferred:
        status, solver = first_schedule(mv, time_limit * FIRST_SCHEDULE_SHARE, settings)
        if status == cp_model.INFEASIBLE:
            return _empty(problem, "infeasible", began)
        if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            solver = None
    found: dict[str, int] = {}
    proven: dict[str, int] = {}
    all_optimal = True
    for i, level in enumerate(levels):
        remaining = time_limit - (clock.now() - started)
        budget = max(remaining, 0.1) / (len(levels) - i)
        outcome = _solve_level(
            mv, level, budget, began, on_progress, settings, floors, caps, deferred and i == 0
        )
        if outcome.status_name in ("INFEASIBLE", "MODEL_INVALID"):
            return _empty(problem, "infeasible", began)
        if outcome.status_name not in ("OPTIMAL", "FEASIBLE"):
            if level not in MAXIMISED:  # what an ascent proved before the search ran dry
                floors[level] = max(floors.get(level, 0), outcome.bound)
            if solver is None:
                return _empty(problem, "unknown", began)
            all_optimal = False
            break
        solver = outcome.solver
        found[level], proven[level] = outcome.objective, outcome.bound
        all_optimal = all_optimal and outcome.status_name == "OPTIMAL"
        _freeze(mv, level, outcome.objective, exact=outcome.status_name == "OPTIMAL")
        hint_assignment(mv, solver)
    if solver is None:
        solver = _feasibility(mv, time_limit - (clock.now() - started), settings)
        if solver is None:
            return _empty(problem, "infeasible", began)
    for level in levels:
        if level not in found:  # out of time: only the bounds proven before the search hold
            all_optimal = False
            default = value.upper_bound(problem) if level == VALUE else floors.get(level, 0)
            proven[level] = caps.get(level, default)
    return _solution(mv, solver, proven, all_optimal, began)


def _solve_level(
    mv: ModelVars,
    level: Level,
    budget: float,
    began: float,
    on_progress: ProgressCallback | None,
    settings: SolverSettings,
    floors: dict[str, int],
    caps: dict[str, int],
    needs_schedule: bool = False,
) -> Outcome:
    """``needs_schedule``: no valid schedule is known yet (the first schedule was deferred
    to the ascent, see ``_ascends``)."""
    expr = term(mv, level)
    if _ascends(mv.problem, level, floors):
        return search_then_ascend(
            mv, level, budget, began, on_progress, settings, floors, needs_schedule
        )
    if level in MAXIMISED:
        mv.model.maximize(expr)
    else:
        mv.model.minimize(expr)
    return optimise(mv, level, budget, began, on_progress, settings, caps)


def _ascends(problem: Problem, level: Level, floors: dict[str, int]) -> bool:
    """Whether ``level`` is proven from below (``_search_then_ascend``). Its first question,
    ``cost <= floor``, is then also the search for a first schedule when the warm start is
    not valid: on the B2B instances it is answered "yes" in about the time a plain search
    for any schedule takes (0.1-1.1 s), which was spent twice before."""
    return level not in MAXIMISED and _worth_ascending(problem, floors.get(level, 0))


def _worth_ascending(problem: Problem, floor: int) -> bool:
    """Proving from below pays when the optimum is likely near the floor: a positive floor, or
    every task required (B2B benchmarks, where compact days are common). With optional tasks
    the frozen value level usually forces breaks far above 0, and the time is better spent
    improving the schedule."""
    return floor > 0 or all(task.required for task in problem.tasks)


def _feasibility(
    mv: ModelVars, budget: float, settings: SolverSettings
) -> cp_model.CpSolver | None:
    """No level to optimise: any schedule satisfying the hard constraints will do."""
    mv.model.clear_objective()  # type: ignore[no-untyped-call]
    solver = configured_solver(max(budget, 0.1), settings)
    status = clock.solve(solver, mv.model)
    return solver if status in (cp_model.OPTIMAL, cp_model.FEASIBLE) else None


def _varies(problem: Problem, level: Level) -> bool:
    if level == VALUE:
        return not all(task.required for task in problem.tasks)
    if level == CHANGES:
        return problem.previous is not None
    return bool(breaks.counted(problem))


def _freeze(mv: ModelVars, level: Level, reached: int, *, exact: bool) -> None:
    expr = term(mv, level)
    if exact:
        mv.model.add(expr == reached)
    elif level in MAXIMISED:
        mv.model.add(expr >= reached)
    else:
        mv.model.add(expr <= reached)


def _post_break_bounds(mv: ModelVars, deadline: float) -> int:
    """Post per-participant bounds; return the bound they give on the weighted breaks."""
    total = 0
    for p, bound in breaks_lower_bounds(mv.problem, deadline=deadline).items():
        mv.model.add(breaks.breaks_var(mv, p) >= bound)
        total += mv.problem.break_weight[p] * bound
    return total


def _solution(
    mv: ModelVars,
    solver: cp_model.CpSolver,
    proven: dict[str, int],
    all_optimal: bool,
    began: float,
) -> Solution:
    problem = mv.problem
    starts: list[int | None] = [None] * len(problem.tasks)
    venues: list[int | None] = [None] * len(problem.tasks)
    for t, choices in enumerate(mv.x):
        for (s, v), var in choices.items():
            if solver.boolean_value(var):
                starts[t], venues[t] = s, v
    result = Solution(tuple(starts), tuple(venues), "", {}, {}, 0.0)
    evaluated: dict[str, int] = {
        VALUE: value.evaluate(problem, result),
        BREAKS: breaks.evaluate(problem, result),
        CHANGES: changes.evaluate(problem, result),
    }
    bound = {level: proven.get(level, evaluated[level]) for level in evaluated}
    return Solution(
        starts=result.starts,
        venues=result.venues,
        status="optimal" if all_optimal else "feasible",
        objective=evaluated,  # recounted from the schedule, whatever the last level reported
        bound=bound,
        seconds=time.perf_counter() - began,
    )


def _empty(problem: Problem, status: str, began: float) -> Solution:
    nothing: tuple[int | None, ...] = (None,) * len(problem.tasks)
    return Solution(nothing, nothing, status, {}, {}, time.perf_counter() - began)
