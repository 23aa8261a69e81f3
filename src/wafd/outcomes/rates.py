"""Money in the reporting currency: each amount converted at the rate in force on its date.

A rate says what one unit of a currency is worth in the reporting currency from its date
on; an amount uses the latest rate dated on or before its own date (its as-of date, or the
report date), or the earliest rate when it predates them all. A currency used without any
rate is an error at the cell that uses it, not a silent zero.
"""

from collections.abc import Iterator
from datetime import date

from wafd.i18n import N_
from wafd.io.parse import ParsedBook
from wafd.outcomes.context import known_currencies
from wafd.outcomes.errors import OutcomeError
from wafd.outcomes.model import Money, Outcomes, Rate
from wafd.outcomes.sheets import COSTS, OPPORTUNITIES


class MissingRateError(LookupError):
    """No rate converts ``currency`` into the reporting currency."""

    def __init__(self, currency: str) -> None:
        super().__init__(currency)
        self.currency = currency


def rate_on(rates: tuple[Rate, ...], currency: str, day: date | None) -> float:
    """The rate of ``currency`` in force on ``day`` (the earliest one before all rates)."""
    known = sorted((r for r in rates if r.currency == currency), key=lambda r: r.on)
    if not known:
        raise MissingRateError(currency)
    in_force = [r for r in known if day is None or r.on <= day]
    return (in_force[-1] if in_force else known[0]).rate


def in_reporting(outcomes: Outcomes, amount: Money) -> float:
    """``amount`` in the reporting currency (rates as of its date, else the report date)."""
    if amount.currency == outcomes.reporting_currency:
        return amount.amount
    day = amount.as_of or outcomes.report_date
    return amount.amount * rate_on(outcomes.rates, amount.currency, day)


def check_rates(
    outcomes: Outcomes, parsed: ParsedBook
) -> Iterator[tuple[str, int, str, OutcomeError]]:
    """(sheet, row, column, error) for each amount whose currency has no rate."""
    converted = {r.currency for r in outcomes.rates} | {outcomes.reporting_currency}
    for sheet in (OPPORTUNITIES, COSTS):
        rows = parsed[sheet.name].rows if sheet.name in parsed else []
        for row in rows:
            currency = str(row.get("currency") or "").strip().upper()
            if currency in known_currencies() and currency not in converted:
                yield (
                    sheet.name,
                    row.number,
                    "currency",
                    OutcomeError(
                        "currency",
                        N_("No rate converts {currency} into {reporting}."),
                        N_("Add a row for {currency} to the Rates sheet."),
                        currency=currency,
                        reporting=outcomes.reporting_currency,
                    ),
                )
