"""An upper bound on placed value that ignores *when* meetings happen: the degree relaxation.

Every participant can attend at most as many meeting slots as it has free slots where its
meetings could take place (and at most ``max_per_day`` meetings on each day); all venues
together offer ``capacity x slots`` meeting slots. Choosing which tasks to place under only these
counts is a small knapsack-like problem (one Boolean per task) that CP-SAT solves to optimality
in about a second even for thousands of participants, and its optimum bounds the real value from
above. On generated events it is much tighter than the LP bound of the full time-indexed model,
and the tasks it picks are a good order for the constructive warm start.
"""

from __future__ import annotations

from collections import defaultdict

from ortools.sat.python import cp_model

from wafd.schedule import clock
from wafd.schedule.constraints import DOMAIN_RULES
from wafd.schedule.problem import Problem


def value_upper_bound(problem: Problem, *, time_limit: float = 10.0) -> tuple[int, list[int]]:
    """(proven upper bound on placed value, tasks chosen by the relaxation's best solution)."""
    model = cp_model.CpModel()
    chosen = [model.new_bool_var(f"y{t}") for t in range(len(problem.tasks))]
    reachable: dict[int, set[int]] = defaultdict(set)
    for t, task in enumerate(problem.tasks):
        starts = [
            s
            for s in range(problem.n_slots)
            if any(all(r.admits(problem, t, s, v) for r in DOMAIN_RULES) for v in task.venues)
        ]
        if not starts:
            model.add(chosen[t] == 0)
        elif task.required:
            model.add(chosen[t] == 1)
        for p in task.participants:
            for s in starts:
                reachable[p].update(range(s, s + task.duration))
    for p, tasks in enumerate(problem.tasks_of()):
        model.add(sum(problem.tasks[t].duration * chosen[t] for t in tasks) <= len(reachable[p]))
        limit = problem.max_per_day[p]
        if limit is not None:
            days = {problem.slot_day[s] for s in reachable[p]}
            model.add(sum(chosen[t] for t in tasks) <= limit * len(days))
    room = sum(problem.venue_capacity) * problem.n_slots
    model.add(sum(task.duration * chosen[t] for t, task in enumerate(problem.tasks)) <= room)
    model.maximize(sum(task.value * chosen[t] for t, task in enumerate(problem.tasks)))
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 2
    clock.limit(solver, time_limit)
    status = clock.solve(solver, model)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return sum(task.value for task in problem.tasks), []
    picked = [t for t in range(len(problem.tasks)) if solver.boolean_value(chosen[t])]
    return round(solver.best_objective_bound), picked
