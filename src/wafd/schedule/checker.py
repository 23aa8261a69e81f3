"""The independent checker: every constraint, as defined once, judged on a finished Solution.

It shares no state with the solver: it reads only the Problem and the starts and venues of the
Solution, so it also catches schedules edited by hand or produced by the greedy baseline.
"""

from __future__ import annotations

from wafd.schedule.constraints import ALL_CONSTRAINTS
from wafd.schedule.problem import Problem, Solution
from wafd.schedule.violations import Violation


def find_violations(problem: Problem, solution: Solution) -> list[Violation]:
    """Every violated constraint, with the tasks and participants involved (empty = valid)."""
    if len(solution.starts) != len(problem.tasks) or len(solution.venues) != len(problem.tasks):
        message = f"{len(solution.starts)} starts for {len(problem.tasks)} tasks"
        return [Violation("shape", message, (), ())]
    found: list[Violation] = []
    for constraint in ALL_CONSTRAINTS:
        found.extend(constraint.check(problem, solution))
    return found
