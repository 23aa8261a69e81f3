"""What every constraint module provides: one rule, stated for the model and for the checker.

A constraint is defined once, in its own module, with two faces that tests keep in agreement:
``post`` adds it to the CP-SAT model, ``check`` finds where a finished Solution breaks it.
Domain rules (where a task may start) are the simplest case: ``admits`` is consulted while the
start variables are created, by the greedy baseline while placing, and by ``check`` afterwards.
"""

from __future__ import annotations

from typing import Protocol

from wafd.schedule.problem import Problem, Solution
from wafd.schedule.variables import ModelVars
from wafd.schedule.violations import Violation


class Constraint(Protocol):
    name: str

    def admits(self, problem: Problem, t: int, start: int, venue: int) -> bool:
        """May task ``t`` start at ``start`` in ``venue``? (True unless a domain rule.)"""
        ...

    def post(self, mv: ModelVars) -> None:
        """Add the constraint to the model."""
        ...

    def check(self, problem: Problem, solution: Solution) -> list[Violation]:
        """Every place where ``solution`` breaks the constraint."""
        ...


class RelationRule:
    """A constraint between placements: it admits every single placement on its own."""

    name = "relation"

    def admits(self, problem: Problem, t: int, start: int, venue: int) -> bool:
        return True


class DomainRule:
    """A constraint on where one task may go, checked placement by placement."""

    name = "domain"

    def admits(self, problem: Problem, t: int, start: int, venue: int) -> bool:
        raise NotImplementedError

    def explain(self, problem: Problem, t: int, start: int, venue: int) -> str:
        raise NotImplementedError

    def post(self, mv: ModelVars) -> None:
        """Nothing to post: inadmissible placements get no variable."""

    def check(self, problem: Problem, solution: Solution) -> list[Violation]:
        found = []
        for t, start in enumerate(solution.starts):
            if start is None:
                continue
            v = venue_of(problem, solution, t)
            if not self.admits(problem, t, start, v):
                message = self.explain(problem, t, start, v)
                found.append(Violation(self.name, message, (t,), problem.tasks[t].participants))
        return found


def placed_tasks(problem: Problem, solution: Solution) -> list[int]:
    """Tasks placed inside the horizon at an existing venue.

    Placements outside the horizon or at an unknown venue (hand edits) are reported by the
    domain rules; the other constraints judge only the well-formed ones.
    """
    return [
        t
        for t, (start, venue) in enumerate(zip(solution.starts, solution.venues, strict=True))
        if start is not None
        and 0 <= start <= problem.n_slots - problem.tasks[t].duration
        and (venue is None or 0 <= venue < len(problem.venue_names))
    ]


def venue_of(problem: Problem, solution: Solution, t: int) -> int:
    venue = solution.venues[t]
    return problem.tasks[t].venues[0] if venue is None else venue


def span(problem: Problem, t: int, start: int) -> range:
    """Slots occupied by task ``t`` starting at ``start``."""
    return range(start, start + problem.tasks[t].duration)
