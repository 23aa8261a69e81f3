"""The core-based probe beside the split (probe.py): it refutes "at most k breaks" when more
are unavoidable, never refutes a question that has an answer, and never changes the split's
answer, only how soon it comes."""

from __future__ import annotations

import time

from ortools.sat.python import cp_model
from test_broken import event, make_solver

from wafd.schedule.broken import answer_by_broken_participant
from wafd.schedule.model import build_model
from wafd.schedule.probe import CoreProbe
from wafd.schedule.race import boolean_forms
from wafd.schedule.terms import breaks
from wafd.schedule.variables import ModelVars


def probe_at(mv: ModelVars, k: int) -> CoreProbe:
    expr = breaks.expression(mv)
    forms = boolean_forms(mv)
    assert forms is not None
    return CoreProbe(forms.model, expr, forms.exact, k, make_solver)


def test_the_probe_refutes_one_break_when_two_participants_must_break() -> None:
    mv = build_model(event(p0_torn=True))  # p0 and p4 must each break once
    probe = probe_at(mv, 1)
    calls: list[bool] = []

    probe.run(time.perf_counter() + 10, lambda: calls.append(True))

    assert probe.refuted
    assert probe.bound == 2
    assert calls == [True]


def test_the_probe_does_not_refute_a_question_that_has_a_schedule() -> None:
    mv = build_model(event(p0_torn=False))  # only p4 must break
    probe = probe_at(mv, 1)
    calls: list[bool] = []

    probe.run(time.perf_counter() + 10, lambda: calls.append(True))

    assert not probe.refuted
    assert probe.bound == 1
    assert calls == []


def test_a_stopped_probe_does_not_search() -> None:
    mv = build_model(event(p0_torn=True))
    probe = probe_at(mv, 1)

    probe.stop()
    probe.run(time.perf_counter() + 10, lambda: None)

    assert not probe.refuted
    assert probe.solver is None


def ask_with_probe(mv: ModelVars) -> tuple[cp_model.CpSolver | None, int]:
    question = mv.model.clone()
    question.add(breaks.expression(mv) <= 1)
    deadline = time.perf_counter() + 10
    probe = probe_at(mv, 1)
    return answer_by_broken_participant(mv, question, deadline, make_solver, 2, probe)


def test_with_the_probe_the_split_still_finds_the_participant_who_must_break() -> None:
    mv = build_model(event(p0_torn=False))

    found, status = ask_with_probe(mv)

    assert status == cp_model.FEASIBLE
    assert found is not None
    assert [p for p, count in mv.breaks.items() if found.value(count)] == [4]


def test_with_the_probe_the_question_is_still_refuted_when_two_must_break() -> None:
    mv = build_model(event(p0_torn=True))

    found, status = ask_with_probe(mv)

    assert (found, status) == (None, cp_model.INFEASIBLE)
