"""``solve_large``: events too large for one CP-SAT model, solved anytime by moves.

The whole time-indexed model of a 1,000-participant event (6,500 meetings, 20 slots) spends
two minutes in presolve without a schedule. Here the warm start is repaired by CP-SAT moves
(lns.py), its breaks are removed by a fast descent on chains of meetings (descent.py) and then
by more CP-SAT moves until the time is up. Every phase only ever keeps a schedule at least as
good, so the answer is the best one found, with the bounds proven beforehand (the degree
relaxation on value, the per-participant bounds on breaks).
"""

from __future__ import annotations

import random
import time

from wafd.schedule import clock
from wafd.schedule.bounds import breaks_lower_bounds
from wafd.schedule.checker import find_violations
from wafd.schedule.descent import Descent, applies
from wafd.schedule.incumbent import Facts, Incumbent
from wafd.schedule.lns import WORK_PER_SECOND, Budget, improve, report_progress
from wafd.schedule.objectives import BREAKS, CHANGES, VALUE, Objectives
from wafd.schedule.problem import Problem, Solution
from wafd.schedule.progress import ProgressCallback
from wafd.schedule.terms import breaks, changes, value
from wafd.schedule.warmstart import warm_start

BOUNDS_SHARE = 0.02
"""At most this share of the time goes to per-participant lower bounds on breaks (3 s for the
1,000 participants of the generated event, whose bound is 0)."""
MARGIN = 0.97
"""Share of the time limit the moves may use; the rest builds and checks the answer."""
DESCENT_SHARE = 0.85
"""Share of the time left after repair that goes to the descent, where it applies: it removes
most breaks; CP-SAT moves take the rest of the time (on both cores)."""
STEPS_PER_SECOND = 250
"""With a seed, descent steps per second of the time limit (about what one core does on the
1,000-participant event): the search then stops after a fixed amount of work, not at the
clock, so that the same input gives the same schedule."""


def solve_large(
    problem: Problem,
    *,
    objectives: Objectives,
    time_limit: float,
    began: float,
    on_progress: ProgressCallback | None,
    hint: Solution | None,
    seed: int | None,
) -> Solution:
    """The best schedule the phases reach within ``time_limit``; ``unknown`` (with what could
    be placed) when a required meeting or fairness is still missing at the end.

    The pipeline: warm start, bounds, repair (CP-SAT moves around the meetings left out),
    descent (chains of single meetings, where it applies), CP-SAT moves on breaks and value.
    """
    started = clock.now()  # the bounds' deadline: on the work clock when seeded (clock.py)
    facts = Facts.of(problem, objectives.order)
    start = warm_start(problem, hint, optimise_value=VALUE in facts.levels)
    bounds = _bounds(problem, facts, start.value_bound, started + BOUNDS_SHARE * time_limit)
    incumbent = Incumbent(problem, facts, start.solution)
    end = began + MARGIN * time_limit
    seeded = seed is not None
    work = time_limit * WORK_PER_SECOND * (1 - DESCENT_SHARE) if seeded else None
    budget = Budget(deadline=end, work=work)
    rng = random.Random(seed or 0)

    def moves(*, repair_only: bool) -> None:
        improve(
            incumbent, budget, seed=seed, began=began, on_progress=on_progress, bounds=bounds,
            repair_only=repair_only,
        )  # fmt: skip

    moves(repair_only=True)
    if applies(incumbent) and not incumbent.unplaced_required():
        now = time.perf_counter()
        steps = round(STEPS_PER_SECOND * DESCENT_SHARE * time_limit) if seeded else None
        deadline = float("inf") if seeded else now + DESCENT_SHARE * (end - now)
        Descent(incumbent).run(deadline, rng, steps)
        report_progress(incumbent, began, on_progress, bounds)
    moves(repair_only=False)
    return _answer(problem, facts, incumbent, bounds, began)


def _bounds(
    problem: Problem, facts: Facts, value_bound: int | None, deadline: float
) -> dict[str, int]:
    """Proven bounds: the relaxation's on value, the per-participant ones on breaks."""
    bounds: dict[str, int] = {}
    if value_bound is not None:
        bounds[VALUE] = value_bound
    if BREAKS in facts.levels:
        own = breaks_lower_bounds(problem, deadline=deadline)
        bounds[BREAKS] = sum(problem.break_weight[p] * b for p, b in own.items())
    return bounds


def _answer(
    problem: Problem, facts: Facts, incumbent: Incumbent, bounds: dict[str, int], began: float
) -> Solution:
    schedule = incumbent.solution()
    objective: dict[str, int] = {
        VALUE: value.evaluate(problem, schedule),
        BREAKS: breaks.evaluate(problem, schedule),
        CHANGES: changes.evaluate(problem, schedule),
    }
    bound: dict[str, int] = {
        VALUE: bounds.get(VALUE, objective[VALUE]),
        BREAKS: bounds.get(BREAKS, 0) if BREAKS in facts.levels else objective[BREAKS],
        CHANGES: 0 if CHANGES in facts.levels else objective[CHANGES],
    }
    valid = not find_violations(problem, schedule)
    proven = all(objective[level] == bound[level] for level in facts.levels)
    status = ("optimal" if proven else "feasible") if valid else "unknown"
    return Solution(
        starts=schedule.starts,
        venues=schedule.venues,
        status=status,
        objective=objective,
        bound=bound,
        seconds=time.perf_counter() - began,
    )


def polish_breaks(
    problem: Problem,
    solution: Solution,
    *,
    seconds: float,
    seed: int | None,
    began: float | None = None,
    on_progress: ProgressCallback | None = None,
) -> Solution:
    """``solution`` with fewer breaks where the moves find them within ``seconds``: the descent
    on chains first (``DESCENT_SHARE`` of the time), then CP-SAT moves (lns.py).

    For a schedule the full model returned unproven: its search, stopped by the clock, leaves
    breaks that chain moves remove in a second (on forbidden-slot variants of the published
    instances, tens of them), and neighbourhoods more when there is time. Value, fairness and
    precedences are kept; only one-slot meetings at one venue and a problem without a previous
    schedule qualify.
    """
    facts = Facts.of(problem, (VALUE, BREAKS))
    incumbent = Incumbent(problem, facts, solution)
    if not applies(incumbent) or problem.previous is not None:
        return solution
    if incumbent.unplaced_required() or incumbent.unfair():
        return solution
    now = time.perf_counter()
    steps = round(STEPS_PER_SECOND * DESCENT_SHARE * seconds) if seed is not None else None
    deadline = float("inf") if seed is not None else now + DESCENT_SHARE * seconds
    Descent(incumbent).run(deadline, random.Random(seed or 0), steps)
    bounds: dict[str, int] = {
        VALUE: solution.objective[VALUE],
        BREAKS: solution.bound.get(BREAKS, 0),
    }
    work = seconds * WORK_PER_SECOND * (1 - DESCENT_SHARE) if seed is not None else None
    improve(  # returns at once when the descent already met the bounds
        incumbent, Budget(deadline=now + seconds, work=work), seed=seed,
        began=now if began is None else began, on_progress=on_progress, bounds=bounds,
    )  # fmt: skip
    polished = incumbent.solution()
    if find_violations(problem, polished):
        return solution
    objective = dict(solution.objective, breaks=breaks.evaluate(problem, polished))
    proven = all(objective[level] == solution.bound.get(level) for level in objective)
    return Solution(
        starts=polished.starts,
        venues=polished.venues,
        status="optimal" if proven else solution.status,
        objective=objective,
        bound=solution.bound,
        seconds=solution.seconds,
    )
