"""Who may see what: every mission-level view and API call goes through here.

A user reaches a mission only through a ``Membership``; someone who is not a
member gets 404 (the mission's existence is not disclosed), a member whose
role does not allow the page gets 403, an anonymous visitor is sent to log in.
"""

from collections.abc import Callable
from functools import wraps
from typing import Concatenate, ParamSpec, Protocol

from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.utils import timezone

from wafd.web.models import (
    AuditEntry,
    MemberRole,
    Membership,
    MissionRecord,
    RequestRow,
    ScheduleVersion,
    VersionState,
)

P = ParamSpec("P")
MissionView = Callable[Concatenate[HttpRequest, Membership, P], HttpResponse]

ORGANISER = MemberRole.ORGANISER.value
STAFF = (MemberRole.ORGANISER.value, MemberRole.VIEWER.value)
PORTAL = (MemberRole.DELEGATE.value, MemberRole.HOST.value)
EVERYONE = (*STAFF, *PORTAL)


def signed_in(request: HttpRequest) -> User:
    """The logged-in user of a view already behind ``login_required``."""
    user = request.user
    if not isinstance(user, User):
        raise PermissionDenied("log in first")
    return user


def membership_for(user: User | int | None, mission_pk: int) -> Membership:
    """The user's membership of the mission, or 404.

    The mission's JSON content (legs, venues, organisations: hundreds of kB for a
    big event) is left out here; pages that need it load it with one more query.
    """
    try:
        return (
            Membership.objects.select_related("mission", "participant")
            .defer("mission__content")
            .get(user=user, mission_id=mission_pk)
        )
    except Membership.DoesNotExist as missing:
        raise Http404("no such mission") from missing


class Member(Protocol):
    """Anything that knows a member's role: a ``Membership`` or an ``access_light.Access``."""

    @property
    def role(self) -> str: ...


def require(member: Member, roles: tuple[str, ...]) -> None:
    if member.role not in roles:
        raise PermissionDenied("your role in this mission does not allow this")


def mission_view(*roles: str) -> Callable[[MissionView[P]], Callable[..., HttpResponse]]:
    """Decorate a view taking ``(request, membership, ...)`` with login, scoping and roles."""

    def decorate(view: MissionView[P]) -> Callable[..., HttpResponse]:
        @login_required
        @wraps(view)
        def wrapper(
            request: HttpRequest, mission_pk: int, *args: P.args, **kwargs: P.kwargs
        ) -> HttpResponse:
            membership = membership_for(signed_in(request), mission_pk)
            require(membership, roles)
            return view(request, membership, *args, **kwargs)

        return wrapper

    return decorate


def own_participant_id(membership: Membership) -> str | None:
    return membership.participant.pid if membership.participant else None


def visible_requests(membership: Membership) -> QuerySet[RequestRow]:
    """Requests a member may see: all for staff, own for delegates, addressed ones for hosts."""
    rows = RequestRow.objects.filter(mission=membership.mission)
    if membership.role in STAFF:
        return rows
    participant = membership.participant
    if participant is None:
        return rows.none()
    if membership.role == MemberRole.HOST:
        return rows.filter(Q(target=participant.pid) | Q(target=participant.organisation))
    return rows.filter(requester=participant.pid)


def published_version(mission: MissionRecord | int) -> ScheduleVersion | None:
    """What delegates and hosts see: the latest final version, else the latest preliminary."""
    published = ScheduleVersion.objects.filter(mission=mission).exclude(state=VersionState.DRAFT)
    final = published.filter(state=VersionState.FINAL).order_by("-number").first()
    return final or published.order_by("-number").first()


def audit(membership: Membership, action: str, target: str, **detail: object) -> AuditEntry:
    """Record who did what; ``target`` is an id (meeting, request, version), never a name.

    Every change is audited, so this is also where the mission's ``changed_at`` moves on.
    """
    MissionRecord.objects.filter(pk=membership.mission_id).update(changed_at=timezone.now())
    return AuditEntry.objects.create(
        mission=membership.mission,
        user=membership.user,
        action=action,
        target=target,
        detail={"at": timezone.now().isoformat(), **detail},
    )
