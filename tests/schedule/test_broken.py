"""The split of "at most one break" by broken participant (broken.py) answers the question
itself: it finds the one participant who must break, even when the participants tried first
are not it, and refutes the question when two participants must break."""

from __future__ import annotations

import time

from ortools.sat.python import cp_model
from problem_factories import problem, task

from wafd.schedule.broken import answer_by_broken_participant, candidates, splits
from wafd.schedule.model import build_model
from wafd.schedule.problem import Problem
from wafd.schedule.terms import breaks
from wafd.schedule.variables import ModelVars


def make_solver(seconds: float, extra: str) -> cp_model.CpSolver:
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = seconds
    solver.parameters.merge_text_format(extra)
    return solver


def event(*, p0_torn: bool) -> Problem:
    """p0 meets p1, p2, p3 and is free all day (the busiest: tried first); p4 meets p5 and p6
    but is away at slot 1 and from slot 3 on, so p4 alone must break (slots 0 and 2).
    ``p0_torn``: p1 can meet only at slot 0 and p2 only at slots 0 and 4, so p0 breaks too."""
    away = {4: {1, 3, 4}} | ({1: {1, 2, 3, 4}, 2: {1, 2, 3}} if p0_torn else {})
    return problem(
        [
            task("a", 0, 1, required=True),
            task("b", 0, 2, required=True),
            task("c", 0, 3, required=True),
            task("d", 4, 5, required=True),
            task("e", 4, 6, required=True),
        ],
        n_participants=7,
        n_slots=5,
        unavailable=away,
    )


def ask_at_most_one_break(mv: ModelVars) -> tuple[cp_model.CpSolver | None, int]:
    question = mv.model.clone()
    question.add(breaks.expression(mv) <= 1)
    deadline = time.perf_counter() + 10
    found, status = answer_by_broken_participant(mv, question, deadline, make_solver, 2)
    return found, status


def test_the_split_finds_the_participant_who_must_break() -> None:
    mv = build_model(event(p0_torn=False))
    assert splits(mv, 1)
    assert candidates(mv)[0] == 0  # the busiest participant comes first, and is not the one

    found, status = ask_at_most_one_break(mv)

    assert status == cp_model.FEASIBLE
    assert found is not None
    assert [p for p, count in mv.breaks.items() if found.value(count)] == [4]


def test_the_split_refutes_the_question_when_two_participants_must_break() -> None:
    mv = build_model(event(p0_torn=True))

    found, status = ask_at_most_one_break(mv)

    assert (found, status) == (None, cp_model.INFEASIBLE)


def test_the_split_applies_only_when_at_most_one_participant_can_break() -> None:
    mv = build_model(event(p0_torn=False))

    assert not splits(mv, 0)
    assert not splits(mv, 2)
