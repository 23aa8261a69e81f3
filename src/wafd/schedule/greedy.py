"""First-come-first-served: what self-service booking amounts to, and the solver's warm start.

Requests are taken in their order (a task waits for the tasks it must follow); each goes to the
earliest start and first venue that every constraint admits given the meetings already booked.
Nothing is ever moved once booked, so required tasks may stay unplaced and fairness is not
sought: the checker reports both, which is the point of the comparison.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Collection

from wafd.schedule.constraints import DOMAIN_RULES
from wafd.schedule.problem import Problem, Solution
from wafd.schedule.terms import breaks, changes, value


def solve_greedy(problem: Problem, order: list[int] | None = None) -> Solution:
    """Book tasks in ``order`` (default: request order), each at its earliest feasible start."""
    began = time.perf_counter()
    booking = _Booking(problem)
    for t in _arrival_order(problem, order):
        booking.place_earliest(t)
    solution = Solution(
        starts=tuple(booking.starts),
        venues=tuple(booking.venues),
        status="unknown",
        objective={},
        bound={},
        seconds=0.0,
    )
    all_required = all(
        s is not None
        for s, task in zip(booking.starts, problem.tasks, strict=True)
        if task.required
    )
    return Solution(
        starts=solution.starts,
        venues=solution.venues,
        status="feasible" if all_required else "unknown",
        objective={
            "value": value.evaluate(problem, solution),
            "breaks": breaks.evaluate(problem, solution),
            "changes": changes.evaluate(problem, solution),
        },
        bound={},
        seconds=time.perf_counter() - began,
    )


def value_first(problem: Problem, preferred: Collection[int] = ()) -> list[int]:
    """Required tasks, then ``preferred`` ones, then the rest; by decreasing value within each.

    The order of the constructive warm start: unlike first-come-first-served it never lets a
    cheap early request take the slot a valuable later one needed.
    """
    first = set(preferred)
    return sorted(
        range(len(problem.tasks)),
        key=lambda t: (not problem.tasks[t].required, t not in first, -problem.tasks[t].value, t),
    )


def _arrival_order(problem: Problem, order: list[int] | None = None) -> list[int]:
    """``order`` (default: task order), except that a task comes after the tasks it follows."""
    done: set[int] = set()
    arranged: list[int] = []

    def visit(t: int, path: frozenset[int]) -> None:
        if t in done or t in path:
            return
        for a in problem.tasks[t].after:
            visit(a, path | {t})
        done.add(t)
        arranged.append(t)

    for t in range(len(problem.tasks)) if order is None else order:
        visit(t, frozenset())
    return arranged


class _Booking:
    """The meetings booked so far, kept in the form each constraint needs to test a new one."""

    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        self.starts: list[int | None] = [None] * len(problem.tasks)
        self.venues: list[int | None] = [None] * len(problem.tasks)
        self.agenda: dict[int, list[tuple[int, int, int]]] = defaultdict(list)
        self.in_use: dict[tuple[int, int], int] = defaultdict(int)
        self.per_day: dict[tuple[int, int], int] = defaultdict(int)

    def place_earliest(self, t: int) -> None:
        task = self.problem.tasks[t]
        for start in range(self.problem.n_slots):
            for venue in task.venues:
                if self._fits(t, start, venue):
                    self._book(t, start, venue)
                    return

    def _fits(self, t: int, start: int, venue: int) -> bool:
        problem, task = self.problem, self.problem.tasks[t]
        if not all(rule.admits(problem, t, start, venue) for rule in DOMAIN_RULES):
            return False
        end = start + task.duration - 1
        if any(
            self.in_use[venue, s] >= problem.venue_capacity[venue] for s in range(start, end + 1)
        ):
            return False
        for a in task.after:
            before = self.starts[a]
            if before is not None and before + problem.tasks[a].duration > start:
                return False
        day = problem.slot_day[start]
        for p in task.participants:
            limit = problem.max_per_day[p]
            if limit is not None and self.per_day[p, day] >= limit:
                return False
            if any(self._clash(start, end, venue, other) for other in self.agenda[p]):
                return False
        return True

    def _clash(self, start: int, end: int, venue: int, other: tuple[int, int, int]) -> bool:
        o_start, o_end, o_venue = other
        if start <= o_end and o_start <= end:
            return True
        day = self.problem.slot_day
        travel = self.problem.travel
        if o_end < start:
            return day[o_end] == day[start] and start - o_end <= travel[o_venue][venue]
        return day[end] == day[o_start] and o_start - end <= travel[venue][o_venue]

    def _book(self, t: int, start: int, venue: int) -> None:
        task = self.problem.tasks[t]
        end = start + task.duration - 1
        self.starts[t], self.venues[t] = start, venue
        for s in range(start, end + 1):
            self.in_use[venue, s] += 1
        for p in task.participants:
            self.agenda[p].append((start, end, venue))
            self.per_day[p, self.problem.slot_day[start]] += 1
