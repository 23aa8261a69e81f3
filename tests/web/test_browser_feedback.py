"""End to end in Debian's chromium: a delegate, in Arabic on a phone, gives feedback on a meeting
from their agenda; it is saved, and the organiser finds it in the report."""

from typing import Any

import pytest
from django.contrib.auth.models import User

from wafd.web.models import MemberRole, Membership, ParticipantRow, VersionState
from wafd.web.outcomes import load_outcomes
from wafd.web.store import save_mission, save_schedule

from .factories import small_mission, small_schedule
from .test_browser import PASSWORD, _log_in, _organiser_signed_in, _shot, browser, pytestmark

__all__ = ["browser", "pytestmark"]


@pytest.mark.django_db(transaction=True)
def test_delegate_gives_feedback_in_arabic_on_a_phone(live_server: Any, browser: Any) -> None:
    base = live_server.url
    mission = small_mission("feedback")
    record = save_mission(mission, user=None)
    save_schedule(record, small_schedule(mission), user=None, state=VersionState.FINAL)
    delegate = User.objects.create_user("delegate", password=PASSWORD)
    Membership.objects.create(
        user=delegate,
        mission=record,
        role=MemberRole.DELEGATE,
        participant=ParticipantRow.objects.get(mission=record, pid="d1"),
    )
    phone = browser.new_context(locale="ar", viewport={"width": 375, "height": 800})
    page = phone.new_page()
    _log_in(page, base, "delegate")
    page.goto(f"{base}/m/{record.pk}/agenda/")
    page.select_option("#language", "ar")
    page.click("form.lang button")
    page.wait_for_selector("html[dir=rtl]")

    page.click("a.feedback-link")
    page.wait_for_selector("form.feedback")
    assert (
        page.locator("form.feedback legend").first.inner_text() == "التقييم (1 = ضعيف، 5 = ممتاز):"
    )
    page.check("input[name=rating][value='5']")
    page.check("input[name=follow_up][value=yes]")
    page.check("input[name=interests][value=partnership]")
    page.fill("textarea[name=comment]", "لقاء مثمر، نريد المتابعة")
    _shot(page, "11-delegate-feedback-arabic-phone")
    page.click("form.feedback button[type=submit]")
    page.wait_for_url("**/agenda/")

    assert "تم حفظ رأيك" in page.content()
    saved = load_outcomes(record).feedback
    assert [(f.participant, f.rating, str(f.follow_up), f.comment) for f in saved] == [
        ("d1", 5, "yes", "لقاء مثمر، نريد المتابعة")
    ]
    phone.close()


@pytest.mark.django_db(transaction=True)
def test_organiser_takes_attendance_on_a_phone_and_reads_the_report(
    live_server: Any, browser: Any
) -> None:
    base = live_server.url
    phone, page, record = _organiser_signed_in(
        live_server, browser, mission_name="door", width=375, height=800
    )
    page.goto(f"{base}/m/{record.pk}/attendance/")

    card = page.locator("#attendance-m1")
    card.locator("select[name=status]").select_option("no_show")
    card.locator("input[name=absent][value=h1]").check()
    _shot(page, "12-organiser-attendance-phone")
    card.locator("button[type=submit]").click()
    page.wait_for_selector(".messages, [role=status], main")

    assert [(a.meeting, str(a.status)) for a in load_outcomes(record).attendance] == [
        ("m1", "no_show")
    ]
    page.select_option("#language", "ar")
    page.click("form.lang button")
    page.wait_for_selector("html[dir=rtl]")
    page.goto(f"{base}/m/{record.pk}/report/")
    assert page.locator("figure.chart svg").count() == 5
    _shot(page, "13-organiser-report-arabic-phone")
    phone.close()
