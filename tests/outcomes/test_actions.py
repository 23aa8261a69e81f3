"""The outcome actions: each records one thing, or refuses it naming the field at fault."""

from datetime import date

import pytest
from outcome_factories import build_context, build_outcomes

from wafd.outcomes import (
    OutcomeError,
    Outcomes,
    Stage,
    add_opportunity,
    move_opportunity,
    record_attendance,
    record_feedback,
    record_survey_answer,
    save_action,
)
from wafd.outcomes.model import ActionStatus, AttendanceStatus


def _refusal(call: object) -> OutcomeError:
    with pytest.raises(OutcomeError) as caught:
        call()  # type: ignore[operator]
    return caught.value


def test_feedback_rating_outside_one_to_five_is_refused() -> None:
    context = build_context()
    error = _refusal(
        lambda: record_feedback(
            Outcomes(), context=context, meeting="m1", participant="amrani", rating=6
        )
    )
    assert (error.field, error.params["rating"]) == ("rating", 6)


def test_feedback_from_someone_not_in_the_meeting_is_refused() -> None:
    context = build_context()
    error = _refusal(
        lambda: record_feedback(Outcomes(), context=context, meeting="m2", participant="amrani")
    )
    assert error.field == "participant"


def test_feedback_again_replaces_the_earlier_answer() -> None:
    context = build_context()
    once = record_feedback(
        Outcomes(), context=context, meeting="m1", participant="amrani", rating=2
    )
    twice = record_feedback(once, context=context, meeting="m1", participant="amrani", rating=5)
    assert [f.rating for f in twice.feedback] == [5]


def test_attendance_of_unknown_meeting_is_refused() -> None:
    context = build_context()
    error = _refusal(
        lambda: record_attendance(
            Outcomes(), context=context, meeting="m99", status=AttendanceStatus.HELD
        )
    )
    assert (error.field, error.params) == ("meeting", {"meeting": "m99"})


def test_action_overdue_is_computed_from_due_date_and_status() -> None:
    outcomes = build_outcomes()
    overdue = [a.id for a in outcomes.actions if a.overdue(date(2024, 7, 1))]
    assert overdue == ["a1"]


def test_action_update_keeps_its_place() -> None:
    outcomes = save_action(
        build_outcomes(), context=build_context(), action_id="a1", what="Done it",
        owner="amrani", status=ActionStatus.DONE,
    )  # fmt: skip
    assert next((a.id, a.status) for a in outcomes.actions) == ("a1", ActionStatus.DONE)


def test_opportunity_moving_backwards_needs_a_reason() -> None:
    context, outcomes = build_context(), build_outcomes()
    error = _refusal(
        lambda: move_opportunity(
            outcomes,
            context=context,
            opportunity_id="o-cloud",
            stage=Stage.IN_DISCUSSION,
            on=date(2024, 6, 10),
        )
    )
    assert error.field == "reason"
    moved = move_opportunity(
        outcomes, context=context, opportunity_id="o-cloud", stage=Stage.IN_DISCUSSION,
        on=date(2024, 6, 10), reason="new procurement rules",
    )  # fmt: skip
    assert moved.opportunities[0].stage == Stage.IN_DISCUSSION


def test_opportunity_lost_needs_a_reason() -> None:
    error = _refusal(
        lambda: move_opportunity(
            build_outcomes(),
            context=build_context(),
            opportunity_id="o-lab",
            stage=Stage.LOST,
            on=date(2024, 6, 10),
        )
    )
    assert error.field == "reason"


def test_opportunity_dated_before_its_meeting_is_refused() -> None:
    error = _refusal(
        lambda: add_opportunity(
            Outcomes(),
            context=build_context(),
            opportunity_id="o",
            title="Early",
            identified_on=date(2024, 2, 19),
            meetings=("m4",),
        )
    )
    assert (error.field, error.params["meeting_day"]) == ("identified_on", "2024-02-20")


def test_survey_answer_moves_the_opportunity_and_names_the_round() -> None:
    cloud = next(o for o in build_outcomes().opportunities if o.id == "o-cloud")
    assert (cloud.stage, cloud.history[-1].source, cloud.history[-1].by) == (
        Stage.AGREEMENT_SIGNED,
        "m3",
        "Salma Amrani",
    )


def test_survey_answer_for_unknown_round_is_refused() -> None:
    error = _refusal(
        lambda: record_survey_answer(
            Outcomes(),
            context=build_context(),
            round_id="m6",
            participant="amrani",
            answered=date(2024, 8, 1),
        )
    )
    assert error.field == "round"
