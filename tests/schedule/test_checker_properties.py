"""Property: the checker accepts every schedule the solver returns and rejects mutated ones."""

from __future__ import annotations

import dataclasses

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from problem_factories import problem, task

from wafd.schedule.checker import find_violations
from wafd.schedule.greedy import solve_greedy
from wafd.schedule.problem import Problem, Solution
from wafd.schedule.solver import solve

SOLVER_RUNS = settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def small_problems(draw: st.DrawFn) -> Problem:
    """Up to 5 participants, 6 slots over 1-2 days, 2 venues with travel, mixed tasks."""
    n_people = draw(st.integers(2, 5))
    n_slots = draw(st.integers(3, 6))
    split = draw(st.integers(1, n_slots))
    people = st.integers(0, n_people - 1)
    tasks = []
    for i in range(draw(st.integers(1, 7))):
        first = draw(people)
        second = draw(people.filter(lambda q, first=first: q != first))
        tasks.append(
            task(
                f"t{i}",
                first,
                second,
                duration=draw(st.integers(1, 2)),
                value=draw(st.integers(1, 4)),
                venues=draw(st.sampled_from([(0,), (1,), (0, 1)])),
                after=(draw(st.integers(0, i - 1)),) if i and draw(st.booleans()) else (),
            )
        )
    return problem(
        tasks,
        n_participants=n_people,
        n_slots=n_slots,
        slot_day=tuple(0 if s < split else 1 for s in range(n_slots)),
        unavailable={
            p: draw(st.sets(st.integers(0, n_slots - 1), max_size=2)) for p in range(n_people)
        },
        capacity=(draw(st.integers(1, 2)), 1),
        travel=((0, draw(st.integers(0, 1))), (1, 0)),
        max_per_day={p: draw(st.integers(1, 3)) for p in range(n_people)},
        fairness=draw(st.sampled_from([None, 1, 2])),
    )


def moved(solution: Solution, t: int, start: int, venue: int | None = None) -> Solution:
    starts = list(solution.starts)
    venues = list(solution.venues)
    starts[t] = start
    if venue is not None:
        venues[t] = venue
    return dataclasses.replace(solution, starts=tuple(starts), venues=tuple(venues))


def kinds(found: list[object]) -> set[str]:
    return {v.constraint for v in found}  # type: ignore[attr-defined]


@SOLVER_RUNS
@given(small_problems())
def test_checker_accepts_every_schedule_the_solver_returns(generated: Problem) -> None:
    solution = solve(generated, time_limit=2)

    assert solution.status in ("optimal", "feasible")
    assert find_violations(generated, solution) == []


@SOLVER_RUNS
@given(small_problems())
def test_checker_accepts_greedy_schedules_apart_from_fairness(generated: Problem) -> None:
    solution = solve_greedy(generated)

    assert kinds(find_violations(generated, solution)) <= {"fairness"}


@SOLVER_RUNS
@given(small_problems(), st.data())
def test_checker_rejects_a_meeting_moved_onto_a_busy_participant(
    generated: Problem, data: st.DataObject
) -> None:
    solution = solve(generated, time_limit=2)
    clashes = [
        (a, b)
        for a, start in enumerate(solution.starts)
        for b, other in enumerate(solution.starts)
        if a != b
        and start is not None
        and other is not None
        and other + generated.tasks[a].duration <= generated.n_slots
        and set(generated.tasks[a].participants) & set(generated.tasks[b].participants)
    ]
    assume(clashes)
    a, b = data.draw(st.sampled_from(clashes))
    other = solution.starts[b]
    assert other is not None

    found = find_violations(generated, moved(solution, a, other, solution.venues[b]))

    assert "one_at_a_time" in kinds(found)


@SOLVER_RUNS
@given(small_problems(), st.data())
def test_checker_rejects_a_meeting_moved_into_a_forbidden_slot(
    generated: Problem, data: st.DataObject
) -> None:
    solution = solve(generated, time_limit=2)
    forbidden = [
        (t, slot)
        for t, start in enumerate(solution.starts)
        if start is not None
        for p in generated.tasks[t].participants
        for slot in generated.unavailable[p]
        if slot + generated.tasks[t].duration <= generated.n_slots
    ]
    assume(forbidden)
    t, slot = data.draw(st.sampled_from(forbidden))

    found = find_violations(generated, moved(solution, t, slot))

    assert "availability" in kinds(found)


@SOLVER_RUNS
@given(small_problems())
def test_checker_rejects_meetings_stacked_over_a_venue_capacity(generated: Problem) -> None:
    solution = solve(generated, time_limit=2)
    stackable = [
        (second, start, venue)
        for first, (start, venue) in enumerate(zip(solution.starts, solution.venues, strict=True))
        for second in range(len(generated.tasks))
        if second != first
        and start is not None
        and venue is not None
        and solution.starts[second] is not None
        and start + generated.tasks[second].duration <= generated.n_slots
    ]
    assume(stackable)
    second, start, venue = stackable[0]
    one_table = dataclasses.replace(generated, venue_capacity=(1, 1))

    found = find_violations(one_table, moved(solution, second, start, venue))

    assert "capacity" in kinds(found)


@SOLVER_RUNS
@given(small_problems())
def test_checker_rejects_a_dropped_required_meeting(generated: Problem) -> None:
    solution = solve(generated, time_limit=2)
    placed = [t for t, s in enumerate(solution.starts) if s is not None]
    assume(placed)
    t = placed[0]
    strict = dataclasses.replace(
        generated,
        tasks=tuple(
            dataclasses.replace(task_, required=True) if i == t else task_
            for i, task_ in enumerate(generated.tasks)
        ),
    )
    dropped = dataclasses.replace(
        solution, starts=tuple(None if i == t else s for i, s in enumerate(solution.starts))
    )

    assert "required" in kinds(find_violations(strict, dropped))
