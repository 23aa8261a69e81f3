"""The degree relaxation bounds placed value from above; the warm start beats booking order."""

from __future__ import annotations

import dataclasses
import time

from problem_factories import problem, task

from wafd.schedule.greedy import solve_greedy, value_first
from wafd.schedule.large import solve_large
from wafd.schedule.objectives import Objectives
from wafd.schedule.problem import Problem
from wafd.schedule.relaxation import value_upper_bound
from wafd.schedule.solver import solve


def popular_host() -> Problem:
    """p0 is wanted by p1..p4 (values 1..4) but is free for only two of the three slots."""
    return problem(
        [task(f"m{q}", 0, q, value=q) for q in (1, 2, 3, 4)],
        n_participants=5,
        n_slots=3,
        unavailable={0: {2}},
    )


def test_value_upper_bound_counts_only_the_slots_a_participant_has() -> None:
    bound, picked = value_upper_bound(popular_host())

    assert (bound, sorted(picked)) == (7, [2, 3])


def test_value_upper_bound_is_never_below_the_optimum() -> None:
    host = popular_host()

    optimum = solve(host, time_limit=5)

    assert optimum.objective["value"] == 7
    assert value_upper_bound(host)[0] >= optimum.objective["value"]


def test_value_first_booking_keeps_slots_for_the_valuable_requests() -> None:
    host = popular_host()

    first_come = solve_greedy(host)
    by_value = solve_greedy(host, value_first(host))

    assert (first_come.objective["value"], by_value.objective["value"]) == (3, 7)


def test_large_answer_is_optimal_when_it_meets_the_bound_and_breaks_do_not_count() -> None:
    host = dataclasses.replace(popular_host(), break_weight=(0,) * 5)

    answer = solve_large(
        host, objectives=Objectives(), time_limit=5, began=time.perf_counter(),
        on_progress=None, hint=None, seed=None,
    )  # fmt: skip

    assert (answer.status, answer.objective["value"], answer.bound["value"]) == ("optimal", 7, 7)
