"""What every API module shares: authentication, the membership check, common schemas."""

from datetime import datetime
from typing import Any

from django.contrib.auth.models import AbstractBaseUser, User
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest
from ninja import Schema
from ninja.errors import HttpError
from ninja.security import HttpBearer

from wafd.web.access import membership_for, require
from wafd.web.models import ApiToken, MeetingRow, Membership, ScheduleVersion, SchedulingRun
from wafd.web.views.tokens import digest


class TokenAuth(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> AbstractBaseUser | None:
        try:
            found = ApiToken.objects.select_related("user").get(digest=digest(token))
        except ApiToken.DoesNotExist:
            return None
        if not found.user.is_active:
            return None
        request.user = found.user
        return found.user


def member(request: HttpRequest, mission_pk: int, roles: tuple[str, ...]) -> Membership:
    """The caller's membership with one of ``roles``: 404 for non-members, 403 for others."""
    user = request.user if isinstance(request.user, User) else None
    try:
        membership = membership_for(user, mission_pk)
        require(membership, roles)
    except Http404 as missing:
        raise HttpError(404, "no such mission") from missing
    except PermissionDenied as denied:
        raise HttpError(403, "your role in this mission does not allow this") from denied
    return membership


class VersionOut(Schema):
    number: int
    state: str
    created_at: datetime
    meetings: int


class MeetingOut(Schema):
    id: str
    title: str
    start: datetime
    end: datetime
    status: str
    venue: str | None
    locked: bool
    participants: list[str]


class RunOut(Schema):
    id: int
    state: str
    objective: dict[str, Any]
    bound: dict[str, Any]


def meeting_out(row: MeetingRow) -> MeetingOut:
    return MeetingOut(
        id=row.mid,
        title=row.title,
        start=row.start,
        end=row.end,
        status=row.status,
        venue=row.data.get("venue"),
        locked=row.locked,
        participants=list(row.data.get("participants", [])),
    )


def version_out(version: ScheduleVersion) -> VersionOut:
    count = getattr(version, "n", None)
    return VersionOut(
        number=version.number,
        state=version.state,
        created_at=version.created_at,
        meetings=version.meetings.count() if count is None else count,
    )


def run_out(run: SchedulingRun) -> RunOut:
    return RunOut(id=run.pk, state=run.state, objective=run.objective, bound=run.bound)
