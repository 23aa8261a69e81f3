"""Build the CP-SAT model: variables, every constraint, implied constraints, objective terms.

Implied (redundant) constraints do not change the solutions; they let the SAT core see
counting facts that are otherwise only visible to the LP: each participant is busy for exactly
as many slots as its placed meetings last, and each slot holds exactly as many busy participants
as the meetings placed in it have attendees. On B2B instances they cut the proof of optimality
for breaks from minutes to seconds (see docs/benchmarks.md).
"""

from __future__ import annotations

from collections import defaultdict

from ortools.sat.python import cp_model

from wafd.schedule.constraints import DOMAIN_RULES, ON_BREAKS, RELATIONS
from wafd.schedule.objectives import BREAKS, CHANGES, VALUE, Level
from wafd.schedule.problem import Problem
from wafd.schedule.terms import breaks, changes, value
from wafd.schedule.variables import ModelVars
from wafd.schedule.windows import post_window_view


def build_model(problem: Problem) -> ModelVars:
    """Constraints on placements, implied constraints, the window view, then the constraints
    on breaks.

    The order of the breaks variables matters to CP-SAT (its default search and presolve
    follow creation order): defining each participant's breaks right after its windows keeps
    the split by broken participant fast. With fairness posted before the windows,
    ticf-13crafc's ``breaks <= 1`` was still open after 10 s; after them, 3 to 4 s.
    """
    mv = ModelVars.build(problem, [rule.admits for rule in DOMAIN_RULES])
    for constraint in DOMAIN_RULES + RELATIONS:
        constraint.post(mv)
    _post_implied(mv)
    post_window_view(mv)
    for constraint in ON_BREAKS:
        constraint.post(mv)
    return mv


def term(mv: ModelVars, level: Level) -> cp_model.LinearExprT:
    """The objective expression of one lexicographic level."""
    if level == VALUE:
        return value.expression(mv)
    if level == BREAKS:
        return breaks.expression(mv)
    if level == CHANGES:
        return changes.expression(mv)
    raise ValueError(level)


def _post_implied(mv: ModelVars) -> None:
    problem = mv.problem
    for p, tasks in enumerate(problem.tasks_of()):
        busy = [mv.busy[p, s] for s in range(problem.n_slots) if (p, s) in mv.busy]
        if busy:
            load = sum(problem.tasks[t].duration * mv.placed[t] for t in tasks)
            mv.model.add(sum(busy) == load)
    attendance: dict[int, list[cp_model.LinearExprT]] = defaultdict(list)
    for (_, slot), placements in mv.occupying.items():
        attendance[slot].extend(var for _, _, var in placements)
    largest = max((len(task.participants) for task in problem.tasks), default=0)
    most_at_once = largest * sum(problem.venue_capacity)
    for slot, attendees in attendance.items():
        busy = [mv.busy[p, slot] for p in range(problem.n_participants) if (p, slot) in mv.busy]
        mv.model.add(sum(busy) == sum(attendees))
        if len(busy) > most_at_once:
            mv.model.add(sum(busy) <= most_at_once)
