"""Per-participant lower bounds on breaks, from each participant's own meetings alone.

Ignoring everybody else's meetings and the venue capacity leaves, per participant, a tiny
problem: place its own meetings where they and their partners are available, as compactly as
possible. Its optimum is a valid lower bound on that participant's breaks in the full problem,
and ``breaks[p] >= bound[p]`` is an implied constraint CP-SAT cannot derive cheaply (its LP
relaxation of breaks is near zero). On the published B2B instances these bounds already sum to
the optimum on 15 of 20; they also seed the fairness floor.
"""

from __future__ import annotations

import dataclasses
import time

from ortools.sat.python import cp_model

from wafd.schedule.model import build_model
from wafd.schedule.problem import Problem
from wafd.schedule.terms import breaks


def breaks_lower_bounds(
    problem: Problem, *, time_limit: float = 1.0, deadline: float | None = None
) -> dict[int, int]:
    """Proven lower bound on the breaks of each counted participant with a positive bound.

    Only required tasks are kept (optional ones may be dropped, so they cannot force a break).
    A sub-problem not solved to optimality within ``time_limit`` contributes its proven bound;
    participants not reached by ``deadline`` (a ``time.perf_counter()`` value) get none.
    """
    found: dict[int, int] = {}
    for p, tasks in enumerate(problem.tasks_of()):
        if deadline is not None and time.perf_counter() > deadline:
            break
        required = [t for t in tasks if problem.tasks[t].required]
        if problem.break_weight[p] == 0 or len(required) < 2:
            continue
        bound = _own_bound(problem, p, required, time_limit)
        if bound > 0:
            found[p] = bound
    return found


def _own_bound(problem: Problem, p: int, tasks: list[int], time_limit: float) -> int:
    own = dataclasses.replace(
        problem,
        tasks=tuple(dataclasses.replace(problem.tasks[t], after=()) for t in tasks),
        max_per_day=tuple(limit if q == p else None for q, limit in enumerate(problem.max_per_day)),
        fairness=None,
        previous=None,
    )
    mv = build_model(own)
    mv.model.minimize(breaks.breaks_var(mv, p))
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = time_limit
    solver.parameters.num_workers = 1
    status = solver.solve(mv.model)
    if status == cp_model.INFEASIBLE:
        return 0  # the full problem is infeasible too; the solver will say so
    return max(0, round(solver.best_objective_bound))
