"""The compiled scheduling problem: what the solver, the greedy baseline and the checker share.

A Mission (tour or B2B event) is compiled into this slot-based form by the mission layer; the
engine never looks at the domain model. Keeping the problem small, frozen and integer-only
makes it cheap to hash, easy to generate in tests and benchmarks, and independent of any
file format.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Task:
    """One meeting to place: who meets, for how long, where it may go and what it is worth."""

    id: str
    participants: tuple[int, ...]
    duration: int
    value: int = 1
    required: bool = False
    allowed_starts: frozenset[int] | None = None
    venues: tuple[int, ...] = (0,)
    fixed_start: int | None = None
    fixed_venue: int | None = None
    after: tuple[int, ...] = ()
    kind: str = "one_to_one"


@dataclass(frozen=True, slots=True)
class Problem:
    """Slots, participants, venues and tasks; every index is a position in these tuples.

    ``slot_day[s]`` is the day of slot ``s``: a meeting never spans two days, breaks are counted
    within a day, ``max_per_day`` limits meetings per day. ``travel[a][b]`` is the number of whole
    slots a participant needs between a meeting at venue ``a`` and one at venue ``b``.
    """

    n_slots: int
    slot_minutes: int
    slot_day: tuple[int, ...]
    participants: tuple[str, ...]
    unavailable: tuple[frozenset[int], ...]
    venue_names: tuple[str, ...]
    venue_capacity: tuple[int, ...]
    travel: tuple[tuple[int, ...], ...]
    tasks: tuple[Task, ...]
    max_per_day: tuple[int | None, ...]
    break_weight: tuple[int, ...]
    fairness: int | None = None
    previous: tuple[int | None, ...] | None = None

    @property
    def n_participants(self) -> int:
        return len(self.participants)

    @property
    def n_days(self) -> int:
        return max(self.slot_day, default=-1) + 1

    def tasks_of(self) -> tuple[tuple[int, ...], ...]:
        """Task indices per participant, in task order."""
        per: list[list[int]] = [[] for _ in self.participants]
        for t, task in enumerate(self.tasks):
            for p in task.participants:
                per[p].append(t)
        return tuple(tuple(ts) for ts in per)


@dataclass(frozen=True, slots=True)
class Solution:
    """Where each task went (``None`` = not placed), with the solver's status and proof."""

    starts: tuple[int | None, ...]
    venues: tuple[int | None, ...]
    status: str
    objective: dict[str, int]
    bound: dict[str, int]
    seconds: float
