"""The schedule the neighbourhood search holds, with what each move needs at hand.

A move re-places a few tasks; the rest of the schedule is context. The incumbent keeps, as the
schedule changes, how many tasks use each venue in each slot and each participant's breaks, so
that a neighbourhood (neighbourhood.py) learns the residual capacity and the fairness range
without recounting the whole event (24,000 meetings at the largest generated size).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import pairwise

from wafd.schedule.constraints import fairness
from wafd.schedule.objectives import CHANGES, VALUE, Level
from wafd.schedule.problem import Problem, Solution
from wafd.schedule.terms import breaks


@dataclass(frozen=True, slots=True)
class Facts:
    """What the search asks of a problem again and again, computed once (DESIGN.md's plan)."""

    tasks_of: tuple[tuple[int, ...], ...]
    counted: frozenset[int]
    fairness_is_cap: bool
    levels: tuple[Level, ...]
    """The objective levels whose value can change, most important first."""
    has_precedences: bool
    followers: tuple[tuple[int, ...], ...]
    """Tasks that must come after each task (the reverse of ``Task.after``)."""

    @classmethod
    def of(cls, problem: Problem, order: tuple[Level, ...]) -> Facts:
        levels = tuple(level for level in order if _varies(problem, level))
        followers: list[list[int]] = [[] for _ in problem.tasks]
        for t, task in enumerate(problem.tasks):
            for a in task.after:
                followers[a].append(t)
        return cls(
            tasks_of=problem.tasks_of(),
            counted=frozenset(breaks.counted(problem)),
            fairness_is_cap=fairness.is_cap(problem),
            levels=levels,
            has_precedences=any(task.after for task in problem.tasks),
            followers=tuple(tuple(f) for f in followers),
        )


def _varies(problem: Problem, level: Level) -> bool:
    if level == VALUE:
        return not all(task.required for task in problem.tasks)
    if level == CHANGES:
        return problem.previous is not None
    return bool(breaks.counted(problem))


class Incumbent:
    """Starts and venues of the best schedule so far, venue use per slot, breaks per person."""

    def __init__(self, problem: Problem, facts: Facts, solution: Solution) -> None:
        self.problem, self.facts = problem, facts
        self.starts: list[int | None] = list(solution.starts)
        self.venues: list[int | None] = [
            (venue if venue is not None else problem.tasks[t].venues[0]) if start is not None
            else None
            for t, (start, venue) in enumerate(zip(solution.starts, solution.venues, strict=True))
        ]  # fmt: skip
        self.usage: dict[tuple[int, int], int] = defaultdict(int)
        for t in range(len(problem.tasks)):
            self._use(t, +1)
        self.breaks = [self.own_breaks(p) for p in range(problem.n_participants)]

    def _use(self, t: int, sign: int) -> None:
        start, venue = self.starts[t], self.venues[t]
        if start is None or venue is None:
            return
        for slot in range(start, start + self.problem.tasks[t].duration):
            self.usage[venue, slot] += sign

    def own_breaks(self, p: int) -> int:
        """Breaks of participant ``p`` in the current schedule."""
        busy = sorted(
            slot
            for t in self.facts.tasks_of[p]
            if (start := self.starts[t]) is not None
            for slot in range(start, start + self.problem.tasks[t].duration)
        )
        day = self.problem.slot_day
        return sum(1 for a, b in pairwise(busy) if b > a + 1 and day[a] == day[b])

    def move(self, placements: dict[int, tuple[int | None, int | None]]) -> None:
        """Re-place tasks (``(None, None)`` = unplace) and update the counts they touch."""
        touched: set[int] = set()
        for t, (start, venue) in placements.items():
            self._use(t, -1)
            self.starts[t], self.venues[t] = start, venue
            self._use(t, +1)
            touched.update(self.problem.tasks[t].participants)
        for p in touched:
            self.breaks[p] = self.own_breaks(p)

    def unplaced_required(self) -> list[int]:
        return [
            t
            for t, task in enumerate(self.problem.tasks)
            if task.required and self.starts[t] is None
        ]

    def weighted_breaks(self) -> int:
        weight = self.problem.break_weight
        return sum(weight[p] * self.breaks[p] for p in self.facts.counted)

    def fair_range(self, moving: set[int]) -> tuple[int, int] | None:
        """Breaks a moving participant may have: ``[m, m + d]``, ``m`` the fewest breaks of
        the counted participants who stay put (0 where fairness is a cap). Every moving
        participant inside it keeps the schedule fair whenever the others are, however many
        moves are made at once (None: no fairness, or nobody stays put). While the schedule is
        still unfair (greedy does not seek fairness), the neighbourhood minimises the distance
        to this range."""
        d = self.problem.fairness
        if d is None or len(self.facts.counted) < 2:
            return None
        if self.facts.fairness_is_cap:
            return 0, d
        others = [self.breaks[p] for p in self.facts.counted if p not in moving]
        if not others:
            return None
        return min(others), min(others) + d

    def unfair(self) -> list[int]:
        """Counted participants outside the fairness range of the others (empty when fair)."""
        d = self.problem.fairness
        if d is None or len(self.facts.counted) < 2:
            return []
        low = 0 if self.facts.fairness_is_cap else min(self.breaks[p] for p in self.facts.counted)
        return [p for p in self.facts.counted if self.breaks[p] > low + d]

    def solution(self) -> Solution:
        return Solution(tuple(self.starts), tuple(self.venues), "feasible", {}, {}, 0.0)
