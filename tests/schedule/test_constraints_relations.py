"""Constraints between placements: feasible and infeasible cases for solver and checker."""

from __future__ import annotations

from problem_factories import problem, schedule, task

from wafd.schedule.checker import find_violations
from wafd.schedule.solver import solve


def names(problem_: object, solution: object) -> list[str]:
    return [v.constraint for v in find_violations(problem_, solution)]  # type: ignore[arg-type]


def test_one_at_a_time_solver_gives_a_shared_participant_different_slots() -> None:
    shared = problem([task("a", 0, 1, required=True), task("b", 0, 2, required=True)], n_slots=2)

    solution = solve(shared, time_limit=5)

    assert sorted(solution.starts) == [0, 1]  # type: ignore[type-var]
    assert find_violations(shared, solution) == []


def test_one_at_a_time_checker_flags_overlapping_meetings_of_one_participant() -> None:
    shared = problem([task("a", 0, 1, duration=2), task("b", 0, 2)], n_slots=3)

    found = find_violations(shared, schedule([0, 1]))

    assert [(v.constraint, v.tasks, v.participants) for v in found] == [
        ("one_at_a_time", (0, 1), (0,))
    ]


def test_one_at_a_time_solver_reports_infeasible_with_more_meetings_than_slots() -> None:
    crowded = problem(
        [task(f"m{i}", 0, i, required=True) for i in (1, 2, 3)], n_participants=4, n_slots=2
    )

    assert solve(crowded, time_limit=5).status == "infeasible"


def travelling(n_slots: int, slot_day: tuple[int, ...] | None = None) -> object:
    return problem(
        [task("a", 0, 1, required=True, venues=(0,)), task("b", 0, 2, required=True, venues=(1,))],
        n_slots=n_slots,
        slot_day=slot_day,
        capacity=(1, 1),
        travel=((0, 1), (1, 0)),
    )


def test_travel_solver_leaves_a_slot_to_travel_between_venues() -> None:
    tour = travelling(3)

    solution = solve(tour, time_limit=5)  # type: ignore[arg-type]

    assert sorted(solution.starts) == [0, 2]  # type: ignore[type-var]
    assert find_violations(tour, solution) == []  # type: ignore[arg-type]


def test_travel_checker_flags_back_to_back_meetings_in_different_venues() -> None:
    assert names(travelling(3), schedule([0, 1], [0, 1])) == ["one_at_a_time"]


def test_travel_solver_reports_infeasible_without_time_to_travel_on_one_day() -> None:
    assert solve(travelling(2), time_limit=5).status == "infeasible"  # type: ignore[arg-type]


def test_travel_between_days_happens_overnight() -> None:
    tour = travelling(2, slot_day=(0, 1))

    assert solve(tour, time_limit=5).status == "optimal"  # type: ignore[arg-type]
    assert names(tour, schedule([0, 1], [0, 1])) == []


def test_capacity_solver_spreads_meetings_over_the_tables() -> None:
    one_table = problem(
        [task("a", 0, 1, required=True), task("b", 2, 3, required=True)],
        n_participants=4,
        n_slots=2,
        capacity=(1,),
    )

    solution = solve(one_table, time_limit=5)

    assert sorted(solution.starts) == [0, 1]  # type: ignore[type-var]


def test_capacity_checker_flags_more_meetings_than_tables() -> None:
    one_table = problem([task("a", 0, 1), task("b", 2, 3)], n_participants=4, capacity=(1,))

    found = find_violations(one_table, schedule([1, 1]))

    assert [(v.constraint, v.tasks, v.participants) for v in found] == [
        ("capacity", (0, 1), (0, 1, 2, 3))
    ]


def test_capacity_solver_reports_infeasible_with_too_few_tables() -> None:
    one_table = problem(
        [task("a", 0, 1, required=True), task("b", 2, 3, required=True)],
        n_participants=4,
        n_slots=1,
        capacity=(1,),
    )

    assert solve(one_table, time_limit=5).status == "infeasible"


def test_precedence_solver_puts_the_earlier_task_first() -> None:
    ordered = problem(
        [task("b", 0, 1, required=True, after=(1,)), task("a", 0, 2, required=True, duration=2)]
    )

    solution = solve(ordered, time_limit=5)

    start_b, start_a = solution.starts
    assert start_a is not None
    assert start_b is not None
    assert start_b >= start_a + 2


def test_precedence_checker_flags_the_later_task_starting_first() -> None:
    ordered = problem([task("a", 0, 1), task("b", 2, 1, after=(0,))])

    assert names(ordered, schedule([1, 0])) == ["precedence"]
    assert names(ordered, schedule([1, None])) == []


def test_precedence_solver_reports_infeasible_against_fixed_starts() -> None:
    ordered = problem(
        [
            task("a", 0, 1, required=True, fixed_start=2),
            task("b", 2, 1, required=True, after=(0,), fixed_start=1),
        ]
    )

    assert solve(ordered, time_limit=5).status == "infeasible"


def test_max_per_day_solver_spreads_meetings_over_days() -> None:
    two_days = problem(
        [task("a", 0, 1, required=True), task("b", 0, 2, required=True)],
        slot_day=(0, 0, 1, 1),
        max_per_day={0: 1},
    )

    solution = solve(two_days, time_limit=5)

    assert {two_days.slot_day[s] for s in solution.starts if s is not None} == {0, 1}


def test_max_per_day_checker_flags_too_many_meetings_in_a_day() -> None:
    two_days = problem(
        [task("a", 0, 1), task("b", 0, 2)], slot_day=(0, 0, 1, 1), max_per_day={0: 1}
    )

    assert names(two_days, schedule([0, 1])) == ["max_per_day"]
    assert names(two_days, schedule([0, 2])) == []


def test_max_per_day_solver_reports_infeasible_when_one_day_must_hold_more() -> None:
    one_day = problem(
        [task("a", 0, 1, required=True), task("b", 0, 2, required=True)], max_per_day={0: 1}
    )

    assert solve(one_day, time_limit=5).status == "infeasible"


def test_required_checker_flags_an_unplaced_required_task_only() -> None:
    mixed = problem([task("a", 0, 1, required=True), task("b", 0, 2)])

    assert names(mixed, schedule([None, 0])) == ["required"]
    assert names(mixed, schedule([0, None])) == []


def test_required_solver_drops_an_optional_task_but_not_a_required_one() -> None:
    one_slot = problem([task("a", 0, 1, value=5), task("b", 0, 2, required=True)], n_slots=1)

    solution = solve(one_slot, time_limit=5)

    assert solution.starts == (None, 0)


def test_required_solver_reports_infeasible_when_required_tasks_cannot_all_fit() -> None:
    one_slot = problem([task("a", 0, 1, required=True), task("b", 0, 2, required=True)], n_slots=1)

    assert solve(one_slot, time_limit=5).status == "infeasible"


def forced_break(fairness: int) -> object:
    """p0 meets p1 and p2 but is away at slot 1: one break for p0, none for the others."""
    return problem(
        [task("a", 0, 1, required=True), task("b", 0, 2, required=True)],
        n_slots=3,
        unavailable={0: {1}},
        fairness=fairness,
    )


def test_fairness_solver_accepts_breaks_within_the_bound() -> None:
    fair = forced_break(1)

    solution = solve(fair, time_limit=5)  # type: ignore[arg-type]

    assert (solution.status, solution.objective["breaks"]) == ("optimal", 1)


def test_fairness_checker_flags_breaks_too_far_apart() -> None:
    assert names(forced_break(0), schedule([0, 2])) == ["fairness"]
    assert names(forced_break(1), schedule([0, 2])) == []


def test_fairness_solver_reports_infeasible_when_breaks_cannot_be_balanced() -> None:
    assert solve(forced_break(0), time_limit=5).status == "infeasible"  # type: ignore[arg-type]
