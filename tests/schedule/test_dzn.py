"""The benchmark reader turns B2B MiniZinc data into a Problem with every rule of the format."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[2] / "bench"))

from dzn import DznError, parse_dzn, problem_from_dzn
from wafd.schedule.checker import find_violations
from wafd.schedule.diagnosis import obvious_conflicts
from wafd.schedule.solver import solve

SMALL = """% two morning slots, two afternoon slots
nBusiness = 3; nMeetings = 3; nTables = 1;
nTotalSlots = 4; nMorningSlots = 2;
requested = [|1, 2, 1, |1, 3, 3, |2, 3, 2 |];
meetingsxBusiness = [{1,2,3},{1,2,4},{1,3,4}];
nMeetingsBusiness = [2,2,2];
forbidden = [{0},{0,1},{0}];
fixed = [0,0,3];
precedences = [{},{1},{}];
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "small.dzn"
    path.write_text(text, encoding="utf-8")
    return path


def test_parse_dzn_reads_integers_sets_ranges_and_tables() -> None:
    data = parse_dzn("a = 3; s = [{0}, {1..3}, {}]; t = [|1, 2, 3 |4, 5, 6 |]; v = [1,2];")

    assert data == {
        "a": 3,
        "s": [frozenset({0}), frozenset({1, 2, 3}), frozenset()],
        "t": [[1, 2, 3], [4, 5, 6]],
        "v": [1, 2],
    }


def test_problem_from_dzn_maps_sessions_forbidden_fixed_and_precedences(tmp_path: Path) -> None:
    problem = problem_from_dzn(write(tmp_path, SMALL))

    first, second, third = problem.tasks
    assert (first.participants, first.allowed_starts) == ((0, 1), frozenset({0, 1}))
    assert second.allowed_starts is None
    assert (third.allowed_starts, third.fixed_start) == (frozenset({2, 3}), 2)
    assert second.after == (0,)
    assert problem.unavailable == (frozenset(), frozenset({0}), frozenset())
    assert (problem.venue_capacity, problem.fairness) == ((1,), 2)
    assert all(task.required for task in problem.tasks)


def test_problem_from_dzn_solves_to_a_schedule_the_checker_accepts(tmp_path: Path) -> None:
    problem = problem_from_dzn(write(tmp_path, SMALL))

    solution = solve(problem, time_limit=5)

    # b2 is away at slot 1: m1 (morning) is at slot 2; m3 is fixed at slot 3, where b3 is
    # then busy, so m2, which must follow m1, goes to slot 4 (0-based: 1, 3, 2).
    assert solution.starts == (1, 3, 2)
    assert find_violations(problem, solution) == []


def test_problem_from_dzn_rejects_a_file_with_a_missing_field(tmp_path: Path) -> None:
    with pytest.raises(DznError, match="nTables"):
        problem_from_dzn(write(tmp_path, SMALL.replace("nTables = 1;", "")))


def test_obvious_conflicts_names_a_participant_with_too_many_meetings(tmp_path: Path) -> None:
    crowded = SMALL.replace("forbidden = [{0},{0,1},{0}]", "forbidden = [{0,2,3,4},{0},{0}]")
    problem = problem_from_dzn(write(tmp_path, crowded))

    found = obvious_conflicts(problem)

    assert [(v.constraint, v.tasks, v.participants) for v in found] == [
        ("one_at_a_time", (0, 1), (0,))
    ]
