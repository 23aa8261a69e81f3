"""The membership check of the hot read paths: one indexed query, no models built.

Agendas and schedule JSON are served from the cache (``wafd.web.caching``); to find
them a request needs only the member's role and participant and the mission's change
stamp. Building that through the ORM (three joined models, one of them with a large
JSON column deferred) costs several times the query itself, on every request; here
the same rules as ``access.membership_for`` and ``access.require`` are one SQL query
returning three columns. The full ``Membership`` is loaded only when the content has
to be computed.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache, wraps
from typing import Any, Concatenate, ParamSpec

from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.dateparse import parse_datetime

from wafd.web.access import membership_for, require, signed_in
from wafd.web.models import Membership, MissionRecord

P = ParamSpec("P")


@dataclass(frozen=True)
class Access:
    """A member of a mission as a cached page needs them (``role`` as ``Membership``'s)."""

    user_id: int
    mission_id: int
    role: str
    participant_id: int | None
    changed: Any
    """The mission's ``changed_at`` as the database driver returns it."""

    @property
    def stamp(self) -> str:
        """The mission and the moment it last changed, as part of a cache key."""
        return f"m{self.mission_id}.{int(self.changed_at.timestamp() * 1_000_000)}"

    @property
    def changed_at(self) -> datetime:
        if isinstance(self.changed, datetime):
            return self.changed
        parsed = parse_datetime(str(self.changed))  # SQLite returns text
        if parsed is None:
            raise ValueError(f"not a timestamp: {self.changed!r}")
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)

    def membership(self) -> Membership:
        """The full membership, for computing what is not cached yet."""
        return membership_for(self.user_id, self.mission_id)


def column(model: Any, name: str) -> str:
    """A model field's column, quoted for the database: raw SQL that follows the models."""
    return str(connection.ops.quote_name(str(model._meta.get_field(name).column)))


@cache
def _sql() -> str:
    quote = connection.ops.quote_name
    return (
        f"SELECT m.{column(Membership, 'role')}, m.{column(Membership, 'participant')},"
        f" r.{column(MissionRecord, 'changed_at')}"
        f" FROM {quote(Membership._meta.db_table)} m"
        f" JOIN {quote(MissionRecord._meta.db_table)} r"
        f" ON r.{column(MissionRecord, 'id')} = m.{column(Membership, 'mission')}"
        f" WHERE m.{column(Membership, 'user')} = %s AND m.{column(Membership, 'mission')} = %s"
    )


def access_for(user_id: int, mission_pk: int) -> Access:
    """The user's access to the mission, or 404 (as ``access.membership_for``)."""
    with connection.cursor() as cursor:
        cursor.execute(_sql(), [user_id, mission_pk])
        row = cursor.fetchone()
    if row is None:
        raise Http404("no such mission")
    role, participant_id, changed = row
    return Access(user_id, mission_pk, role, participant_id, changed)


AccessView = Callable[Concatenate[HttpRequest, Access, P], HttpResponse]


def access_view(*roles: str) -> Callable[[AccessView[P]], Callable[..., HttpResponse]]:
    """As ``access.mission_view``, handing the view an ``Access`` instead of a ``Membership``."""

    def decorate(view: AccessView[P]) -> Callable[..., HttpResponse]:
        @login_required
        @wraps(view)
        def wrapper(
            request: HttpRequest, mission_pk: int, *args: P.args, **kwargs: P.kwargs
        ) -> HttpResponse:
            access = access_for(signed_in(request).pk, mission_pk)
            require(access, roles)
            return view(request, access, *args, **kwargs)

        return wrapper

    return decorate
