"""The rules every recording obeys, shared by the actions (and so by files, web and API)."""

from datetime import date

from wafd.i18n import N_
from wafd.outcomes.context import OutcomeContext, known_currencies
from wafd.outcomes.errors import OutcomeError
from wafd.outcomes.model import Money


def known_meeting(context: OutcomeContext, meeting: str, *, field: str = "meeting") -> None:
    if meeting not in context.meetings:
        raise OutcomeError(
            field,
            N_("There is no meeting “{meeting}” in the schedule."),
            N_("Use the id of a meeting from the schedule (its Meetings sheet)."),
            meeting=meeting,
        )


def known_participant(context: OutcomeContext, participant: str, *, field: str) -> None:
    if participant not in context.participants:
        raise OutcomeError(
            field,
            N_("There is no participant “{participant}” in the mission."),
            N_("Use the id of a participant from the mission's Participants sheet."),
            participant=participant,
        )


def in_meeting(context: OutcomeContext, meeting: str, participant: str, *, field: str) -> None:
    known_participant(context, participant, field=field)
    if participant not in context.meetings[meeting].participants:
        raise OutcomeError(
            field,
            N_("{name} does not take part in the meeting “{meeting}”."),
            N_("Check the meeting id, or the participant's id."),
            name=context.name(participant),
            meeting=meeting,
        )


def known_organisation(context: OutcomeContext, organisation: str, *, field: str) -> None:
    if organisation not in context.organisations:
        raise OutcomeError(
            field,
            N_("There is no organisation “{organisation}” in the mission."),
            N_("Use the id of an organisation from the mission's Organisations sheet."),
            organisation=organisation,
        )


def known_currency(currency: str, *, field: str = "currency") -> str:
    code = currency.strip().upper()
    if code not in known_currencies():
        raise OutcomeError(
            field,
            N_("“{currency}” is not an ISO 4217 currency code."),
            N_("Use a three-letter code such as USD, EUR or MAD."),
            currency=currency,
        )
    return code


def money(
    amount: float | None, currency: str | None, as_of: date | None = None, *, field: str = "value"
) -> Money | None:
    """An amount with its currency; an amount without currency is refused, not guessed."""
    if amount is None:
        return None
    if not currency:
        raise OutcomeError(
            "currency",
            N_("The value {amount} has no currency."),
            N_("Give its ISO 4217 currency code (USD, MAD, EUR…) in the currency column."),
            amount=f"{amount:g}",
        )
    if amount < 0:
        raise OutcomeError(
            field,
            N_("A value cannot be negative ({amount})."),
            N_("Give 0 or more."),
            amount=amount,
        )
    return Money(amount=amount, currency=known_currency(currency), as_of=as_of)


def rating(value: int | None) -> None:
    if value is not None and not 1 <= value <= 5:
        raise OutcomeError(
            "rating",
            N_("The rating {rating} is not between 1 and 5."),
            N_("Rate from 1 (poor) to 5 (excellent), or leave it empty."),
            rating=value,
        )
