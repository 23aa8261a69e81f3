"""End to end in Debian's chromium: an organiser, in Arabic on a phone, enters a rate and a
cost and sees the return multiplier; a workbook with a bad rating is shown back at its cell."""

from pathlib import Path
from typing import Any

import openpyxl
import pytest

from wafd.outcomes import Outcomes, add_cost
from wafd.outcomes.files import write_outcomes
from wafd.web.models import Membership
from wafd.web.outcomes import load_outcomes

from .test_browser import _organiser_signed_in, _shot, browser, pytestmark

__all__ = ["browser", "pytestmark"]


def _organiser_in_arabic(live_server: Any, browser: Any, width: int) -> tuple[Any, Any, int]:
    context, page, record = _organiser_signed_in(
        live_server, browser, mission_name="money", locale="ar", width=width, height=800
    )
    return context, page, record.pk


@pytest.mark.django_db(transaction=True)
def test_organiser_enters_a_rate_and_a_cost_in_arabic_on_a_phone(
    live_server: Any, browser: Any
) -> None:
    context, page, pk = _organiser_in_arabic(live_server, browser, 375)
    page.goto(f"{live_server.url}/m/{pk}/costs/")
    assert page.locator("html").get_attribute("dir") == "rtl"

    rate = page.locator("#rate-set")
    rate.locator("input[name=currency]").fill("MAD")
    rate.locator("input[name=rate]").fill("0.1")
    rate.locator("button[type=submit]").click()
    page.wait_for_selector("#rates td")
    cost = page.locator("#cost-add")
    cost.locator("input[name=item]").fill("تذاكر الطيران")
    cost.locator("input[name=amount]").fill("20000")
    cost.locator("input[name=currency]").fill("MAD")
    cost.locator("input[name=funder]").fill("الوزارة")
    cost.locator("button[type=submit]").click()
    page.wait_for_selector("#costs td")
    _shot(page, "14-organiser-costs-arabic-phone")

    outcomes = load_outcomes(Membership.objects.get().mission)
    assert [(c.item, c.amount.amount) for c in outcomes.costs] == [("تذاكر الطيران", 20000)]
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    context.close()


@pytest.mark.django_db(transaction=True)
def test_organiser_sees_a_bad_workbook_at_its_cell(
    live_server: Any, browser: Any, tmp_path: Path
) -> None:
    path = write_outcomes(
        add_cost(Outcomes(), item="Flights", amount=1, currency="USD"), tmp_path / "out.xlsx"
    )
    book = openpyxl.load_workbook(path)
    book["Feedback"].append(["m1", "d1", 9, "yes", "", ""])
    book.save(path)
    context, page, pk = _organiser_in_arabic(live_server, browser, 1280)
    page.goto(f"{live_server.url}/m/{pk}/outcomes/import/")

    page.set_input_files("input[name=workbook]", str(path))
    page.click("#outcomes-import button[type=submit]")
    page.wait_for_selector("#outcome-problems")
    _shot(page, "15-organiser-outcomes-import-problems-arabic")

    assert "Feedback" in page.locator("#outcome-problems").inner_text()
    assert load_outcomes(Membership.objects.get().mission).costs == ()
    context.close()
