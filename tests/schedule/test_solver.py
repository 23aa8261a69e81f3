"""Lexicographic objectives, progress reports, hints and reproducibility of ``solve``."""

from __future__ import annotations

from problem_factories import problem, schedule, task

from wafd.schedule.checker import find_violations
from wafd.schedule.greedy import solve_greedy
from wafd.schedule.minimise import FIRST_ASCENT_SHARE
from wafd.schedule.objectives import BREAKS, VALUE, Objectives
from wafd.schedule.solver import SolverSettings, solve


def away_at_slot_one() -> object:
    """p0 wants to meet p1 (value 2) and p2 (value 1) but is away at slot 1 of 3."""
    return problem(
        [task("a", 0, 1, value=2), task("b", 0, 2, value=1)], n_slots=3, unavailable={0: {1}}
    )


def test_solve_prefers_the_more_valuable_of_two_conflicting_meetings() -> None:
    one_slot = problem([task("a", 0, 1, value=1), task("b", 0, 2, value=3)], n_slots=1)

    solution = solve(one_slot, time_limit=5)

    assert solution.starts == (None, 0)
    assert (solution.status, solution.objective["value"], solution.bound["value"]) == (
        "optimal",
        3,
        3,
    )


def test_solve_places_value_before_breaks_by_default() -> None:
    solution = solve(away_at_slot_one(), time_limit=5)  # type: ignore[arg-type]

    assert (solution.objective["value"], solution.objective["breaks"]) == (3, 1)


def test_solve_places_breaks_before_value_when_asked() -> None:
    compact_first = Objectives(order=(BREAKS, VALUE))

    solution = solve(away_at_slot_one(), objectives=compact_first, time_limit=5)  # type: ignore[arg-type]

    assert (solution.objective["breaks"], solution.objective["value"]) == (0, 2)


def test_solve_packs_meetings_without_breaks_when_possible() -> None:
    three = problem(
        [task(f"m{q}", 0, q, required=True) for q in (1, 2, 3)], n_participants=4, n_slots=6
    )

    solution = solve(three, time_limit=5)

    starts = sorted(s for s in solution.starts if s is not None)
    assert starts == list(range(starts[0], starts[0] + 3))
    assert solution.objective["breaks"] == 0


def test_solve_replanning_keeps_previous_starts_when_still_possible() -> None:
    published = problem(
        [task("a", 0, 1), task("b", 0, 2), task("c", 1, 2)],
        n_slots=4,
        previous=(3, 0, 1),
    )

    solution = solve(published, objectives=Objectives.replanning(), time_limit=5)

    assert solution.starts == (3, 0, 1)
    assert solution.objective["changes"] == 0


def test_solve_replanning_moves_only_what_a_new_absence_forces() -> None:
    published = problem(
        [task("a", 0, 1), task("b", 0, 2), task("c", 1, 2)],
        n_slots=4,
        unavailable={2: {0}},
        previous=(3, 0, 1),
    )

    solution = solve(published, objectives=Objectives.replanning(), time_limit=5)

    assert solution.objective["changes"] == 1
    assert solution.starts[0] == 3
    assert solution.starts[2] == 1


def test_solve_reports_progress_per_level_with_bound_and_time() -> None:
    reports: list[tuple[str, int, int, float]] = []

    solve(away_at_slot_one(), time_limit=5, on_progress=lambda *r: reports.append(r))  # type: ignore[arg-type]

    assert [r[0] for r in reports][:1] == ["value"]
    assert reports[-1][:3] == ("breaks", 1, 1)
    assert all(seconds >= 0 for *_, seconds in reports)


def test_solve_returns_infeasible_with_nothing_placed() -> None:
    impossible = problem(
        [task("a", 0, 1, required=True), task("b", 0, 2, required=True)], n_slots=1
    )

    solution = solve(impossible, time_limit=5)

    assert (solution.status, solution.starts) == ("infeasible", (None, None))


def test_solve_proves_a_hidden_impossibility_before_the_first_ascent_ends() -> None:
    """Three participants who must all meet each other, with two slots between them: no single
    participant has too many meetings, yet no schedule exists. Every question of the ascent is
    refuted at once; the climb stops after a few and a search for any schedule proves it."""
    triangle = [task("a", 0, 1, required=True), task("b", 1, 2, required=True)]
    triangle.append(task("c", 0, 2, required=True))
    others = [task(f"m{p}", p, p + 1, required=True) for p in range(3, 100, 2)]
    hidden = problem(
        triangle + others,
        n_participants=101,
        n_slots=16,
        unavailable={p: set(range(2, 16)) for p in range(3)},
    )
    time_limit = 40.0

    solution = solve(hidden, time_limit=time_limit)

    assert solution.status == "infeasible"
    assert solution.seconds < time_limit * FIRST_ASCENT_SHARE / 2


def test_solve_completes_and_proves_what_greedy_leaves_unplaced() -> None:
    pairs = [(0, 1), (0, 2), (0, 3), (0, 4), (1, 3), (2, 3), (3, 4)]
    tight = problem(
        [task(f"m{p}{q}", p, q, required=True) for p, q in pairs],
        n_participants=5,
        n_slots=5,
        unavailable={0: {3}, 1: {0}, 2: {4}, 3: {1}, 4: {3}},
    )
    assert None in solve_greedy(tight).starts

    solution = solve(tight, time_limit=10)

    assert solution.status == "optimal"
    assert None not in solution.starts
    assert find_violations(tight, solution) == []
    assert solution.objective[BREAKS] == solution.bound[BREAKS]


def test_solve_accepts_an_invalid_hint_and_still_finds_a_valid_schedule() -> None:
    tight = problem([task("a", 0, 1, required=True), task("b", 0, 2, required=True)], n_slots=2)

    solution = solve(tight, time_limit=5, hint=schedule([0, 0]))

    assert find_violations(tight, solution) == []


def test_solve_with_a_seed_is_reproducible() -> None:
    many = problem(
        [task(f"m{p}{q}", p, q) for p in range(4) for q in range(p + 1, 5)],
        n_participants=5,
        n_slots=6,
        capacity=(2,),
    )
    settings = SolverSettings(seed=7)

    first = solve(many, time_limit=5, settings=settings)
    second = solve(many, time_limit=5, settings=settings)

    assert first.starts == second.starts
