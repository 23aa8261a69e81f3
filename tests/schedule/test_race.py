"""The race of core-based searches (race.py) on Boolean forms of the breaks objective: it
proves the optimum, keeps a bound proven before it, reports progress, and stays out of
problems without window views. Its Boolean forms live on a copy of the model, never on the
model the other searches use."""

from __future__ import annotations

import time

from ortools.sat.python import cp_model
from problem_factories import problem, task
from test_broken import event, make_solver

from wafd.schedule.model import build_model
from wafd.schedule.problem import Solution
from wafd.schedule.race import Finish, boolean_forms, race
from wafd.schedule.terms import breaks
from wafd.schedule.variables import ModelVars

Progress = list[tuple[int, int]]


def schedule_of(mv: ModelVars, solver: cp_model.CpSolver) -> Solution:
    starts: list[int | None] = [None] * len(mv.problem.tasks)
    for t, choices in enumerate(mv.x):
        for (s, _), var in choices.items():
            if solver.boolean_value(var):
                starts[t] = s
    return Solution(tuple(starts), (0,) * len(starts), "", {}, {}, 0.0)


def run_race(mv: ModelVars, floor: int = 0, progress: Progress | None = None) -> Finish | None:
    def record(level: str, best: int, bound: int, seconds: float) -> None:
        assert level == "breaks"
        if progress is not None:
            progress.append((best, bound))

    expr = breaks.expression(mv)
    forms = boolean_forms(mv)
    if forms is None:
        return None
    deadline = time.perf_counter() + 20
    return race(mv, expr, floor, deadline, make_solver, time.perf_counter(), record, forms)


def test_the_race_proves_the_fewest_breaks_and_returns_that_schedule() -> None:
    mv = build_model(event(p0_torn=True))  # p0 and p4 must each break once

    progress: Progress = []
    finish = run_race(mv, progress=progress)

    assert finish is not None
    assert (finish.found, finish.optimal) == (True, True)
    assert (finish.objective, finish.bound) == (2, 2)
    assert breaks.evaluate(mv.problem, schedule_of(mv, finish.solver)) == 2
    assert progress
    assert all(bound <= best for best, bound in progress)


def test_the_race_keeps_a_floor_proven_before_it() -> None:
    mv = build_model(event(p0_torn=False))  # one break is enough, but the floor says two

    finish = run_race(mv, floor=2)

    assert finish is not None
    assert finish.optimal
    assert finish.objective == finish.bound == 2


def test_the_exact_form_counts_every_break_and_the_broken_form_only_participants() -> None:
    mv = build_model(event(p0_torn=False))
    forms = boolean_forms(mv)
    assert forms is not None
    broken, exact = forms.broken, forms.exact
    p0_twice = forms.model.clone()  # p0 meets at slots 0, 2 and 4: two breaks, one participant
    for t, slot in enumerate([0, 2, 4, 0, 2]):
        p0_twice.add(sum(var for (s, _), var in mv.x[t].items() if s == slot) == 1)
    solver = cp_model.CpSolver()

    assert solver.solve(p0_twice) == cp_model.OPTIMAL
    assert solver.value(exact) == solver.value(breaks.expression(mv)) == 3
    assert solver.value(broken) == 2


def test_the_forms_leave_the_shared_model_as_it_was() -> None:
    mv = build_model(event(p0_torn=False))
    expr = breaks.expression(mv)
    before = len(mv.model.proto.variables), len(mv.model.proto.constraints)

    forms = boolean_forms(mv)

    assert forms is not None
    assert (len(mv.model.proto.variables), len(mv.model.proto.constraints)) == before
    assert len(forms.model.proto.variables) > before[0]
    assert expr is not None


def test_the_race_is_not_run_without_window_views() -> None:
    two_days = problem(
        [task("a", 0, 1, required=True), task("b", 0, 2, required=True)],
        n_slots=4,
        slot_day=(0, 0, 1, 1),
    )

    assert boolean_forms(build_model(two_days)) is None
