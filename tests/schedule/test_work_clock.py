"""A seeded solve stops on CP-SAT's deterministic time (clock.py), so a busy machine does not
change its answer: the same input, seed and time limit give the same schedule, proofs and
status, on a quiet machine and with two CPU-burning processes beside it. On the wall clock
(before clock.py) both comparisons below failed: the loaded run stopped its phases elsewhere."""

from __future__ import annotations

import random
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

import pytest
from ortools.sat.python import cp_model
from problem_factories import problem, task

from wafd.sample.mission import build_sample_mission
from wafd.schedule import clock
from wafd.schedule.ascent import LP_REFUTATION
from wafd.schedule.cpsat_calls import configured_solver
from wafd.schedule.plan import schedule_mission
from wafd.schedule.problem import Problem
from wafd.schedule.solver import SolverSettings, solve

T = TypeVar("T")


@contextmanager
def busy_machine() -> Iterator[None]:
    """Two processes burning a core each (the test machine has two) while the block runs."""
    burners = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(2)]
    try:
        yield
    finally:
        for burner in burners:
            burner.kill()
            burner.wait()


def quiet_and_loaded(run: Callable[[], T]) -> tuple[T, T]:
    first = run()
    with busy_machine():
        second = run()
    return first, second


def crowded_day(seed: int) -> Problem:
    """A B2B-like day: 50 participants, 10 slots, 220 required one-to-one meetings, each
    participant's meetings filling every slot it is free (so breaks come from the others'),
    up to 2 slots away; the per-participant bounds do not meet the optimum, so the solve goes
    through the search and the ascents and, in 2 s, stops them unproven."""
    rng = random.Random(seed)
    people, slots = 50, 10
    away = {p: set(rng.sample(range(slots), rng.randint(0, slots // 4))) for p in range(people)}
    pairs = [(a, b) for a in range(people) for b in range(a + 1, people)]
    rng.shuffle(pairs)
    degree = [0] * people
    chosen: list[tuple[int, int]] = []
    for a, b in pairs:
        if len(chosen) < 220 and all(degree[q] < slots - len(away[q]) for q in (a, b)):
            chosen.append((a, b))
            degree[a] += 1
            degree[b] += 1
    return problem(
        [task(f"m{i}", a, b, required=True) for i, (a, b) in enumerate(chosen)],
        n_participants=people,
        n_slots=slots,
        unavailable=away,
        capacity=(50,),
    )


def test_the_work_clock_moves_with_cp_sat_work_only() -> None:
    model = cp_model.CpModel()
    x = model.new_int_var(0, 10, "x")
    model.maximize(x)
    with clock.work_clock(True):
        before = clock.now()
        time.sleep(0.05)
        assert clock.now() == before
        solver = cp_model.CpSolver()
        solver.parameters.num_workers = 2
        clock.limit(solver, 3.0)
        assert solver.parameters.max_deterministic_time == 3.0
        assert solver.parameters.interleave_search
        solver.solve(model)
        clock.charge(solver)
        charged = max(solver.deterministic_time, clock.LEAST_CHARGE)
        assert clock.now() - before == pytest.approx(charged)
    outside = clock.now()
    time.sleep(0.05)
    assert clock.now() - outside >= 0.05


def test_a_seeded_solve_stopped_midway_is_the_same_on_a_busy_machine() -> None:
    day = crowded_day(3)

    def run() -> tuple[object, ...]:
        found = solve(day, time_limit=2.0, settings=SolverSettings(seed=1))
        return found.starts, found.venues, found.status, found.objective, found.bound

    quiet, loaded = quiet_and_loaded(run)

    assert quiet[2] == "feasible"  # the time limit stopped the search before a proof
    assert quiet == loaded


def test_the_seeded_sample_mission_is_the_same_on_a_busy_machine() -> None:
    mission = build_sample_mission()

    def run() -> tuple[object, ...]:
        result = schedule_mission(mission, seed=7, time_limit=3.0)
        meetings = [(m.id, m.start, m.venue) for m in result.schedule.meetings]
        return meetings, result.status, result.objective, result.bound, result.unscheduled

    quiet, loaded = quiet_and_loaded(run)

    assert quiet[0]
    assert quiet == loaded


def test_a_seeded_solver_runs_a_single_subsolver_on_one_worker() -> None:
    """Interleaved on two workers, ``max_lp`` alone on a hinted question aborts OR-Tools 9.15
    (tic-13crafc's ascent); one worker runs the same search."""
    seeded = configured_solver(1.0, SolverSettings(seed=1), LP_REFUTATION).parameters
    plain = configured_solver(1.0, SolverSettings(), LP_REFUTATION).parameters

    assert (seeded.num_workers, seeded.interleave_search) == (1, True)
    assert (plain.num_workers, plain.interleave_search) == (2, False)
