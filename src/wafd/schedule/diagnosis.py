"""Conflicts visible without search: hard constraints that cannot hold, found by counting.

These are cheap, sufficient reasons for infeasibility that name the participants and tasks
involved, so that an impossible problem is rejected in milliseconds with a reason instead of
after a solver run: a required task with no admissible start, a participant with more
required meeting time than free slots, or a day holding more required meetings than allowed.
"""

from __future__ import annotations

from wafd.schedule.constraints import DOMAIN_RULES
from wafd.schedule.problem import Problem
from wafd.schedule.violations import Violation


def admissible_starts(problem: Problem, t: int) -> list[tuple[int, int]]:
    return [
        (s, v)
        for s in range(problem.n_slots)
        for v in problem.tasks[t].venues
        if all(rule.admits(problem, t, s, v) for rule in DOMAIN_RULES)
    ]


def obvious_conflicts(problem: Problem) -> list[Violation]:
    """Reasons why the required tasks cannot all be placed (empty = none found, not a proof)."""
    found: list[Violation] = []
    reachable: dict[int, set[int]] = {}
    for t, task in enumerate(problem.tasks):
        if not task.required:
            continue
        starts = admissible_starts(problem, t)
        if not starts:
            message = f"required task {task.id} has no slot where all its participants are free"
            found.append(Violation("availability", message, (t,), task.participants))
        for s, _ in starts:
            reachable.setdefault(t, set()).update(range(s, s + task.duration))
    for p, tasks in enumerate(problem.tasks_of()):
        required = [t for t in tasks if problem.tasks[t].required]
        need = sum(problem.tasks[t].duration for t in required)
        free = set().union(*(reachable.get(t, set()) for t in required)) if required else set()
        if need > len(free):
            message = (
                f"{problem.participants[p]} has {need} slots of required meetings"
                f" but only {len(free)} slots where they can take place"
            )
            found.append(Violation("one_at_a_time", message, tuple(required), (p,)))
    return found
