"""``Outcomes`` as the rows of the outcomes workbook (and YAML), the reverse of ``build``.

Stage moves that came from a survey answer are written once, as that answer: reading the
file back replays the answer, which moves the opportunity again.
"""

from enum import StrEnum

from wafd.io.flatten import Row
from wafd.outcomes.model import Money, Opportunity, Outcomes
from wafd.outcomes.sheets import (
    ACTIONS,
    ATTENDANCE,
    COSTS,
    FEEDBACK,
    OPPORTUNITIES,
    RATES,
    SETTINGS,
    STAGES,
    SURVEYS,
)


def outcome_rows(outcomes: Outcomes) -> dict[str, list[Row]]:
    """Typed rows by sheet name, ready for ``write_workbook_rows`` or ``dump_yaml``."""
    months = {r.id: r.months_after for r in outcomes.survey_rounds}
    settings: Row = {
        "reporting_currency": outcomes.reporting_currency,
        "report_date": outcomes.report_date,
        "fictional": outcomes.fictional,
    }
    rows: dict[str, list[Row]] = {
        SETTINGS.name: [settings],
        ATTENDANCE.name: [a.model_dump() for a in outcomes.attendance],
        FEEDBACK.name: [f.model_dump() for f in outcomes.feedback],
        ACTIONS.name: [a.model_dump() for a in outcomes.actions],
        OPPORTUNITIES.name: [_opportunity(o) for o in outcomes.opportunities],
        STAGES.name: [
            {"opportunity": o.id, "stage": c.stage, "date": c.on, "by": c.by, "reason": c.reason}
            for o in outcomes.opportunities
            for c in o.history[1:]
            if not c.source
        ],
        SURVEYS.name: [
            {**a.model_dump(), "months_after": months.get(a.round, 0)} for a in outcomes.answers
        ],
        COSTS.name: [
            {"item": c.item, "funder": c.funder, **_money(c.amount, date_key=None)}
            for c in outcomes.costs
        ],
        RATES.name: [
            {"currency": r.currency, "rate": r.rate, "date": r.on} for r in outcomes.rates
        ],
    }
    return {sheet: [_plain(row) for row in items] for sheet, items in rows.items()}


def _plain(row: Row) -> Row:
    """Enum members as their plain values, as cells and YAML hold them."""
    return {key: _plain_value(value) for key, value in row.items()}


def _plain_value(value: object) -> object:
    if isinstance(value, StrEnum):
        return str(value)
    if isinstance(value, tuple):
        return tuple(_plain_value(item) for item in value)
    return value


def _money(value: Money | None, *, date_key: str | None = "value_date") -> Row:
    if value is None:
        return {}
    row: Row = {"currency": value.currency}
    row["value" if date_key else "amount"] = value.amount
    if date_key:
        row[date_key] = value.as_of
    return row


def _opportunity(opportunity: Opportunity) -> Row:
    first = opportunity.history[0]
    return {
        "id": opportunity.id,
        "title": opportunity.title,
        "delegate_organisations": opportunity.delegate_organisations,
        "host_organisations": opportunity.host_organisations,
        "meetings": opportunity.meetings,
        "kind": opportunity.kind,
        "themes": opportunity.themes,
        "probability": opportunity.probability,
        "identified_on": first.on,
        "identified_by": first.by,
        **_money(opportunity.value),
    }
