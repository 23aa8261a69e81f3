"""Invitations by e-mail (single-use, expiring link) and password reset through the outbox."""

import re
from email import message_from_bytes, policy
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from wafd.web.mail_models import OutboxMessage
from wafd.web.models import Invitation, Membership, ParticipantRow

from .mail_world import PASSWORD, MailWorld, mail_world, mailed_mission

pytestmark = pytest.mark.django_db
NEW_PASSWORD = "another-long-passphrase-42"


@pytest.fixture
def world() -> MailWorld:
    return mail_world()


def _link(row: OutboxMessage) -> str:
    message: Any = message_from_bytes(bytes(row.raw), policy=policy.default)
    text = message.get_body(("plain",)).get_content()
    return re.findall(r"https?://\S+/(?:invite|password)/\S+/", text)[0]


def _path(url: str) -> str:
    return "/" + url.split("/", 3)[3]


def _invite(world: MailWorld, address: str, role: str = "delegate", pid: str = "") -> list[str]:
    """Invite by e-mail from the Members page; the messages the organiser is shown."""
    answer = world.client().post(
        reverse("wafd:member-invite", args=[world.record.pk]),
        {"email": address, "role": role, "participant": pid},
        follow=True,
    )
    return [str(message) for message in answer.context["messages"]]


def test_inviting_a_delegate_queues_a_message_in_their_language(world: MailWorld) -> None:
    _invite(world, "d1@example.org", pid="d1")

    row = OutboxMessage.objects.get(kind="invitation")
    message: Any = message_from_bytes(bytes(row.raw), policy=policy.default)
    assert row.address == "d1@example.org"
    assert message["Content-Language"] == "ar"
    assert str(message["Subject"]).startswith("دخولك إلى")
    invitation = Invitation.objects.get(mission=world.record)
    assert (invitation.email, invitation.participant.pid) == ("d1@example.org", "d1")
    assert not User.objects.filter(username="d1@example.org").exists(), "made when accepted"


def test_email_invitation_never_adds_an_existing_account_without_its_acceptance(
    world: MailWorld,
) -> None:
    existing = User.objects.create_user("known", email="known@example.org", password=PASSWORD)

    shown_for_known = _invite(world, "known@example.org", pid="d1")
    shown_for_new = _invite(world, "new@example.org", pid="d2")

    assert not Membership.objects.filter(user=existing).exists()
    assert [m.replace("known", "X") for m in shown_for_known] == [
        m.replace("new", "X") for m in shown_for_new
    ], "the answer does not tell whether the address has an account"
    signed_in = Client()
    signed_in.force_login(existing)
    accepted = signed_in.post(_path(_link(OutboxMessage.objects.filter(kind="invitation")[0])))
    assert accepted.status_code == 302
    member = Membership.objects.get(user=existing, mission=world.record)
    assert (member.role, member.participant.pid) == ("delegate", "d1")


def test_the_invitation_link_sets_a_password_and_opens_the_agenda(world: MailWorld) -> None:
    _invite(world, "d2@example.org", pid="d2")
    link = _path(_link(OutboxMessage.objects.get(kind="invitation")))
    browser = Client()

    page = browser.get(link).content.decode()
    done = browser.post(link, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD}, follow=True)

    assert 'value="d2@example.org"' in page
    assert "disabled" in page
    assert done.redirect_chain[-1][0] == reverse("wafd:agenda", args=[world.record.pk])
    user = User.objects.get(username="d2@example.org")
    assert user.email == "d2@example.org"
    assert Membership.objects.get(user=user).participant.pid == "d2"
    assert Client().login(username="d2@example.org", password=NEW_PASSWORD)


def test_the_invitation_link_works_only_once(world: MailWorld) -> None:
    _invite(world, "h1@example.org", role="host", pid="h1")
    link = _path(_link(OutboxMessage.objects.get(kind="invitation")))
    Client().post(link, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})

    again = Client().get(link)

    assert again.status_code == 404
    assert "This invitation link is not valid" in again.content.decode()
    assert b"password1" not in again.content


def test_invite_everyone_invites_each_participant_with_an_address_once() -> None:
    mission = mailed_mission()
    people = tuple(
        p.model_copy(update={"email": "bad"}) if p.id == "h2" else p for p in mission.participants
    )
    world = mail_world(mission.model_copy(update={"participants": people}))
    world.client().post(reverse("wafd:members-invite-all", args=[world.record.pk]))
    world.client().post(reverse("wafd:members-invite-all", args=[world.record.pk]))

    addresses = sorted(OutboxMessage.objects.values_list("address", flat=True))
    assert addresses == ["d1@example.org", "d2@example.org", "h1@example.org"]
    assert not Membership.objects.filter(mission=world.record, participant__isnull=False).exists()


@pytest.fixture
def outbox_mail(settings: Any) -> None:
    """The test runner swaps Django's mail for an in-memory box; put the site's back."""
    from wafd.web import settings as site_settings

    settings.EMAIL_BACKEND = site_settings.EMAIL_BACKEND


def test_password_reset_mail_goes_through_the_outbox(world: MailWorld, outbox_mail: None) -> None:
    world.organiser.email = "org@example.net"
    world.organiser.save()
    Client().post(reverse("wafd:password-reset"), {"email": "org@example.net"})
    row = OutboxMessage.objects.get(kind="account")
    assert row.address == "org@example.net"
    link = _path(_link(row))
    browser = Client()
    set_url = browser.get(link, follow=True).redirect_chain[-1][0]
    browser.post(set_url, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    assert Client().login(username="org", password=NEW_PASSWORD)
    assert not Client().login(username="org", password=PASSWORD)


def test_password_reset_for_an_unknown_address_sends_nothing(
    world: MailWorld, outbox_mail: None
) -> None:
    response = Client().post(reverse("wafd:password-reset"), {"email": "nobody@example.org"})
    assert response.status_code == 302
    assert OutboxMessage.objects.count() == 0


def test_mail_preferences_save_an_opt_out(world: MailWorld) -> None:
    user = User.objects.create_user("delegate", password=PASSWORD)
    Membership.objects.create(
        user=user,
        mission=world.record,
        role="delegate",
        participant=ParticipantRow.objects.get(mission=world.record, pid="d1"),
    )
    client = Client()
    client.force_login(user)
    client.post(reverse("wafd:mail-preferences", args=[world.record.pk]), {"messages": "on"})
    from wafd.web.mail_models import MailPreference

    preference = MailPreference.objects.get(mission=world.record, pid="d1")
    assert (preference.reminders, preference.messages) == (False, True)
