"""Prove a minimised level from below, with a search for good schedules in between.

See ``search_then_ascend``; the ascents are ascent.py, the race of core-based searches race.py,
the probe that decides between the split and the race probe.py.
"""

from __future__ import annotations

import dataclasses

from ortools.sat.python import cp_model

from wafd.schedule import clock
from wafd.schedule.ascent import Ascent, ascend
from wafd.schedule.cpsat_calls import (
    FIRST_SCHEDULE_SHARE,
    Outcome,
    SolverSettings,
    configured_solver,
    first_schedule,
    optimise,
)
from wafd.schedule.hints import hint_assignment
from wafd.schedule.model import term
from wafd.schedule.objectives import BREAKS, Level
from wafd.schedule.probe import CoreProbe
from wafd.schedule.progress import ProgressCallback
from wafd.schedule.race import Finish, boolean_forms, race
from wafd.schedule.terms import breaks
from wafd.schedule.variables import ModelVars

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
the optimisation search and the second ascent stop (see ``search_then_ascend``)."""
RACE_SHARE = 0.97
"""The race of core-based searches (race.py) ends later than the plain search: its schedule,
when it finds one, is optimal, so the second ascent has nothing left to do."""
UNSCHEDULED_CLIMB = 4
"""Without a valid schedule, the first ascent asks at most this many questions above the floor
before a first schedule is searched for: an impossible problem refutes every question at once,
and would otherwise be climbed to the first ascent's deadline (25 % of the time, where the
first schedule proves it impossible in 0.1 s). The published optima are reached within it
(tic-13crafc: floor 0, optimum 4)."""
RACE_SHARE_UNSCHEDULED = 0.8
"""Where no valid schedule is known yet (the first schedule is deferred, see
``solver._ascends``), the race stops earlier: when it has found none, a first schedule is
searched for after it and returned at once, so that the moves of ``solver.solve`` (descent and
CP-SAT neighbourhoods) improve it with the rest of the time: core-based searches find nothing
until they find the optimum, and the last seconds of an optimisation search leave tens of
breaks above the bound (forum-13crafc with forbidden slots, 20 s: 12-15 breaks, bound 3; with
the moves, 10). The published instances are proven within 50 % of their time on a quiet
machine; the other 20 % leaves room for a loaded one."""


def search_then_ascend(
    mv: ModelVars,
    level: Level,
    budget: float,
    began: float,
    on_progress: ProgressCallback | None,
    settings: SolverSettings,
    floors: dict[str, int],
    needs_schedule: bool,
) -> Outcome:
    """Prove from below, search for a good schedule, then prove from below again.

    A short first ascent settles the easy cases (per-participant bounds often meet the
    optimum and ``breaks <= floor`` is answered in a second or two). Where it stalls, the
    breaks of a one-day event with every meeting required go to the race of two core-based
    searches (race.py; not with a seed: which search wins depends on timing); elsewhere the
    optimisation search (core-based and clause-learning workers) finds compact schedules that
    the satisfaction questions miss and raises the bound itself; the second
    ascent then only climbs to just below the best schedule found, which is proven optimal
    when it gets there. Whatever an ascent proves is kept as the bound.

    When no valid schedule is known (``needs_schedule``), the first ascent climbs at most
    ``UNSCHEDULED_CLIMB`` questions; a first schedule is then searched for right after it if
    it refuted them all (an impossible problem is proven so there), or after a race that
    found none, in which case it is returned at once for the moves of ``solver.solve``.
    """
    started = clock.now()
    expr = term(mv, level)

    def make_solver(seconds: float, extra: str) -> cp_model.CpSolver:
        return configured_solver(seconds, settings, extra)

    forms = boolean_forms(mv) if level == BREAKS and settings.seed is None else None

    def probe(k: int) -> CoreProbe:
        assert forms is not None
        return CoreProbe(forms.model, expr, forms.exact, k, make_solver)

    def climb_until(share: float, floor: int, ceiling: int, *, persist: bool) -> Ascent:
        parallel = settings.workers if settings.seed is None else 1
        return ascend(
            mv, expr, floor, started + budget * share, ceiling, make_solver, level, began,
            on_progress, parallel, persist=persist,
            probe=probe if forms is not None and not persist else None,
            split_deadline=started + budget * RACE_SHARE,
        )  # fmt: skip

    top = ceiling(mv, level)
    climb = min(top, floors.get(level, 0) + UNSCHEDULED_CLIMB) if needs_schedule else top
    first = climb_until(FIRST_ASCENT_SHARE, floors.get(level, 0), climb, persist=False)
    if first.solver is not None:
        return Outcome(first.solver, "OPTIMAL", first.bound, first.bound)
    floor = first.bound
    fallback = None
    if needs_schedule and climb < top and floor > climb:  # every question refuted
        found = _fallback(mv, budget, started, settings)
        if isinstance(found, Outcome):
            return found
        fallback, needs_schedule = found, False
    raced = None
    if forms is not None:
        share = RACE_SHARE_UNSCHEDULED if needs_schedule else RACE_SHARE
        raced = race(
            mv, expr, floor, started + budget * share, make_solver, began, on_progress, forms
        )
    if needs_schedule and (raced is None or not raced.found):
        found = _fallback(mv, budget, started, settings)
        if isinstance(found, Outcome):
            return found
        fallback = found
        if raced is not None and fallback is not None:  # moves improve it (solver.solve)
            bound = max(floor, raced.bound)
            return Outcome(fallback, "FEASIBLE", round(fallback.value(expr)), bound)
    if raced is None:
        mv.model.add(expr >= floor)
        mv.model.minimize(expr)
        search_budget = started + budget * SEARCH_SHARE - clock.now()
        best = optimise(mv, level, search_budget, began, on_progress, settings, {}, CORE_SEARCH)
    else:
        best, floor = _after_race(mv, level, raced, started + budget, began, on_progress, settings)
    if best.status_name not in ("OPTIMAL", "FEASIBLE") and fallback is not None:
        return Outcome(fallback, "FEASIBLE", round(fallback.value(expr)), floor)
    if best.status_name != "FEASIBLE":  # optimal, or no schedule: keep the bound proven
        return dataclasses.replace(best, bound=max(best.bound, floor))
    hint_assignment(mv, best.solver)
    floor = max(floor, best.bound)
    second = climb_until(ASCENT_SHARE, floor, best.objective - 1, persist=True)
    if second.solver is not None:
        return Outcome(second.solver, "OPTIMAL", second.bound, second.bound)
    if second.bound >= best.objective:
        return Outcome(best.solver, "OPTIMAL", best.objective, best.objective)
    mv.model.add(expr >= second.bound)
    remaining = budget - (clock.now() - started)
    final = optimise(mv, level, remaining, began, on_progress, settings, {}, CORE_SEARCH)
    if final.status_name in ("OPTIMAL", "FEASIBLE") and final.objective <= best.objective:
        return Outcome(
            final.solver, final.status_name, final.objective, max(final.bound, second.bound)
        )
    return Outcome(best.solver, "FEASIBLE", best.objective, second.bound)


def _after_race(
    mv: ModelVars,
    level: Level,
    raced: Finish,
    level_deadline: float,
    began: float,
    on_progress: ProgressCallback | None,
    settings: SolverSettings,
) -> tuple[Outcome, int]:
    """The race's answer as an outcome, and the bound it proved (now posted on the model).

    Core-based search finds no schedule until it finds the optimal one: when the race ends
    without one, CP-SAT's usual search gets the level's last seconds to improve the first
    schedule (hinted), so that a good schedule is returned even unproven."""
    expr = term(mv, level)
    mv.model.add(expr >= raced.bound)
    mv.model.minimize(expr)
    if raced.found:
        status = "OPTIMAL" if raced.optimal else "FEASIBLE"
        return Outcome(raced.solver, status, raced.objective, raced.bound), raced.bound
    remaining = level_deadline - clock.now()
    found = optimise(mv, level, remaining, began, on_progress, settings, {}, CORE_SEARCH)
    return dataclasses.replace(found, bound=max(found.bound, raced.bound)), raced.bound


def _fallback(
    mv: ModelVars, budget: float, started: float, settings: SolverSettings
) -> cp_model.CpSolver | Outcome | None:
    """A first schedule to fall back on (its solver; None when none was found in time), or an
    INFEASIBLE outcome when the problem has none."""
    seconds = min(budget * FIRST_SCHEDULE_SHARE, (started + budget - clock.now()) / 2)
    status, solver = first_schedule(mv, seconds, settings)
    if status == cp_model.INFEASIBLE:
        return Outcome(solver, "INFEASIBLE", 0, 0)
    return solver if status in (cp_model.OPTIMAL, cp_model.FEASIBLE) else None


def ceiling(mv: ModelVars, level: Level) -> int:
    """A value no feasible schedule exceeds at this minimised level."""
    if level == BREAKS:
        weights = mv.problem.break_weight
        return sum(weights[p] * mv.problem.n_slots for p in breaks.counted(mv.problem))
    return len(mv.problem.tasks)
