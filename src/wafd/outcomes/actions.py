"""One function per thing organisers record after the meetings.

Each takes the current ``Outcomes`` and keyword-only arguments and returns the new
``Outcomes``, or raises ``OutcomeError`` naming the field at fault; nothing is half
recorded. The file reader, the CLI and the web all build outcomes through them.
"""

from collections.abc import Iterable
from datetime import date, time

from wafd.i18n import N_
from wafd.outcomes import checks
from wafd.outcomes.context import OutcomeContext
from wafd.outcomes.errors import OutcomeError
from wafd.outcomes.model import (
    ORGANISER,
    Action,
    ActionStatus,
    Attendance,
    AttendanceStatus,
    Cost,
    Feedback,
    FollowUp,
    InterestKind,
    Outcomes,
    Rate,
    Stage,
    SurveyAnswer,
    SurveyRound,
)
from wafd.outcomes.pipeline import move_opportunity


def attendance_record(
    *,
    context: OutcomeContext,
    meeting: str,
    status: AttendanceStatus,
    absent: Iterable[str] = (),
    actual_start: time | None = None,
    actual_end: time | None = None,
    notes: str = "",
) -> Attendance:
    """The attendance of one meeting, checked against the schedule (not yet recorded)."""
    checks.known_meeting(context, meeting)
    missing = tuple(absent)
    for person in missing:
        checks.in_meeting(context, meeting, person, field="absent")
    if actual_start and actual_end and actual_end <= actual_start:
        raise OutcomeError(
            "actual_end",
            N_("The meeting ends ({end}) before it starts ({start})."),
            N_("Give an end time after the start time."),
            start=actual_start.strftime("%H:%M"),
            end=actual_end.strftime("%H:%M"),
        )
    return Attendance(
        meeting=meeting,
        status=status,
        absent=missing,
        actual_start=actual_start,
        actual_end=actual_end,
        notes=notes,
    )


def record_attendance(
    outcomes: Outcomes,
    *,
    context: OutcomeContext,
    meeting: str,
    status: AttendanceStatus,
    absent: Iterable[str] = (),
    actual_start: time | None = None,
    actual_end: time | None = None,
    notes: str = "",
) -> Outcomes:
    """Whether a meeting was held and who did not come; replaces an earlier record."""
    record = attendance_record(
        context=context,
        meeting=meeting,
        status=status,
        absent=absent,
        actual_start=actual_start,
        actual_end=actual_end,
        notes=notes,
    )
    kept = tuple(a for a in outcomes.attendance if a.meeting != record.meeting)
    return outcomes.model_copy(update={"attendance": (*kept, record)})


def feedback_record(
    *,
    context: OutcomeContext,
    meeting: str,
    participant: str,
    rating: int | None = None,
    follow_up: FollowUp | None = None,
    interests: Iterable[InterestKind] = (),
    comment: str = "",
) -> Feedback:
    """One participant's feedback on one meeting, checked (not yet recorded)."""
    checks.known_meeting(context, meeting)
    checks.in_meeting(context, meeting, participant, field="participant")
    checks.rating(rating)
    return Feedback(
        meeting=meeting,
        participant=participant,
        rating=rating,
        follow_up=follow_up,
        interests=tuple(dict.fromkeys(interests)),
        comment=comment,
    )


def record_feedback(
    outcomes: Outcomes,
    *,
    context: OutcomeContext,
    meeting: str,
    participant: str,
    rating: int | None = None,
    follow_up: FollowUp | None = None,
    interests: Iterable[InterestKind] = (),
    comment: str = "",
) -> Outcomes:
    """One participant's rating (1-5), follow-up intent and interests; replaces earlier ones."""
    record = feedback_record(
        context=context,
        meeting=meeting,
        participant=participant,
        rating=rating,
        follow_up=follow_up,
        interests=interests,
        comment=comment,
    )
    key = (record.meeting, record.participant)
    kept = tuple(f for f in outcomes.feedback if (f.meeting, f.participant) != key)
    return outcomes.model_copy(update={"feedback": (*kept, record)})


def save_action(
    outcomes: Outcomes,
    *,
    context: OutcomeContext,
    action_id: str,
    what: str,
    owner: str = ORGANISER,
    due: date | None = None,
    status: ActionStatus = ActionStatus.OPEN,
    meetings: Iterable[str] = (),
) -> Outcomes:
    """Add an action, or update the one with ``action_id`` (its position is kept)."""
    linked = tuple(meetings)
    for meeting in linked:
        checks.known_meeting(context, meeting, field="meetings")
    if owner != ORGANISER:
        checks.known_participant(context, owner, field="owner")
    if not what.strip():
        raise OutcomeError("what", N_("Say what must be done."), N_("Describe the action."))
    action = Action(id=action_id, what=what, owner=owner, due=due, status=status, meetings=linked)
    actions = list(outcomes.actions)
    index = next((i for i, a in enumerate(actions) if a.id == action_id), None)
    if index is None:
        actions.append(action)
    else:
        actions[index] = action
    return outcomes.model_copy(update={"actions": tuple(actions)})


def add_survey_round(outcomes: Outcomes, *, round_id: str, months_after: int) -> Outcomes:
    """A follow-up questionnaire some months after the mission (0 = at its end)."""
    if any(r.id == round_id for r in outcomes.survey_rounds):
        raise OutcomeError(
            "round",
            N_("The survey round “{round}” exists already."),
            N_("Give each round its own id, e.g. m3 for the round three months after."),
            round=round_id,
        )
    rounds = sorted(
        (*outcomes.survey_rounds, SurveyRound(id=round_id, months_after=months_after)),
        key=lambda r: r.months_after,
    )
    return outcomes.model_copy(update={"survey_rounds": tuple(rounds)})


def add_cost(
    outcomes: Outcomes, *, item: str, amount: float, currency: str, funder: str = ""
) -> Outcomes:
    """A cost of the mission, for the return multiplier."""
    money = checks.money(amount, currency, field="amount")
    assert money is not None  # an amount was given
    cost = Cost(item=item, funder=funder, amount=money)
    return outcomes.model_copy(update={"costs": (*outcomes.costs, cost)})


def set_rate(outcomes: Outcomes, *, currency: str, rate: float, on: date) -> Outcomes:
    """How much one unit of ``currency`` is worth in the reporting currency from ``on``."""
    code = checks.known_currency(currency)
    if rate <= 0:
        raise OutcomeError(
            "rate", N_("A rate must be more than 0."), N_("Give the rate, e.g. 0.1."), rate=rate
        )
    kept = tuple(r for r in outcomes.rates if (r.currency, r.on) != (code, on))
    rates = sorted((*kept, Rate(currency=code, rate=rate, on=on)), key=lambda r: (r.currency, r.on))
    return outcomes.model_copy(update={"rates": tuple(rates)})


def record_survey_answer(
    outcomes: Outcomes,
    *,
    context: OutcomeContext,
    round_id: str,
    participant: str,
    answered: date,
    opportunity: str | None = None,
    stage: Stage | None = None,
    reason: str = "",
    comment: str = "",
) -> Outcomes:
    """A dated answer; naming an opportunity and a new stage moves it (source: the round)."""
    if not any(r.id == round_id for r in outcomes.survey_rounds):
        raise OutcomeError(
            "round",
            N_("There is no survey round “{round}”."),
            N_("Add the round first (months after the mission) or check its id."),
            round=round_id,
        )
    checks.known_participant(context, participant, field="participant")
    moved = stage
    answer = SurveyAnswer(
        round=round_id,
        participant=participant,
        answered=answered,
        opportunity=opportunity,
        stage=moved,
        reason=reason,
        comment=comment,
    )
    if opportunity is not None and moved is not None:
        current = next((o for o in outcomes.opportunities if o.id == opportunity), None)
        if current is None or current.stage != moved:
            outcomes = move_opportunity(
                outcomes,
                context=context,
                opportunity_id=opportunity,
                stage=moved,
                on=answered,
                by=context.name(participant),
                reason=reason,
                source=round_id,
            )
    return outcomes.model_copy(update={"answers": (*outcomes.answers, answer)})
