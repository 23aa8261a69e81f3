"""Every participant of a meeting can attend all its slots, and it starts where its session allows.

Forbidden slots, availability windows, lunch and other blocked times all arrive as
``Problem.unavailable``; sessions (morning/afternoon) and similar windows as
``Task.allowed_starts``.
"""

from __future__ import annotations

from wafd.schedule.constraints.base import DomainRule, span
from wafd.schedule.problem import Problem


class Availability(DomainRule):
    name = "availability"

    def admits(self, problem: Problem, t: int, start: int, venue: int) -> bool:
        task = problem.tasks[t]
        if task.allowed_starts is not None and start not in task.allowed_starts:
            return False
        return not any(
            slot in problem.unavailable[p]
            for p in task.participants
            for slot in span(problem, t, start)
        )

    def explain(self, problem: Problem, t: int, start: int, venue: int) -> str:
        task = problem.tasks[t]
        if task.allowed_starts is not None and start not in task.allowed_starts:
            return f"task {task.id} may not start at slot {start} (outside its session)"
        absent = sorted(
            problem.participants[p]
            for p in task.participants
            if any(slot in problem.unavailable[p] for slot in span(problem, t, start))
        )
        return f"task {task.id} at slot {start}: {', '.join(absent)} not available"
