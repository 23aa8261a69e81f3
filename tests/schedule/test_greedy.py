"""First-come-first-served: earliest feasible slot, in request order, never moving a booking."""

from __future__ import annotations

from problem_factories import problem, task

from wafd.schedule.checker import find_violations
from wafd.schedule.greedy import solve_greedy


def test_greedy_books_each_request_at_its_earliest_free_slot() -> None:
    requests = problem([task("a", 0, 1), task("b", 0, 2), task("c", 1, 2)], n_slots=4)

    solution = solve_greedy(requests)

    assert solution.starts == (0, 1, 2)
    assert find_violations(requests, solution) == []


def test_greedy_leaves_a_late_request_unplaced_that_an_optimiser_would_fit() -> None:
    # a takes slot 0 although only b could use it; b is then left out.
    late = problem(
        [task("a", 0, 1, required=True), task("b", 0, 2, required=True)],
        n_slots=2,
        unavailable={2: {1}},
    )

    solution = solve_greedy(late)

    assert solution.starts == (0, None)
    assert solution.status == "unknown"
    assert [v.constraint for v in find_violations(late, solution)] == ["required"]


def test_greedy_books_a_task_after_the_tasks_it_must_follow() -> None:
    ordered = problem([task("b", 0, 1, after=(1,)), task("a", 0, 2)], n_slots=3)

    solution = solve_greedy(ordered)

    assert solution.starts == (1, 0)


def test_greedy_respects_travel_capacity_and_daily_limits() -> None:
    busy_day = problem(
        [
            task("a", 0, 1, venues=(0,)),
            task("b", 0, 2, venues=(1,)),
            task("c", 1, 2, venues=(0,)),
            task("d", 0, 1, venues=(0,)),
        ],
        n_slots=6,
        slot_day=(0, 0, 0, 1, 1, 1),
        capacity=(1, 1),
        travel=((0, 1), (1, 0)),
        max_per_day={0: 2},
    )

    solution = solve_greedy(busy_day)

    # c: slot 0 table taken, slot 1 leaves p2 no time to travel to b, slot 2 p2 busy.
    # d: p0 already has two meetings on day 0; slot 3's only table holds c.
    assert solution.starts == (0, 2, 3, 4)
    assert find_violations(busy_day, solution) == []
