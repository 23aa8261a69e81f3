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
from dataclasses import dataclass

from ortools.sat.python import cp_model

from wafd.schedule.ascent import SAT_WORKERS, Ascent, ascend
from wafd.schedule.bounds import breaks_lower_bounds
from wafd.schedule.checker import find_violations
from wafd.schedule.constraints import fairness
from wafd.schedule.constraints.fairness import Fairness
from wafd.schedule.hints import hint_assignment, hint_placements
from wafd.schedule.large import polish_breaks, solve_large
from wafd.schedule.model import build_model, term
from wafd.schedule.objectives import BREAKS, CHANGES, VALUE, Level, Objectives
from wafd.schedule.problem import Problem, Solution
from wafd.schedule.progress import ProgressCallback, ProgressReporter
from wafd.schedule.race import Finish, race
from wafd.schedule.terms import breaks, changes, value
from wafd.schedule.variables import ModelVars
from wafd.schedule.warmstart import is_large, warm_start

MAXIMISED: frozenset[Level] = frozenset({VALUE})
RELAXED_SHARE = 0.8
"""Share of the time limit for the solve without fairness (see ``solve``)."""
POLISH_SHARE = 0.03
"""Share of the time limit kept for the descent (descent.py) on a schedule the full model
returns unproven; unused when the schedule is proven optimal before."""
FIRST_ASCENT_SHARE = 0.25
CORE_SEARCH = 'subsolvers: "core" subsolvers: "no_lp"'
"""Workers for the search between the ascents where the race (race.py) does not apply:
core-based (the MaxSAT way: it raises the bound by finding sets of gaps that cannot all be
avoided) beside plain clause learning. On the B2B instances this pair proved ticf-13crafb
optimal in 16 s on a good run, where the default portfolio of two workers stays at 18 breaks
with a bound of 0; the race does it in 9-10 s."""
SEARCH_SHARE = 0.9
ASCENT_SHARE = 0.97
"""Shares of a minimised level's time, counted from its start, at which the first ascent,
the optimisation search and the second ascent stop (see ``_search_then_ascend``)."""
RACE_SHARE = 0.97
"""The race of core-based searches (race.py) ends later than the plain search: its schedule,
when it finds one, is optimal, so the second ascent has nothing left to do."""
LOWER_BOUND_SHARE = 0.1
"""At most this share of the time limit goes to per-participant lower bounds on breaks."""
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
    the search nothing, and the problem is solved with it at once.
    """
    began = time.perf_counter()
    objectives = objectives or Objectives()
    settings = settings or SolverSettings()
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
    polished = polish_breaks(problem, found, seconds=polish, seed=settings.seed)
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
    remaining = time_limit - (time.perf_counter() - began)
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
    started = time.perf_counter()
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
    if find_violations(problem, start.solution):
        status, solver = _first_schedule(mv, time_limit * FIRST_SCHEDULE_SHARE, settings)
        if status == cp_model.INFEASIBLE:
            return _empty(problem, "infeasible", began)
        if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            solver = None
    found: dict[str, int] = {}
    proven: dict[str, int] = {}
    all_optimal = True
    for i, level in enumerate(levels):
        remaining = time_limit - (time.perf_counter() - started)
        budget = max(remaining, 0.1) / (len(levels) - i)
        outcome = _solve_level(mv, level, budget, began, on_progress, settings, floors, caps)
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
        solver = _feasibility(mv, time_limit - (time.perf_counter() - started), settings)
        if solver is None:
            return _empty(problem, "infeasible", began)
    for level in levels:
        if level not in found:  # out of time: only the bounds proven before the search hold
            all_optimal = False
            default = value.upper_bound(problem) if level == VALUE else floors.get(level, 0)
            proven[level] = caps.get(level, default)
    return _solution(mv, solver, proven, all_optimal, began)


@dataclass(frozen=True, slots=True)
class _Outcome:
    solver: cp_model.CpSolver
    status_name: str
    objective: int
    bound: int


def _solve_level(
    mv: ModelVars,
    level: Level,
    budget: float,
    began: float,
    on_progress: ProgressCallback | None,
    settings: SolverSettings,
    floors: dict[str, int],
    caps: dict[str, int],
) -> _Outcome:
    expr = term(mv, level)
    if level in MAXIMISED:
        mv.model.maximize(expr)
    elif _worth_ascending(mv.problem, floors.get(level, 0)):
        return _search_then_ascend(mv, level, budget, began, on_progress, settings, floors)
    else:
        mv.model.minimize(expr)
    return _optimise(mv, level, budget, began, on_progress, settings, caps)


def _optimise(
    mv: ModelVars,
    level: Level,
    budget: float,
    began: float,
    on_progress: ProgressCallback | None,
    settings: SolverSettings,
    caps: dict[str, int],
    workers: str = "",
) -> _Outcome:
    """Run CP-SAT on the model's objective (already set) within ``budget`` seconds."""
    solver = _solver(max(budget, 0.1), settings, workers)
    reporter = ProgressReporter(level, began, on_progress, caps.get(level))
    solver.best_bound_callback = reporter.on_bound
    status = solver.solve(mv.model, reporter)
    name = solver.status_name(status)
    if name not in ("OPTIMAL", "FEASIBLE"):
        return _Outcome(solver, name, 0, 0)
    reached, bound = round(solver.objective_value), round(solver.best_objective_bound)
    if level in caps:
        bound = min(bound, caps[level])
        name = "OPTIMAL" if reached >= bound else name
    return _Outcome(solver, name, reached, bound)


def _search_then_ascend(
    mv: ModelVars,
    level: Level,
    budget: float,
    began: float,
    on_progress: ProgressCallback | None,
    settings: SolverSettings,
    floors: dict[str, int],
) -> _Outcome:
    """Prove from below, search for a good schedule, then prove from below again.

    A short first ascent settles the easy cases (per-participant bounds often meet the
    optimum and ``breaks <= floor`` is answered in a second or two). Where it stalls, the
    breaks of a one-day event with every meeting required go to the race of two core-based
    searches (race.py; not with a seed: which search wins depends on timing); elsewhere the
    optimisation search (core-based and clause-learning workers) finds compact schedules that
    the satisfaction questions miss and raises the bound itself; the second
    ascent then only climbs to just below the best schedule found, which is proven optimal
    when it gets there. Whatever an ascent proves is kept as the bound.
    """
    started = time.perf_counter()
    expr = term(mv, level)

    def make_solver(seconds: float, extra: str) -> cp_model.CpSolver:
        return _solver(seconds, settings, extra)

    def climb_until(share: float, floor: int, ceiling: int, *, persist: bool) -> Ascent:
        parallel = settings.workers if settings.seed is None else 1
        return ascend(
            mv, expr, floor, started + budget * share, ceiling, make_solver, level, began,
            on_progress, parallel, persist=persist,
        )  # fmt: skip

    first = climb_until(
        FIRST_ASCENT_SHARE, floors.get(level, 0), _ceiling(mv, level), persist=False
    )
    if first.solver is not None:
        return _Outcome(first.solver, "OPTIMAL", first.bound, first.bound)
    floor = first.bound
    raced = None
    if level == BREAKS and settings.seed is None:
        deadline = started + budget * RACE_SHARE
        raced = race(mv, expr, floor, deadline, make_solver, began, on_progress)
    if raced is None:
        mv.model.add(expr >= floor)
        mv.model.minimize(expr)
        search_budget = started + budget * SEARCH_SHARE - time.perf_counter()
        best = _optimise(mv, level, search_budget, began, on_progress, settings, {}, CORE_SEARCH)
    else:
        best, floor = _after_race(mv, level, raced, started + budget, began, on_progress, settings)
    if best.status_name != "FEASIBLE":  # optimal, or no schedule: keep the bound proven
        return dataclasses.replace(best, bound=max(best.bound, floor))
    hint_assignment(mv, best.solver)
    floor = max(floor, best.bound)
    second = climb_until(ASCENT_SHARE, floor, best.objective - 1, persist=True)
    if second.solver is not None:
        return _Outcome(second.solver, "OPTIMAL", second.bound, second.bound)
    if second.bound >= best.objective:
        return _Outcome(best.solver, "OPTIMAL", best.objective, best.objective)
    mv.model.add(expr >= second.bound)
    remaining = budget - (time.perf_counter() - started)
    final = _optimise(mv, level, remaining, began, on_progress, settings, {}, CORE_SEARCH)
    if final.status_name in ("OPTIMAL", "FEASIBLE") and final.objective <= best.objective:
        return _Outcome(
            final.solver, final.status_name, final.objective, max(final.bound, second.bound)
        )
    return _Outcome(best.solver, "FEASIBLE", best.objective, second.bound)


def _after_race(
    mv: ModelVars,
    level: Level,
    raced: Finish,
    level_deadline: float,
    began: float,
    on_progress: ProgressCallback | None,
    settings: SolverSettings,
) -> tuple[_Outcome, int]:
    """The race's answer as an outcome, and the bound it proved (now posted on the model).

    Core-based search finds no schedule until it finds the optimal one: when the race ends
    without one, CP-SAT's usual search gets the level's last seconds to improve the first
    schedule (hinted), so that a good schedule is returned even unproven."""
    expr = term(mv, level)
    mv.model.add(expr >= raced.bound)
    mv.model.minimize(expr)
    if raced.found:
        status = "OPTIMAL" if raced.optimal else "FEASIBLE"
        return _Outcome(raced.solver, status, raced.objective, raced.bound), raced.bound
    remaining = level_deadline - time.perf_counter()
    found = _optimise(mv, level, remaining, began, on_progress, settings, {}, CORE_SEARCH)
    return dataclasses.replace(found, bound=max(found.bound, raced.bound)), raced.bound


def _worth_ascending(problem: Problem, floor: int) -> bool:
    """Proving from below pays when the optimum is likely near the floor: a positive floor, or
    every task required (B2B benchmarks, where compact days are common). With optional tasks
    the frozen value level usually forces breaks far above 0, and the time is better spent
    improving the schedule."""
    return floor > 0 or all(task.required for task in problem.tasks)


def _ceiling(mv: ModelVars, level: Level) -> int:
    """A value no feasible schedule exceeds at this minimised level."""
    if level == BREAKS:
        weights = mv.problem.break_weight
        return sum(weights[p] * mv.problem.n_slots for p in breaks.counted(mv.problem))
    return len(mv.problem.tasks)


def _solver(budget: float, settings: SolverSettings, extra: str = "") -> cp_model.CpSolver:
    solver = cp_model.CpSolver()
    params = solver.parameters
    params.max_time_in_seconds = budget
    params.num_workers = settings.workers
    params.log_search_progress = settings.log
    params.merge_text_format(extra)
    params.merge_text_format(settings.parameters)
    if settings.seed is not None:
        params.random_seed = settings.seed
        params.interleave_search = True
    return solver


def _feasibility(
    mv: ModelVars, budget: float, settings: SolverSettings
) -> cp_model.CpSolver | None:
    """No level to optimise: any schedule satisfying the hard constraints will do."""
    mv.model.clear_objective()  # type: ignore[no-untyped-call]
    solver = _solver(max(budget, 0.1), settings)
    status = solver.solve(mv.model)
    return solver if status in (cp_model.OPTIMAL, cp_model.FEASIBLE) else None


def _first_schedule(
    mv: ModelVars, budget: float, settings: SolverSettings
) -> tuple[cp_model.CpSolverStatus, cp_model.CpSolver]:
    """Find any schedule when the warm start is not valid (greedy misses required tasks, or
    the schedule of a relaxation is unfair), and hint with it.

    Every later stage then starts from (and can fall back to) a valid schedule, and an
    impossible problem is reported as soon as it is proven so.
    """
    solver = _solver(max(budget, 0.1), settings, SAT_WORKERS)
    status = solver.solve(mv.model)
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        hint_assignment(mv, solver)
    return status, solver


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
