"""What every API module shares: authentication, the membership check, common schemas."""

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.db import connection
from django.http import Http404, HttpRequest
from django.utils.functional import SimpleLazyObject
from ninja import Field, Schema
from ninja.errors import HttpError
from ninja.security import HttpBearer

from wafd.web.access import membership_for, require
from wafd.web.access_light import Access, access_for, column
from wafd.web.models import ApiToken, MeetingRow, Membership, ScheduleVersion, SchedulingRun
from wafd.web.views.tokens import digest


@dataclass(frozen=True)
class TokenUser:
    """What a valid API key authenticates: its user, loaded only when needed."""

    user_id: int


@cache
def _token_sql() -> str:
    quote = connection.ops.quote_name
    return (
        f"SELECT t.{column(ApiToken, 'user')}, u.{column(User, 'is_active')}"
        f" FROM {quote(ApiToken._meta.db_table)} t JOIN {quote(User._meta.db_table)} u"
        f" ON u.{column(User, 'id')} = t.{column(ApiToken, 'user')}"
        f" WHERE t.{column(ApiToken, 'digest')} = %s"
    )


class TokenAuth(HttpBearer):
    """``Authorization: Bearer <key>``: one query on the key's digest and its user's state.

    ``request.user`` becomes the key's user, loaded from the database on first use (as
    Django's own authentication middleware does); the hot read endpoints never use it.
    """

    def authenticate(self, request: HttpRequest, token: str) -> TokenUser | None:
        with connection.cursor() as cursor:
            cursor.execute(_token_sql(), [digest(token)])
            row = cursor.fetchone()
        if row is None or not row[1]:
            return None
        user_id = int(row[0])
        request.user = SimpleLazyObject(lambda: User.objects.get(pk=user_id))  # type: ignore[assignment]
        return TokenUser(user_id)


def caller_id(request: HttpRequest) -> int | None:
    """The authenticated caller's user id, without loading the user for an API key."""
    auth = getattr(request, "auth", None)
    if isinstance(auth, TokenUser):
        return auth.user_id
    return request.user.pk if isinstance(request.user, User) else None


@contextmanager
def _as_api_errors() -> Iterator[None]:
    """The pages' 404 and 403 exceptions as the API's JSON errors."""
    try:
        yield
    except Http404 as missing:
        raise HttpError(404, "no such mission") from missing
    except PermissionDenied as denied:
        raise HttpError(403, "your role in this mission does not allow this") from denied


def member_access(request: HttpRequest, mission_pk: int, roles: tuple[str, ...]) -> Access:
    """As ``member``, as the light ``Access`` of the hot read endpoints (same 404 and 403)."""
    with _as_api_errors():
        access = access_for(caller_id(request) or 0, mission_pk)
        require(access, roles)
    return access


def member(request: HttpRequest, mission_pk: int, roles: tuple[str, ...]) -> Membership:
    """The caller's membership with one of ``roles``: 404 for non-members, 403 for others."""
    with _as_api_errors():
        membership = membership_for(caller_id(request), mission_pk)
        require(membership, roles)
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
    seed: int | None = Field(None, description="The solver's seed, when the run was given one.")


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
    return RunOut(
        id=run.pk, state=run.state, objective=run.objective, bound=run.bound, seed=run.seed
    )
