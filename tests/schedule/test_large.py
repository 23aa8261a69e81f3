"""The anytime search for large events: repair, descent and CP-SAT moves keep every schedule
valid once it is, place what greedy leaves out, and repeat themselves with a seed."""

from __future__ import annotations

import dataclasses
import random
import time

from problem_factories import problem, task

from wafd.schedule.checker import find_violations
from wafd.schedule.descent import Descent
from wafd.schedule.greedy import solve_greedy
from wafd.schedule.incumbent import Facts, Incumbent
from wafd.schedule.large import polish_breaks, solve_large
from wafd.schedule.lns import Budget, improve
from wafd.schedule.neighbourhood import Placements
from wafd.schedule.objectives import Objectives
from wafd.schedule.problem import Problem
from wafd.schedule.terms import breaks


def event(people: int, slots: int, seed: int, away_share: float = 0.2) -> Problem:
    """A one-day B2B event built from a schedule in which nobody has more than one break (as
    bench/b2b_events.py, simpler): each participant busy in one window, each slot's busy
    people paired at random (a pair met before is left out, which may open a gap); as many
    tables as the busiest slot needs; each is away with ``away_share`` outside their window."""
    rng = random.Random(seed)
    windows = []
    for _ in range(people):
        length = rng.randint(2, slots - 2)
        first = rng.randint(0, slots - length)
        windows.append(range(first, first + length))
    met: set[tuple[int, int]] = set()
    tasks = []
    needed = 1
    for slot in range(slots):
        busy = [p for p in range(people) if slot in windows[p]]
        rng.shuffle(busy)
        pairs = {(min(a, b), max(a, b)) for a, b in zip(busy[::2], busy[1::2], strict=False)}
        needed = max(needed, len(pairs - met))
        for a, b in sorted(pairs - met):
            tasks.append(task(f"m{len(tasks)}", a, b, required=True))
        met |= pairs
    rng.shuffle(tasks)
    away = {p: {s for s in range(slots) if s not in windows[p] and rng.random() < away_share}
            for p in range(people)}  # fmt: skip
    return problem(
        tasks, n_participants=people, n_slots=slots, unavailable=away, capacity=(needed,),
        fairness=2,
    )  # fmt: skip


class CheckedIncumbent(Incumbent):
    """An incumbent that runs the checker after every move it is given."""

    valid_since: int | None = None
    moves = 0

    def move(self, placements: Placements) -> None:
        super().move(placements)
        self.moves += 1
        violations = find_violations(self.problem, self.solution())
        if self.valid_since is not None:
            assert violations == [], f"move {self.moves} after a valid schedule: {violations}"
        elif not violations:
            self.valid_since = self.moves


def start(event: Problem) -> CheckedIncumbent:
    facts = Facts.of(event, Objectives().order)
    return CheckedIncumbent(event, facts, solve_greedy(event))


def test_repair_places_a_required_meeting_greedy_leaves_out() -> None:
    tiny = problem(
        [task("ab", 0, 1, required=True), task("ac", 0, 2, required=True)],
        n_slots=2,
        unavailable={2: {1}},
    )
    greedy = solve_greedy(tiny)

    solution = solve_large(
        tiny, objectives=Objectives(), time_limit=5, began=time.perf_counter(),
        on_progress=None, hint=None, seed=None,
    )  # fmt: skip

    assert greedy.starts == (0, None)
    assert solution.starts == (1, 0)
    assert find_violations(tiny, solution) == []


def test_moves_keep_every_schedule_valid_once_it_is() -> None:
    instance = event(30, 8, seed=3, away_share=0.5)
    incumbent = start(instance)
    left_out = len(incumbent.unplaced_required())

    improve(incumbent, Budget(deadline=0, work=3.0), seed=1, began=0.0, on_progress=None,
            bounds={}, repair_only=True)  # fmt: skip
    Descent(incumbent).run(float("inf"), random.Random(1), steps=300)
    improve(incumbent, Budget(deadline=0, work=3.0), seed=1, began=0.0, on_progress=None,
            bounds={})  # fmt: skip

    assert left_out == 2  # greedy's schedule is not valid: repair ran first
    assert incumbent.valid_since is not None
    assert incumbent.moves > incumbent.valid_since + 20
    assert find_violations(instance, incumbent.solution()) == []
    assert (
        breaks.evaluate(instance, incumbent.solution()) < solve_greedy(instance).objective["breaks"]
    )


def test_solve_large_with_a_seed_gives_the_same_schedule() -> None:
    instance = event(30, 8, seed=5)

    def run() -> tuple[int | None, ...]:
        solution = solve_large(
            instance, objectives=Objectives(), time_limit=2, began=time.perf_counter(),
            on_progress=None, hint=None, seed=11,
        )  # fmt: skip
        return solution.starts

    assert run() == run()


def test_polish_removes_breaks_and_keeps_the_schedule_valid_with_precedences() -> None:
    plain = event(30, 8, seed=4)
    first = solve_greedy(plain)
    tasks = list(plain.tasks)
    for p, mine in enumerate(plain.tasks_of()):  # each person's first two meetings, in order
        if p % 2 == 0 or len(mine) < 2:
            continue
        a, b = sorted(mine[:2], key=lambda t: first.starts[t] or 0)
        if first.starts[a] != first.starts[b]:
            tasks[b] = dataclasses.replace(tasks[b], after=(*tasks[b].after, a))
    instance = dataclasses.replace(plain, tasks=tuple(tasks))
    greedy = solve_greedy(instance)
    unproven = dataclasses.replace(greedy, status="feasible", bound={"breaks": 0})

    polished = polish_breaks(instance, unproven, seconds=5.0, seed=2)

    assert find_violations(instance, greedy) == []
    assert find_violations(instance, polished) == []
    assert polished.objective["breaks"] == breaks.evaluate(instance, polished)
    assert polished.objective["breaks"] < breaks.evaluate(instance, greedy)
