"""Changes: published tasks (``Problem.previous`` set) that no longer start where they did.

A dropped task counts as changed; a task with no previous start is new and never counts.
Venue moves at the same start are not counted: attendees follow the time, and the venue of a
B2B table is reassigned freely.
"""

from __future__ import annotations

from ortools.sat.python import cp_model

from wafd.schedule.problem import Problem, Solution
from wafd.schedule.variables import ModelVars


def expression(mv: ModelVars) -> cp_model.LinearExprT:
    previous = mv.problem.previous
    if previous is None:
        return 0
    terms: list[cp_model.LinearExprT] = []
    for t, before in enumerate(previous):
        if before is not None:
            kept = [var for (s, _), var in mv.x[t].items() if s == before]
            terms.append(1 - sum(kept))
    return sum(terms)


def evaluate(problem: Problem, solution: Solution) -> int:
    if problem.previous is None:
        return 0
    return sum(
        1
        for before, now in zip(problem.previous, solution.starts, strict=True)
        if before is not None and now != before
    )
