"""The opportunities pipeline: adding an opportunity and moving it from stage to stage.

Every move is dated and kept in the opportunity's history. A move may not be dated
before the meeting it came from nor before the previous move; going backwards (or
re-opening a lost opportunity) and losing one both need a reason, so that the report
can say why the pipeline shrank.
"""

from collections.abc import Iterable
from datetime import date

from wafd.i18n import N_
from wafd.outcomes import checks
from wafd.outcomes.context import OutcomeContext
from wafd.outcomes.errors import OutcomeError
from wafd.outcomes.model import (
    InterestKind,
    Money,
    Opportunity,
    Outcomes,
    Stage,
    StageChange,
    stage_rank,
)


def add_opportunity(
    outcomes: Outcomes,
    *,
    context: OutcomeContext,
    opportunity_id: str,
    title: str,
    identified_on: date,
    identified_by: str = "",
    delegate_organisations: Iterable[str] = (),
    host_organisations: Iterable[str] = (),
    meetings: Iterable[str] = (),
    kind: InterestKind = InterestKind.OTHER,
    themes: Iterable[str] = (),
    value: Money | None = None,
    probability: float | None = None,
) -> Outcomes:
    """A new opportunity at stage ``identified``, linked to the meetings it came from."""
    if any(o.id == opportunity_id for o in outcomes.opportunities):
        raise OutcomeError(
            "id",
            N_("The opportunity “{opportunity}” exists already."),
            N_("Give each opportunity its own id."),
            opportunity=opportunity_id,
        )
    sides = (tuple(delegate_organisations), tuple(host_organisations))
    for field, organisations in zip(
        ("delegate_organisations", "host_organisations"), sides, strict=False
    ):
        for organisation in organisations:
            checks.known_organisation(context, organisation, field=field)
    linked = tuple(meetings)
    for meeting in linked:
        checks.known_meeting(context, meeting, field="meetings")
    if value is not None:
        checks.known_currency(value.currency)
    _not_before_meetings(context, linked, identified_on, field="identified_on")
    opportunity = Opportunity(
        id=opportunity_id,
        title=title,
        delegate_organisations=sides[0],
        host_organisations=sides[1],
        meetings=linked,
        kind=kind,
        themes=tuple(themes),
        value=value,
        probability=probability,
        history=(StageChange(stage=Stage.IDENTIFIED, on=identified_on, by=identified_by),),
    )
    return outcomes.model_copy(update={"opportunities": (*outcomes.opportunities, opportunity)})


def move_opportunity(
    outcomes: Outcomes,
    *,
    context: OutcomeContext,
    opportunity_id: str,
    stage: Stage,
    on: date,
    by: str = "",
    reason: str = "",
    source: str = "",
) -> Outcomes:
    """Move an opportunity to ``stage`` on ``on``; the change joins its dated history."""
    found = [o for o in outcomes.opportunities if o.id == opportunity_id]
    if not found:
        raise OutcomeError(
            "opportunity",
            N_("There is no opportunity “{opportunity}”."),
            N_("Use the id of an opportunity from the Opportunities sheet."),
            opportunity=opportunity_id,
        )
    opportunity = found[0]
    _check_move(context, opportunity, stage, on, reason.strip())
    change = StageChange(stage=stage, on=on, by=by, reason=reason.strip(), source=source)
    moved = opportunity.model_copy(update={"history": (*opportunity.history, change)})
    opportunities = tuple(moved if o.id == opportunity_id else o for o in outcomes.opportunities)
    return outcomes.model_copy(update={"opportunities": opportunities})


def revalue_opportunity(
    outcomes: Outcomes, *, opportunity_id: str, value: Money | None, probability: float | None
) -> Outcomes:
    """A new estimate of an opportunity's value (with its as-of date) and probability."""
    opportunities = tuple(
        o.model_copy(update={"value": value, "probability": probability})
        if o.id == opportunity_id
        else o
        for o in outcomes.opportunities
    )
    return outcomes.model_copy(update={"opportunities": opportunities})


def _check_move(
    context: OutcomeContext, opportunity: Opportunity, stage: Stage, on: date, reason: str
) -> None:
    current = opportunity.history[-1]
    if stage == current.stage:
        raise OutcomeError(
            "stage",
            N_("The opportunity “{opportunity}” is already at stage {stage}."),
            N_("Choose another stage, or leave the row out."),
            opportunity=opportunity.id,
            stage=str(stage),
        )
    _not_before_meetings(context, opportunity.meetings, on, field="date")
    if on < current.on:
        raise OutcomeError(
            "date",
            N_("This change is dated {date}, before the previous one ({previous})."),
            N_("List the changes of an opportunity in the order they happened."),
            date=on.isoformat(),
            previous=current.on.isoformat(),
        )
    if stage == Stage.LOST and not reason:
        raise OutcomeError(
            "reason",
            N_("An opportunity marked lost needs a reason."),
            N_("Say why it was lost (e.g. budget cut, chose a competitor)."),
        )
    backwards = current.stage == Stage.LOST or stage_rank(stage) < stage_rank(current.stage)
    if stage != Stage.LOST and backwards and not reason:
        raise OutcomeError(
            "reason",
            N_("The opportunity goes back from {previous} to {stage} without a reason."),
            N_("Say why it went back in the reason column."),
            previous=str(current.stage),
            stage=str(stage),
        )


def _not_before_meetings(
    context: OutcomeContext, meetings: tuple[str, ...], on: date, *, field: str
) -> None:
    first = context.first_day(meetings)
    if first is not None and on < first:
        raise OutcomeError(
            field,
            N_("The date {date} is before the meeting it came from ({meeting_day})."),
            N_("Give a date on or after the meeting."),
            date=on.isoformat(),
            meeting_day=first.isoformat(),
        )
