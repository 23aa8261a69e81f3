"""Hints for CP-SAT: where to start searching.

CP-SAT takes a complete, feasible hint as its first solution at once; a partial one it must
repair by search. Placements and what follows from them are hinted from a Solution; after a
lexicographic level, the whole assignment of that level's solver hints the next.
"""

from __future__ import annotations

from ortools.sat.python import cp_model

from wafd.schedule.problem import Solution
from wafd.schedule.variables import ModelVars


def hint_placements(mv: ModelVars, solution: Solution) -> None:
    """Hint the placements and what follows from them (placed, busy).

    CP-SAT takes a complete, feasible hint as its first solution at once; a partial one it
    must repair by search, which on large events fails within the time limit. Hints that are
    not feasible (greedy left a required task out) are still a useful starting point.
    """
    problem = mv.problem
    for t, choices in enumerate(mv.x):
        chosen = (solution.starts[t], solution.venues[t])
        for key, var in choices.items():
            mv.model.add_hint(var, key == chosen)
        placed = mv.placed[t]
        if len(choices) > 1 and isinstance(placed, cp_model.IntVar):  # else placed is x itself
            mv.model.add_hint(placed, chosen in choices)
    busy: set[tuple[int, int]] = set()
    for t, start in enumerate(solution.starts):
        if start is not None and (start, solution.venues[t]) in mv.x[t]:
            task = problem.tasks[t]
            busy.update(
                (p, s) for p in task.participants for s in range(start, start + task.duration)
            )
    for key, var in mv.busy.items():
        mv.model.add_hint(var, key in busy)


def hint_assignment(mv: ModelVars, solver: cp_model.CpSolver) -> None:
    mv.model.clear_hints()  # type: ignore[no-untyped-call]
    for index in range(len(mv.model.proto.variables)):
        var = mv.model.get_int_var_from_proto_index(index)
        mv.model.add_hint(var, solver.value(var))
