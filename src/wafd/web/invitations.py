"""Invitations to the site: an account without a password and a single-use link to choose one.

The link is Django's password-reset token (``default_token_generator``): it is signed with
the account's password hash and last login, so it stops working once used, and it expires
after ``PASSWORD_RESET_TIMEOUT``. The message goes through the outbox like every other.
"""

from datetime import timedelta

from django.conf import settings
from django.contrib.auth.models import User
from django.contrib.auth.tokens import default_token_generator
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from wafd.io.rules.emails import is_valid_address
from wafd.model import Mission
from wafd.notify import Person, Words, compose_message, recipient_language, site_invitation_letter
from wafd.web.access import audit
from wafd.web.models import Membership, MissionRecord, ParticipantRow
from wafd.web.notifying import sender_for, site_url
from wafd.web.outbox import queue_raw
from wafd.web.store import load_mission


def welcome_link(record: MissionRecord, user: User) -> str:
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    return site_url(reverse("wafd:welcome", args=[record.pk, uid, token]))


def account_for(address: str) -> User:
    """The account with this address, or a new one without a usable password."""
    user = User.objects.filter(username__iexact=address).first()
    user = user or User.objects.filter(email__iexact=address).first()
    if user is None:
        user = User(username=address, email=address)
        user.set_unusable_password()
        user.save()
    return user


@transaction.atomic
def invite(
    organiser: Membership,
    *,
    address: str,
    role: str,
    participant: ParticipantRow | None,
    mission: Mission | None = None,
) -> bool:
    """Give ``address`` a role in the mission; mail a link if the account has no password yet.

    Returns whether an invitation was queued (an account with a password just gets the role).
    """
    record = organiser.mission
    user = account_for(address)
    Membership.objects.update_or_create(
        user=user, mission=record, defaults={"role": role, "participant": participant}
    )
    audit(organiser, "member.invite", f"user{user.pk}", role=role)
    if user.has_usable_password():
        return False
    mission = mission or load_mission(record)
    person = mission.participant_index().get(participant.pid) if participant else None
    words = Words(recipient_language(mission, person))
    expires = (timezone.now() + timedelta(seconds=settings.PASSWORD_RESET_TIMEOUT)).date()
    name = person.display_name(words.language) if person else address
    letter = site_invitation_letter(
        mission_name=mission.name.get(words.language),
        name=name,
        words=words,
        link=welcome_link(record, user),
        expires=expires,
    )
    sender = sender_for(mission)
    key = f"{record.pk}:invitation:user{user.pk}:{timezone.now().isoformat()}"
    message = compose_message(
        letter, sender=sender, recipient=Person(address, name), key=key, now=timezone.now()
    )
    queue_raw(
        key=key,
        kind="invitation",
        address=address,
        sender=sender.address,
        subject=letter.subject,
        raw=message.as_bytes(),
        mission=record,
        pid=participant.pid if participant else "",
        name=name,
    )
    return True


def invite_participants(organiser: Membership) -> tuple[int, int]:
    """Invite every delegate and host who has an address and no account in this mission yet.

    Returns (invited, skipped without a usable address).
    """
    record = organiser.mission
    linked = set(
        Membership.objects.filter(mission=record, participant__isnull=False).values_list(
            "participant_id", flat=True
        )
    )
    mission = load_mission(record)
    invited = skipped = 0
    rows = ParticipantRow.objects.filter(mission=record, role__in=["delegate", "host"])
    for row in rows.exclude(pk__in=linked).order_by("pk"):
        address = str(row.data.get("email", "")).strip()
        if not is_valid_address(address):
            skipped += 1
            continue
        invite(organiser, address=address, role=row.role, participant=row, mission=mission)
        invited += 1
    return invited, skipped
