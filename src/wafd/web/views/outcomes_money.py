"""Organisers enter what the mission cost and the exchange rates, for the return multiplier.

Each cost (item, amount, currency, funder) and each rate (currency, units of the reporting
currency for one unit, the day it applies from) goes through the engine's ``add_cost`` and
``set_rate`` (audited, all or nothing). A cost in a currency no rate converts is refused
with what to do, so the report never meets an amount it cannot count.
"""

import math
from datetime import date
from functools import partial

from babel.numbers import format_decimal
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language

from wafd.i18n import N_
from wafd.outcomes import OutcomeError, Outcomes, add_cost, set_rate
from wafd.outcomes.figures import compute_report_figures
from wafd.outcomes.rates import MissingRateError
from wafd.web.access import ORGANISER, mission_view
from wafd.web.models import Membership, MissionRecord
from wafd.web.outcomes import change_outcomes, convertible, load_outcomes, mission_context
from wafd.web.views.outcomes import say

LARGEST = 1e15
"""No mission costs more; a larger number is a typing slip."""


def _number(text: str) -> float:
    """A positive finite number as typed (a space or a comma may group thousands)."""
    value = float(text.strip().replace(" ", "").replace("\u202f", ""))
    if not math.isfinite(value) or not 0 <= value <= LARGEST:
        raise ValueError(text)
    return value


def _save(request: HttpRequest, membership: Membership) -> None:
    post = request.POST
    try:
        if post.get("form") == "rate":
            currency, on = post.get("currency", ""), date.fromisoformat(post.get("on", ""))
            rate = _number(post.get("rate", ""))
            change_outcomes(
                membership,
                action="outcomes-rate",
                target=currency.strip().upper()[:3],
                change=lambda outcomes, _ctx: set_rate(
                    outcomes, currency=currency, rate=rate, on=on
                ),
            )
        else:
            item, funder = post.get("item", "").strip()[:300], post.get("funder", "").strip()[:300]
            if not item:
                raise OutcomeError("item", N_("Describe what the cost paid for."))
            amount, currency = _number(post.get("amount", "")), post.get("currency", "")
            change_outcomes(
                membership,
                action="outcomes-cost",
                target=item[:100],
                change=lambda outcomes, _ctx: add_cost(
                    convertible(outcomes, currency),
                    item=item,
                    amount=amount,
                    currency=currency.strip().upper(),
                    funder=funder,
                ),
            )
    except OutcomeError as error:
        language = get_language() or "en"
        hint = error.hint_in(language)
        messages.error(request, f"{error.message_in(language)} {hint}".strip())
    except ValueError:
        messages.error(request, say(N_("Give a number, e.g. 12500 or 0.1, and a date.")))
    else:
        messages.success(request, say(N_("Saved.")))


def _figures(record: MissionRecord, outcomes: Outcomes) -> tuple[str, str | None]:
    """The total cost and the return multiplier as shown, or which currency lacks a rate."""
    number = partial(format_decimal, locale=get_language() or "en")
    try:
        figures = compute_report_figures(context=mission_context(record), outcomes=outcomes)
    except MissingRateError as missing:
        problem = say(N_("No rate converts {currency} into {reporting}."))
        return problem.format(
            currency=missing.currency, reporting=outcomes.reporting_currency
        ), None
    total = f"{number(round(figures.cost))} {outcomes.reporting_currency}"
    multiplier = figures.return_multiplier
    return total, None if multiplier is None else number(multiplier)


@mission_view(ORGANISER)
def costs(request: HttpRequest, membership: Membership) -> HttpResponse:
    """GET the costs, the rates and the multiplier they give; POST adds a cost or a rate."""
    record = membership.mission
    if request.method == "POST":
        _save(request, membership)
        return redirect("wafd:costs", record.pk)
    outcomes = load_outcomes(record)
    number = partial(format_decimal, locale=get_language() or "en")
    total, multiplier = _figures(record, outcomes)
    page = {
        "membership": membership,
        "outcomes": outcomes,
        "costs": [
            (c.item, c.funder, number(c.amount.amount), c.amount.currency) for c in outcomes.costs
        ],
        "rates": [(r.currency, number(r.rate), r.on) for r in outcomes.rates],
        "total": total,
        "multiplier": multiplier,
        "today": date.today().isoformat(),
        "words": {
            "heading": say(N_("Costs and exchange rates")),
            "cost": say(N_("Cost of the mission")),
            "multiplier": say(N_("Return multiplier")),
            "item": say(N_("What was paid for")),
            "funder": say(N_("Who paid")),
            "amount": say(N_("Amount")),
            "currency": say(N_("ISO 4217 code, e.g. USD, MAD")),
            "rate": say(N_("Units of the reporting currency for 1 unit")),
            "on": say(N_("From when the rate applies")),
            "add_cost": say(N_("Add the cost")),
            "add_rate": say(N_("Save the rate")),
            "reporting": say(N_("Reporting currency: {currency}")).format(
                currency=outcomes.reporting_currency
            ),
        },
    }
    return render(request, "wafd/outcomes_costs.html", page)
