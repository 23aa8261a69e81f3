"""End to end in Debian's chromium: an organiser invites a delegate by e-mail; the delegate
follows the invitation link from the message, chooses a password (the address is the
username) and lands on their agenda.

Screenshots go to ``test-artifacts/``.
"""

import re
from email import message_from_bytes, policy
from typing import Any

import pytest
from django.contrib.auth.models import User

from wafd.web.mail_models import OutboxMessage
from wafd.web.models import MemberRole, Membership

from . import test_browser
from .mail_world import PASSWORD, mail_world
from .test_browser import CHROMIUM, _log_in, _shot

browser = test_browser.browser  # the chromium fixture, shared

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not CHROMIUM, reason="Debian's chromium is not installed"),
]
CHOSEN = "a-password-chosen-in-the-browser"


def _link_in(row: OutboxMessage) -> str:
    message: Any = message_from_bytes(bytes(row.raw), policy=policy.default)
    text = message.get_body(("plain",)).get_content()
    return str(re.findall(r"https?://\S+/invite/\S+/", text)[0])


@pytest.mark.django_db(transaction=True)
def test_invited_delegate_sets_a_password_and_sees_their_agenda(
    live_server: Any, browser: Any, settings: Any
) -> None:
    settings.WAFD_SITE_URL = live_server.url
    world = mail_world()
    organiser = User.objects.get(username="org")
    organiser.set_password(PASSWORD)
    organiser.save()

    context = browser.new_context(locale="en-GB", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    _log_in(page, live_server.url, "org")
    page.goto(f"{live_server.url}/m/{world.record.pk}/members/")
    page.fill("input[name=email]", "d1@example.org")
    page.select_option("form[action$='/members/invite/'] select[name=role]", "delegate")
    page.select_option("form[action$='/members/invite/'] select[name=participant]", "d1")
    page.click("form[action$='/members/invite/'] button[type=submit]")
    page.wait_for_selector("text=Invitation queued for d1@example.org")
    _shot(page, "mail-01-organiser-invites")
    page.goto(f"{live_server.url}/m/{world.record.pk}/mail/")
    _shot(page, "mail-02-outbox")
    context.close()

    link = _link_in(OutboxMessage.objects.get(kind="invitation"))
    assert link.startswith(live_server.url)
    phone = browser.new_context(locale="ar", viewport={"width": 375, "height": 800})
    page = phone.new_page()
    page.goto(link)
    page.wait_for_selector("input[name=password1]")
    _shot(page, "mail-03-choose-password-phone")
    page.fill("input[name=password1]", CHOSEN)
    page.fill("input[name=password2]", CHOSEN)
    page.click("main form button[type=submit]")
    page.wait_for_url(f"**/m/{world.record.pk}/agenda/")
    assert page.locator(".meeting strong").all_inner_texts() == ["Meeting m1"]
    _shot(page, "mail-04-agenda-after-invitation")
    phone.close()

    user = User.objects.get(username="d1@example.org")
    assert user.check_password(CHOSEN)
    assert Membership.objects.get(user=user).role == MemberRole.DELEGATE
