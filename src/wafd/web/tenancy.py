"""Who belongs to a mission: invitations, roles, removal and leaving, one function each.

Nobody is put into a mission without consent: an organiser creates an invitation, whose
link the person opens and accepts (signed in, or creating their account there). The
organiser never types a username, so the page tells nothing about which accounts exist.
Every change keeps at least one organiser in the mission, so a mission is never left
without someone to manage it. Pages and the API call these same functions.
"""

import hashlib
import secrets
from datetime import timedelta

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from wafd.web.access import audit
from wafd.web.actions import ActionError
from wafd.web.models import Invitation, MemberRole, Membership, ParticipantRow

INVITATION_DAYS = 14
CREATE_MISSION = "wafd.create_mission"


def may_create_missions(user: User) -> bool:
    """The site permission an administrator gives (``wafd grant-creator``, the admin site)."""
    return bool(user.is_authenticated and user.has_perm(CREATE_MISSION))


def invitation_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def invite(
    membership: Membership, *, role: str, participant: ParticipantRow | None, email: str = ""
) -> tuple[Invitation, str]:
    """A new invitation and the secret of its link (shown once or mailed to ``email``,
    stored only as a hash)."""
    if role not in MemberRole.values:
        raise ActionError(_("Choose a role."))
    if participant is not None and participant.mission_id != membership.mission_id:
        raise ActionError(_("No participant of this mission has this identifier."), 404)
    token = secrets.token_urlsafe(32)
    invitation = Invitation.objects.create(
        mission=membership.mission,
        role=role,
        participant=participant,
        digest=invitation_digest(token),
        email=email,
        created_by=membership.user,
        expires_at=timezone.now() + timedelta(days=INVITATION_DAYS),
    )
    audit(membership, "member.invite", f"invitation{invitation.pk}", role=role)
    return invitation, token


def open_invitation(token: str) -> Invitation:
    """The pending invitation of a link, or ``ActionError`` (404) for any other link."""
    found = (
        Invitation.objects.select_related("mission", "participant")
        .filter(digest=invitation_digest(token), accepted_at__isnull=True)
        .first()
    )
    if found is None or found.expires_at <= timezone.now():
        raise ActionError(
            _("This invitation link is not valid: it was used, withdrawn or has expired."), 404
        )
    return found


@transaction.atomic
def accept_invitation(*, token: str, user: User) -> Membership:
    """Make ``user`` a member as the invitation says; an existing membership keeps its role
    if it is an organiser's (an invitation never demotes the last organiser)."""
    invitation = open_invitation(token)
    existing = Membership.objects.filter(user=user, mission=invitation.mission).first()
    if existing is not None and existing.role == MemberRole.ORGANISER:
        member = existing
    else:
        member, _created = Membership.objects.update_or_create(
            user=user,
            mission=invitation.mission,
            defaults={"role": invitation.role, "participant": invitation.participant},
        )
    invitation.accepted_by = user
    invitation.accepted_at = timezone.now()
    invitation.save(update_fields=["accepted_by", "accepted_at"])
    audit(member, "member.join", f"user{user.pk}", role=member.role)
    return member


def withdraw_invitation(membership: Membership, *, invitation_pk: int) -> None:
    deleted, _rows = Invitation.objects.filter(
        mission=membership.mission, pk=invitation_pk, accepted_at__isnull=True
    ).delete()
    if deleted:
        audit(membership, "member.invite.withdraw", f"invitation{invitation_pk}")


def _member_of(membership: Membership, member_pk: int) -> Membership:
    found = (
        Membership.objects.select_for_update()
        .select_related("user")
        .filter(mission=membership.mission, pk=member_pk)
        .first()
    )
    if found is None:
        raise ActionError(_("This person is not a member of the mission."), 404)
    return found


def _keep_an_organiser(target: Membership) -> None:
    """Refuse a change that would leave the mission without an organiser."""
    if target.role != MemberRole.ORGANISER:
        return
    others = (
        Membership.objects.select_for_update()
        .filter(mission_id=target.mission_id, role=MemberRole.ORGANISER)
        .exclude(pk=target.pk)
    )
    if not others.exists():
        raise ActionError(
            _("A mission keeps at least one organiser: make someone else an organiser first."),
            409,
        )


@transaction.atomic
def change_role(
    membership: Membership, *, member_pk: int, role: str, participant: ParticipantRow | None
) -> Membership:
    if role not in MemberRole.values:
        raise ActionError(_("Choose a role."))
    target = _member_of(membership, member_pk)
    if role != MemberRole.ORGANISER:
        _keep_an_organiser(target)
    target.role = role
    target.participant = participant
    target.save(update_fields=["role", "participant"])
    audit(membership, "member.role", f"user{target.user_id}", role=role)
    return target


@transaction.atomic
def remove_member(membership: Membership, *, member_pk: int) -> None:
    """Take someone out of the mission (their account stays; only this membership goes)."""
    target = _member_of(membership, member_pk)
    _keep_an_organiser(target)
    target.delete()
    audit(membership, "member.remove", f"user{target.user_id}")


@transaction.atomic
def leave(membership: Membership) -> None:
    """A member leaves the mission; the last organiser cannot."""
    target = _member_of(membership, membership.pk)
    _keep_an_organiser(target)
    audit(membership, "member.leave", f"user{target.user_id}")
    target.delete()
