"""Where a single task could go if it were alone: the starts its own data allows.

Used before solving (a ``must`` with no possible start cannot be hard) and after (to tell an
organiser *why* a request stayed unscheduled). It asks the engine's own domain rules
(``wafd.schedule.constraints``), so it never disagrees with the solver about a placement.
"""

from __future__ import annotations

from dataclasses import replace

from wafd.schedule.constraints import DOMAIN_RULES
from wafd.schedule.problem import Problem


def candidate_starts(problem: Problem, t: int) -> list[int]:
    """Starts of task ``t`` admitted by every domain rule in at least one of its venues."""
    venues = problem.tasks[t].venues
    return [
        s
        for s in range(problem.n_slots)
        if any(all(rule.admits(problem, t, s, v) for rule in DOMAIN_RULES) for v in venues)
    ]


def blockers(problem: Problem, t: int) -> list[int]:
    """Participants who alone leave task ``t`` no start: nobody else's absence matters."""
    task = problem.tasks[t]
    found = []
    for p in task.participants:
        alone = replace(task, participants=(p,))
        single = replace(problem, tasks=(*problem.tasks[:t], alone, *problem.tasks[t + 1 :]))
        if not candidate_starts(single, t):
            found.append(p)
    return found
