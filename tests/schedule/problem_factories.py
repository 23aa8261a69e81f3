"""Small compiled Problems and hand-made Solutions for the engine's tests."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from wafd.schedule.problem import Problem, Solution, Task


def task(task_id: str, *participants: int, duration: int = 1, **options: object) -> Task:
    return Task(task_id, tuple(participants), duration, **options)  # type: ignore[arg-type]


def problem(
    tasks: list[Task],
    *,
    n_participants: int = 3,
    n_slots: int = 4,
    slot_day: tuple[int, ...] | None = None,
    unavailable: dict[int, set[int]] | None = None,
    capacity: tuple[int, ...] = (10,),
    travel: tuple[tuple[int, ...], ...] | None = None,
    max_per_day: dict[int, int] | None = None,
    fairness: int | None = None,
    previous: tuple[int | None, ...] | None = None,
) -> Problem:
    blocked = unavailable or {}
    limits = max_per_day or {}
    return Problem(
        n_slots=n_slots,
        slot_minutes=30,
        slot_day=slot_day or (0,) * n_slots,
        participants=tuple(f"p{i}" for i in range(n_participants)),
        unavailable=tuple(frozenset(blocked.get(p, set())) for p in range(n_participants)),
        venue_names=tuple(f"v{v}" for v in range(len(capacity))),
        venue_capacity=capacity,
        travel=travel or tuple(tuple(0 for _ in capacity) for _ in capacity),
        tasks=tuple(tasks),
        max_per_day=tuple(limits.get(p) for p in range(n_participants)),
        break_weight=(1,) * n_participants,
        fairness=fairness,
        previous=previous,
    )


def schedule(starts: list[int | None], venues: list[int | None] | None = None) -> Solution:
    """A hand-made schedule; venues default to the first candidate (``None``)."""
    chosen = venues if venues is not None else [None] * len(starts)
    return Solution(tuple(starts), tuple(chosen), "feasible", {}, {}, 0.0)


@st.composite
def one_day_meetings(
    draw: st.DrawFn,
    *,
    people: int,
    slots: int,
    most_meetings: int,
    most_away: int,
    **drawn: st.SearchStrategy[Any],
) -> Problem:
    """A one-day event of required one-to-one meetings (the B2B case) with random absences;
    ``drawn`` gives further ``problem`` options as strategies (capacity, fairness...)."""
    pairs = [(a, b) for a in range(people) for b in range(a + 1, people)]
    chosen = draw(st.lists(st.sampled_from(pairs), min_size=2, max_size=most_meetings, unique=True))
    away = draw(
        st.dictionaries(
            st.integers(0, people - 1), st.sets(st.integers(0, slots - 1), max_size=most_away)
        )
    )
    return problem(
        [task(f"m{i}", a, b, required=True) for i, (a, b) in enumerate(chosen)],
        n_participants=people,
        n_slots=slots,
        unavailable=away,
        **{name: draw(strategy) for name, strategy in drawn.items()},
    )
