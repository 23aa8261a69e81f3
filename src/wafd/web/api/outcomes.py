"""Outcomes through the API: the report's figures, feedback, attendance, the pipeline, costs
and exchange rates.

The same engine functions and ``change_outcomes`` as the pages, so rules, audit entries and
all-or-nothing saving do not depend on the door. A refused change is ``422 {"detail": …}``
in the caller's language.
"""

from datetime import date
from typing import Any

from django.http import HttpRequest
from django.utils.translation import get_language
from ninja import Router, Schema, Status
from ninja.errors import HttpError
from pydantic import Field

from wafd.outcomes import (
    OutcomeError,
    Stage,
    add_cost,
    move_opportunity,
    record_attendance,
    record_feedback,
    set_rate,
)
from wafd.outcomes.figures import compute_report_figures
from wafd.outcomes.model import AttendanceStatus, FollowUp, InterestKind, Opportunity
from wafd.outcomes.rates import MissingRateError
from wafd.web.access import EVERYONE, ORGANISER, PORTAL, STAFF
from wafd.web.api.common import member
from wafd.web.models import Membership
from wafd.web.outcomes import Change, change_outcomes, convertible, load_outcomes, mission_context

router = Router(tags=["outcomes"])


class FeedbackIn(Schema):
    rating: int | None = None
    follow_up: FollowUp | None = None
    interests: list[InterestKind] = []
    comment: str = ""


class AttendanceIn(Schema):
    status: AttendanceStatus
    absent: list[str] = []


class StageIn(Schema):
    stage: Stage
    date: date
    reason: str = ""


class CostIn(Schema):
    item: str = Field(min_length=1, max_length=300)
    amount: float = Field(ge=0, le=1e15, allow_inf_nan=False)
    currency: str = Field(min_length=3, max_length=3)
    funder: str = Field(default="", max_length=300)


class RateIn(Schema):
    currency: str = Field(min_length=3, max_length=3)
    rate: float = Field(gt=0, le=1e9, allow_inf_nan=False)
    on: date


class OpportunityOut(Schema):
    id: str
    title: str
    stage: str
    kind: str
    delegate_organisations: list[str]
    host_organisations: list[str]
    value: dict[str, Any] | None


def _out(opportunity: Opportunity) -> OpportunityOut:
    value = opportunity.value.model_dump(mode="json") if opportunity.value else None
    return OpportunityOut(
        id=opportunity.id,
        title=opportunity.title,
        stage=str(opportunity.stage),
        kind=str(opportunity.kind),
        delegate_organisations=list(opportunity.delegate_organisations),
        host_organisations=list(opportunity.host_organisations),
        value=value,
    )


def _apply(membership: Membership, action: str, target: str, change: Change) -> None:
    try:
        change_outcomes(membership, action=action, target=target, change=change)
    except OutcomeError as error:
        raise HttpError(422, error.message_in(get_language() or "en")) from None


@router.get("/missions/{mission_pk}/outcomes/figures", response=dict[str, Any])
def figures(request: HttpRequest, mission_pk: int) -> dict[str, Any]:
    """The report's figures (the keys of ``wafd report --json``, docs/outcomes.md)."""
    membership = member(request, mission_pk, STAFF)
    context = mission_context(membership.mission)
    outcomes = load_outcomes(membership.mission)
    try:
        result = compute_report_figures(context=context, outcomes=outcomes)
    except MissingRateError as missing:
        raise HttpError(
            409, f"No rate converts {missing.currency} into {outcomes.reporting_currency}."
        ) from None
    return result.model_dump(mode="json")


@router.post("/missions/{mission_pk}/outcomes/costs", response={204: None})
def enter_cost(request: HttpRequest, mission_pk: int, body: CostIn) -> Status[None]:
    """A cost of the mission; its currency must have a rate (or be the reporting currency)."""
    membership = member(request, mission_pk, (ORGANISER,))
    _apply(
        membership,
        "outcomes-cost",
        body.item[:100],
        lambda outcomes, _context: add_cost(
            convertible(outcomes, body.currency),
            item=body.item,
            amount=body.amount,
            currency=body.currency.upper(),
            funder=body.funder,
        ),
    )
    return Status(204, None)


@router.post("/missions/{mission_pk}/outcomes/rates", response={204: None})
def enter_rate(request: HttpRequest, mission_pk: int, body: RateIn) -> Status[None]:
    """Units of the reporting currency for one unit of ``currency``, from ``on``."""
    membership = member(request, mission_pk, (ORGANISER,))
    _apply(
        membership,
        "outcomes-rate",
        body.currency.upper(),
        lambda outcomes, _context: set_rate(
            outcomes, currency=body.currency, rate=body.rate, on=body.on
        ),
    )
    return Status(204, None)


@router.post("/missions/{mission_pk}/meetings/{mid}/feedback", response={204: None})
def give_feedback(
    request: HttpRequest, mission_pk: int, mid: str, body: FeedbackIn
) -> Status[None]:
    """A delegate's or host's own feedback on a meeting they were in."""
    membership = member(request, mission_pk, PORTAL)
    if membership.participant is None:
        raise HttpError(404, "not linked to a participant")
    pid = membership.participant.pid
    meeting = mission_context(membership.mission).meetings.get(mid)
    if meeting is None or pid not in meeting.participants:
        raise HttpError(404, "not your meeting")
    _apply(
        membership,
        "feedback",
        mid,
        lambda outcomes, context: record_feedback(
            outcomes,
            context=context,
            meeting=mid,
            participant=pid,
            rating=body.rating,
            follow_up=body.follow_up,
            interests=body.interests,
            comment=body.comment,
        ),
    )
    return Status(204, None)


@router.post("/missions/{mission_pk}/meetings/{mid}/attendance", response={204: None})
def take_attendance(
    request: HttpRequest, mission_pk: int, mid: str, body: AttendanceIn
) -> Status[None]:
    membership = member(request, mission_pk, (ORGANISER,))
    _apply(
        membership,
        "attendance",
        mid,
        lambda outcomes, context: record_attendance(
            outcomes, context=context, meeting=mid, status=body.status, absent=body.absent
        ),
    )
    return Status(204, None)


@router.get("/missions/{mission_pk}/opportunities", response=list[OpportunityOut])
def opportunities(request: HttpRequest, mission_pk: int) -> list[OpportunityOut]:
    """Staff see every opportunity; delegates and hosts those their organisation is party to."""
    membership = member(request, mission_pk, EVERYONE)
    listed = load_outcomes(membership.mission).opportunities
    if membership.role not in STAFF:
        organisation = membership.participant.organisation if membership.participant else None
        listed = tuple(
            o for o in listed if organisation in (*o.delegate_organisations, *o.host_organisations)
        )
    return [_out(o) for o in listed]


@router.post("/missions/{mission_pk}/opportunities/{oid}/stage", response=OpportunityOut)
def move_stage(request: HttpRequest, mission_pk: int, oid: str, body: StageIn) -> OpportunityOut:
    membership = member(request, mission_pk, (ORGANISER,))
    _apply(
        membership,
        "opportunity-stage",
        oid,
        lambda outcomes, context: move_opportunity(
            outcomes,
            context=context,
            opportunity_id=oid,
            stage=body.stage,
            on=body.date,
            by=membership.user.get_username(),
            reason=body.reason,
        ),
    )
    moved = next(o for o in load_outcomes(membership.mission).opportunities if o.id == oid)
    return _out(moved)
