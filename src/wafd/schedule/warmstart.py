"""The schedule CP-SAT starts from, and the value bound that comes with it.

Three constructive schedules compete: the given hint (or first-come-first-served), value-first
booking, and value-first booking of the tasks the degree relaxation picks (see
``relaxation``). The one placing every required task, then most value, wins. On events too
large for the time-indexed model (``is_large``) it is where the neighbourhood search starts.
"""

from __future__ import annotations

from dataclasses import dataclass

from wafd.schedule import clock
from wafd.schedule.greedy import solve_greedy, value_first
from wafd.schedule.problem import Problem, Solution
from wafd.schedule.relaxation import value_upper_bound
from wafd.schedule.terms import value

LARGE_MODEL = 60_000
"""Candidate placements above which the whole time-indexed CP-SAT model is not built and the
event is solved by moves on sub-problems instead (large.py). The published B2B instances have
at most 6,000; a 1,000-participant event of 6,500 meetings and 20 slots has 132,000, and its
whole model spends two minutes in presolve."""


@dataclass(frozen=True, slots=True)
class WarmStart:
    solution: Solution
    value_bound: int | None
    """Proven upper bound on placed value (None when value is not optimised)."""


def warm_start(
    problem: Problem, hint: Solution | None, *, optimise_value: bool, deadline: float | None = None
) -> WarmStart:
    """The best of the constructive schedules; past ``deadline`` (``clock.now()``) the
    value-first ones are skipped, since each costs as much as the first on a large model."""
    candidates = [hint if hint is not None else solve_greedy(problem)]
    bound = None
    if optimise_value:
        bound, picked = value_upper_bound(problem)
        for preferred in (picked, ()):
            if deadline is not None and clock.now() > deadline:
                break
            candidates.append(solve_greedy(problem, value_first(problem, preferred)))

    def quality(solution: Solution) -> tuple[bool, int]:
        complete = all(
            start is not None
            for start, task in zip(solution.starts, problem.tasks, strict=True)
            if task.required
        )
        return complete, value.evaluate(problem, solution)

    return WarmStart(max(candidates, key=quality), bound)


def is_large(problem: Problem) -> bool:
    placements = sum(
        len(task.venues) * (1 if task.fixed_start is not None else problem.n_slots)
        for task in problem.tasks
    )
    return placements > LARGE_MODEL
