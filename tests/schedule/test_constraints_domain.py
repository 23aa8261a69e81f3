"""Domain rules (where one task may go): the solver respects them, the checker flags breaches."""

from __future__ import annotations

from problem_factories import problem, schedule, task

from wafd.schedule.checker import find_violations
from wafd.schedule.solver import solve


def names(found: list[object]) -> list[str]:
    return [v.constraint for v in found]  # type: ignore[attr-defined]


def test_within_day_solver_keeps_a_two_slot_meeting_inside_one_day() -> None:
    days = problem([task("a", 0, 1, duration=2, required=True)], slot_day=(0, 0, 0, 1))

    solution = solve(days, time_limit=5)

    assert solution.starts[0] in (0, 1)
    assert find_violations(days, solution) == []


def test_within_day_checker_flags_a_meeting_running_into_the_next_day() -> None:
    days = problem([task("a", 0, 1, duration=2)], slot_day=(0, 0, 1, 1))

    assert names(find_violations(days, schedule([1]))) == ["within_day"]
    assert names(find_violations(days, schedule([3]))) == ["within_day"]


def test_within_day_solver_reports_infeasible_when_no_day_is_long_enough() -> None:
    days = problem([task("a", 0, 1, duration=3, required=True)], slot_day=(0, 0, 1, 1))

    assert solve(days, time_limit=5).status == "infeasible"


def test_availability_solver_avoids_forbidden_slots_of_every_participant() -> None:
    blocked = problem([task("a", 0, 1, required=True)], unavailable={0: {0, 1}, 1: {3}})

    solution = solve(blocked, time_limit=5)

    assert solution.starts == (2,)
    assert find_violations(blocked, solution) == []


def test_availability_checker_flags_a_meeting_in_a_forbidden_slot() -> None:
    blocked = problem([task("a", 0, 1)], unavailable={1: {0}})

    found = find_violations(blocked, schedule([0]))

    assert names(found) == ["availability"]
    assert found[0].tasks == (0,)
    assert found[0].participants == (0, 1)


def test_availability_session_limits_starts_for_solver_and_checker() -> None:
    afternoon = problem([task("a", 0, 1, required=True, allowed_starts=frozenset({2, 3}))])

    assert solve(afternoon, time_limit=5).starts[0] in (2, 3)
    assert names(find_violations(afternoon, schedule([0]))) == ["availability"]


def test_availability_solver_reports_infeasible_when_a_participant_is_never_free() -> None:
    blocked = problem([task("a", 0, 1, required=True)], unavailable={0: {0, 1, 2, 3}})

    assert solve(blocked, time_limit=5).status == "infeasible"


def test_fixed_solver_keeps_fixed_start_and_venue() -> None:
    fixed = problem(
        [task("a", 0, 1, required=True, venues=(0, 1), fixed_start=2, fixed_venue=1)],
        capacity=(1, 1),
    )

    solution = solve(fixed, time_limit=5)

    assert (solution.starts, solution.venues) == ((2,), (1,))


def test_fixed_checker_flags_a_moved_fixed_meeting_and_a_wrong_venue() -> None:
    fixed = problem([task("a", 0, 1, venues=(0, 1), fixed_start=2)], capacity=(1, 1))

    assert names(find_violations(fixed, schedule([1], [0]))) == ["fixed"]
    assert names(find_violations(fixed, schedule([2], [1]))) == []
    assert names(find_violations(fixed, schedule([2], [2]))) == ["fixed"]


def test_fixed_solver_reports_infeasible_when_the_fixed_slot_is_forbidden() -> None:
    fixed = problem([task("a", 0, 1, required=True, fixed_start=1)], unavailable={0: {1}})

    assert solve(fixed, time_limit=5).status == "infeasible"
