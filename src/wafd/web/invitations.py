"""Invitations by e-mail: the mission's invitation (``tenancy.invite``), its link mailed.

There is one way into a mission: an organiser's ``Invitation`` (a role, perhaps the
participant the person is), accepted by the person at its link, who logs in there or,
new to the site, chooses a password (``views/account.py``). Inviting by e-mail only mails
that link instead of showing it, in the recipient's language and through the outbox like
every other message. Nobody is added to a mission before accepting, and the organiser is
told the same thing whether or not the address has an account on the site.
"""

from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from wafd.io.rules.emails import is_valid_address
from wafd.model import Mission
from wafd.notify import Person, Words, compose_message, recipient_language, site_invitation_letter
from wafd.web import tenancy
from wafd.web.models import Invitation, Membership, ParticipantRow
from wafd.web.notifying import sender_for, site_url
from wafd.web.outbox import queue_raw
from wafd.web.store import load_mission


def invitation_link(token: str) -> str:
    return site_url(reverse("wafd:invitation", args=[token]))


@transaction.atomic
def invite(
    organiser: Membership,
    *,
    address: str,
    role: str,
    participant: ParticipantRow | None,
    mission: Mission | None = None,
) -> Invitation:
    """Create an invitation to ``role`` and mail its acceptance link to ``address``."""
    record = organiser.mission
    invitation, token = tenancy.invite(organiser, role=role, participant=participant, email=address)
    mission = mission or load_mission(record)
    person = mission.participant_index().get(participant.pid) if participant else None
    words = Words(recipient_language(mission, person))
    name = person.display_name(words.language) if person else address
    letter = site_invitation_letter(
        mission_name=mission.name.get(words.language),
        name=name,
        words=words,
        link=invitation_link(token),
        expires=invitation.expires_at.date(),
    )
    sender = sender_for(mission)
    key = f"{record.pk}:invitation:{invitation.pk}"
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
    return invitation


def invite_participants(organiser: Membership) -> tuple[int, int]:
    """Invite every delegate and host with an address who is neither a member of this
    mission nor already invited (a pending invitation that has not expired).

    Returns (invited, skipped without a usable address).
    """
    record = organiser.mission
    linked = set(
        Membership.objects.filter(mission=record, participant__isnull=False).values_list(
            "participant_id", flat=True
        )
    )
    linked |= set(
        Invitation.objects.filter(
            mission=record,
            participant__isnull=False,
            accepted_at__isnull=True,
            expires_at__gt=timezone.now(),
        ).values_list("participant_id", flat=True)
    )
    mission = load_mission(record)
    invited = skipped = 0
    rows = ParticipantRow.objects.filter(mission=record, role__in=["delegate", "host"])
    for row in rows.exclude(pk__in=linked).order_by("pk"):
        address = str(row.data.get("email", "")).strip()
        if not is_valid_address(address) or len(address) > 150:
            skipped += 1
            continue
        invite(organiser, address=address, role=row.role, participant=row, mission=mission)
        invited += 1
    return invited, skipped
