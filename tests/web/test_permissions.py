"""The URL x role matrix: every route of the URL configuration, tried by every kind of caller.

The routes come from the URL configuration itself (and the API's OpenAPI schema for its
methods), so a new route without a row here fails ``test_every_route_has_a_row``. Each row
says which roles may use the route and what they get; everyone else gets what the scoping
rules give: a member whose role does not allow it 403, someone who is not a member of the
mission (the organiser of another mission, or a user in no mission) 404, an anonymous
visitor the login page (pages) or 401 (API). Each role's request runs in a savepoint that
is rolled back, so one role's change never decides another's answer.
"""

import json
import re
from dataclasses import dataclass, field
from typing import Any

import pytest
from django.core.cache import cache
from django.db import transaction
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from wafd.web import tenancy
from wafd.web.models import (
    CalendarToken,
    ImportJob,
    Membership,
    ParticipantRow,
    RequestRow,
    SchedulingRun,
)

from .conftest import World

ROLES = ("organiser", "viewer", "delegate", "host", "stranger", "outsider", "anonymous")
"""``stranger`` organises another mission; ``outsider`` is a user in no mission."""
ORG = ("organiser",)
STAFF = ("organiser", "viewer")
MEMBERS = ("organiser", "viewer", "delegate", "host")
SIGNED_IN = (*MEMBERS, "stranger", "outsider")
NOBODY: tuple[str, ...] = ()
CREATORS = ("organiser", "stranger")
"""Organisers in the fixtures were given the site permission to create missions."""
LOGIN = 302

# Routes with a separate test of their own: Django's admin site (staff only, its own login).
SEPARATE_PREFIXES = ("admin/",)


@dataclass(frozen=True)
class Row:
    route: str
    allowed: tuple[str, ...]
    ok: int = 200
    method: str = "GET"
    query: str = ""
    data: dict[str, Any] | None = None
    mission: bool = True
    """False for routes outside a mission: signed-in users not allowed get 403 there."""
    special: dict[str, int] = field(default_factory=dict)

    @property
    def api(self) -> bool:
        return self.route.startswith("api/")

    def expected(self, role: str) -> int:
        if role in self.special:
            return self.special[role]
        if role == "anonymous":
            return 401 if self.api else LOGIN
        if role in self.allowed:
            return self.ok
        if role in ("stranger", "outsider") and self.mission:
            return 404
        return 403


M = "m/{mission_pk}/"
A = "api/missions/{mission_pk}/"
NOT_LINKED = {"organiser": 404, "viewer": 404}
"""Staff without a participant of their own: a delegate's or host's page does not exist."""

MATRIX: list[Row] = [
    # Outside any mission.
    Row("", SIGNED_IN, mission=False),
    Row("login/", SIGNED_IN, ok=302, mission=False, special={"anonymous": 200}),
    Row("logout/", SIGNED_IN, ok=302, method="POST", mission=False, special={"anonymous": 302}),
    Row("missions/new/", CREATORS, mission=False),
    Row("missions/import/", CREATORS, mission=False),
    Row("missions/import/{job_pk}/", ("stranger",), mission=False, special={"organiser": 404}),
    Row("account/password/", SIGNED_IN, mission=False),
    Row("invite/{secret}/", NOBODY, special=dict.fromkeys(ROLES, 200)),
    Row("account/api-keys/", SIGNED_IN, mission=False),
    Row("account/api-keys/create/", SIGNED_IN, ok=302, method="POST", mission=False),
    Row("account/api-keys/delete/", SIGNED_IN, ok=302, method="POST", mission=False),
    Row("cal/{token}.ics", NOBODY, special=dict.fromkeys(ROLES, 200)),
    # Signed links mailed to people: a wrong signature is refused the same way for everyone.
    Row("password/reset/", NOBODY, special=dict.fromkeys(ROLES, 200)),
    Row("password/reset/sent/", NOBODY, special=dict.fromkeys(ROLES, 200)),
    Row("password/reset/done/", NOBODY, special=dict.fromkeys(ROLES, 200)),
    Row("password/reset/{uidb64}/{token}/", NOBODY, special=dict.fromkeys(ROLES, 200)),
    Row("survey/{token}/", NOBODY, special=dict.fromkeys(ROLES, 404)),
    Row("i18n/setlang/", NOBODY, method="POST", data={"language": "fr"}, mission=False,
        special=dict.fromkeys(ROLES, 302)),
    # Pages of one mission.
    Row(M, MEMBERS),
    Row(M + "participants/", STAFF),
    Row(M + "participants/{row_pk}/edit/", ORG),
    Row(M + "hosts/", MEMBERS),
    Row(M + "profile/", MEMBERS, special=NOT_LINKED),
    Row(M + "places/", ORG),
    Row(M + "places/remove/", ORG, ok=302, method="POST", data={"kind": "venue", "id": "none"}),
    Row(M + "requests/", MEMBERS),
    Row(M + "requests/set/", ("organiser", "delegate"), ok=302, method="POST",
        data={"requester": "d2", "target": "h1", "preference": "want"}),
    Row(M + "requests/{request_pk}/respond/", ("organiser", "host"), ok=302, method="POST",
        data={"answer": "accepted"}),
    Row(M + "recommendations/", ("organiser", "delegate")),
    Row(M + "recommendations/accept/", ("organiser", "delegate"), ok=302, method="POST",
        data={"top_n": "1"}),
    Row(M + "schedule/", STAFF),
    Row(M + "schedule/diff/", STAFF, query="?old=1&new=1"),
    Row(M + "schedule/v{number}/", STAFF),
    Row(M + "schedule/v{number}/publish/", ORG, ok=302, method="POST", data={"state": "final"}),
    Row(M + "schedule/run/", ORG, ok=302, method="POST", data={"mode": "greedy"}),
    Row(M + "schedule/replan/", ORG, ok=302, method="POST", data={"cancel": "m1"}),
    Row(M + "schedule/runs/{run_pk}/", STAFF),
    Row(M + "schedule/runs/{run_pk}/progress.json", STAFF),
    Row(M + "schedule/runs/{run_pk}/cancel/", ORG, ok=302, method="POST"),
    Row(M + "meetings/{mid}/move/", ORG),
    Row(M + "meetings/{mid}/lock/", ORG, ok=302, method="POST", data={"locked": "1"}),
    Row(M + "agenda/", MEMBERS, special=NOT_LINKED),
    Row(M + "calendar/", MEMBERS, special=NOT_LINKED),
    Row(M + "calendar/agenda.ics", MEMBERS, special=NOT_LINKED),
    Row(M + "calendar/create/", MEMBERS, ok=302, method="POST", special=NOT_LINKED),
    Row(M + "calendar/revoke/", MEMBERS, ok=302, method="POST", data={"token": "0"}),
    Row(M + "downloads/", STAFF),
    Row(M + "downloads/workbook.xlsx", STAFF),
    Row(M + "downloads/v{number}/{kind}.zip", STAFF, ok=302),  # not prepared yet: to the page
    Row(M + "downloads/v{number}/{kind}.zip", STAFF, ok=302, method="POST"),
    Row(M + "audit/", ORG),
    Row(M + "members/", ORG),
    Row(M + "members/{member_pk}/role/", ORG, ok=302, method="POST",
        data={"m{member_pk}-role": "delegate"}),
    Row(M + "members/{member_pk}/remove/", ORG, ok=302, method="POST"),
    Row(M + "members/invitations/{invitation_pk}/withdraw/", ORG, ok=302, method="POST"),
    Row(M + "leave/", MEMBERS, ok=302, method="POST"),
    # Mail: the outbox and group messages for organisers, preferences for participants.
    Row(M + "members/invite/", ORG, ok=302, method="POST",
        data={"email": "new@example.org", "role": "viewer"}),
    Row(M + "members/invite-all/", ORG, ok=302, method="POST"),
    Row(M + "mail/", ORG),
    Row(M + "mail/resend/", ORG, ok=302, method="POST"),
    Row(M + "mail/write/", ORG),
    Row(M + "mail/settings/", ("delegate", "host")),
    # Outcomes: own feedback for delegates and hosts, the door and the board for organisers.
    Row(M + "meetings/{mid}/feedback/", ("delegate", "host")),
    Row(M + "attendance/", ORG),
    Row(M + "pipeline/", ORG),
    Row(M + "actions/", ORG),
    Row(M + "surveys/", ORG),
    Row(M + "surveys/send/", ORG, ok=302, method="POST", data={"round": "none"}),
    Row(M + "costs/", ORG),
    Row(M + "costs/", ORG, ok=302, method="POST", data={"form": "rate", "currency": "MAD",
        "rate": "0.1", "on": "2024-02-01"}),
    Row(M + "outcomes/import/", ORG),
    Row(M + "outcomes/workbook.xlsx", ORG),
    Row(M + "report/", STAFF),
    Row(M + "report/report.{kind}", STAFF, special={"organiser": 404, "viewer": 404}),
    # The API: JSON, 401 without credentials.
    Row("api/", NOBODY, special=dict.fromkeys(ROLES, 404)),  # ninja's root: nothing there
    Row("api/docs", NOBODY, special=dict.fromkeys(ROLES, 200)),
    Row("api/openapi.json", NOBODY, special=dict.fromkeys(ROLES, 200)),
    Row("api/missions", SIGNED_IN, mission=False),
    Row(A + "participants", MEMBERS),
    Row(A + "requests", MEMBERS),
    Row(A + "requests", ("organiser", "delegate"), ok=201, method="POST",
        data={"requester": "d2", "target": "h1", "preference": "want"},
        special={"delegate": 200}),  # a delegate's request is their own: d1 -> h1 exists
    Row(A + "versions", MEMBERS),
    Row(A + "versions/{number}/meetings", MEMBERS),
    Row(A + "agenda", MEMBERS),
    Row(A + "runs", ORG, ok=202, method="POST"),
    Row(A + "replan", ORG, ok=202, method="POST", data={"cancel": ["m1"]}),
    Row(A + "runs/{run_pk}", STAFF),
    Row(A + "versions/{number}/publish", ORG, method="POST", data={"state": "final"}),
    Row(A + "meetings/{mid}/move/check", ORG, method="POST",
        data={"start": "2024-02-05T11:00:00"}),
    Row(A + "meetings/{mid}/move", ORG, ok=409, method="POST",
        data={"start": "2024-02-05T11:00:00", "confirm": "stale"}),
    Row(A + "meetings/{mid}/lock", ORG, method="POST"),
    Row(A + "meetings/{mid}/unlock", ORG, method="POST"),
    Row(A + "exports/{number}/{kind}", STAFF, ok=202),  # queued for the worker
    Row(A + "outcomes/figures", STAFF),
    Row(A + "outcomes/costs", ORG, ok=204, method="POST",
        data={"item": "Flights", "amount": 100, "currency": "USD"}),
    Row(A + "outcomes/rates", ORG, ok=204, method="POST",
        data={"currency": "MAD", "rate": 0.1, "on": "2024-02-01"}),
    Row(A + "opportunities", MEMBERS),
    Row(A + "meetings/{mid}/feedback", ("delegate", "host"), ok=204, method="POST",
        data={"rating": 4}),
    Row(A + "meetings/{mid}/attendance", ORG, ok=204, method="POST", data={"status": "held"}),
    Row(A + "opportunities/{oid}/stage", ORG, ok=422, method="POST",
        data={"stage": "proposal", "date": "2024-03-01"}),  # refused: no such opportunity yet
]  # fmt: skip


def _normal(route: str) -> str:
    """``<int:mission_pk>`` and ``{mission_pk}`` both as ``{mission_pk}``; no leading slash."""
    return re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", route).lstrip("/").lstrip("^").rstrip("$")


def _routes(patterns: list[URLPattern | URLResolver], prefix: str = "") -> set[str]:
    found: set[str] = set()
    for pattern in patterns:
        here = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            found |= _routes(pattern.url_patterns, here)
        else:
            found.add(_normal(here))
    return found


def _api_operations() -> set[tuple[str, str]]:
    from wafd.web.api import api

    return {
        (method.upper(), _normal(path))
        for path, operations in api.get_openapi_schema()["paths"].items()
        for method in operations
    }


def test_every_route_has_a_row() -> None:
    routes = {
        route
        for route in _routes(get_resolver().url_patterns)
        if not route.startswith(SEPARATE_PREFIXES)
    }
    rows = {row.route for row in MATRIX}
    api_rows = {(row.method, row.route) for row in MATRIX if row.api}

    assert routes - rows == set(), "routes without a row in the permission matrix"
    assert _api_operations() - api_rows == set(), "API methods without a row"
    assert rows - routes == set(), "rows for routes that no longer exist"


def _values(world: World) -> dict[str, object]:
    mission = world.mission
    delegate = Membership.objects.get(mission=mission, role="delegate")
    token = CalendarToken.objects.create(membership=delegate, token="feed-token")
    run = SchedulingRun.objects.create(mission=mission, requested_by=world.users["organiser"])
    organiser = Membership.objects.get(mission=mission, role="organiser")
    invitation, secret = tenancy.invite(organiser, role="viewer", participant=None)
    return {
        "mission_pk": mission.pk,
        "row_pk": ParticipantRow.objects.get(mission=mission, pid="d1").pk,
        "request_pk": RequestRow.objects.get(mission=mission, requester="d1").pk,
        "run_pk": run.pk,
        "number": 1,
        "kind": "ics",
        "mid": "m1",
        "token": token.token,
        "secret": secret,
        "invitation_pk": invitation.pk,
        "job_pk": ImportJob.objects.create(created_by=world.users["stranger"], payload=b"").pk,
        "member_pk": Membership.objects.get(mission=mission, role="viewer").pk,
        "uidb64": "MQ",
        "oid": "o1",
    }


def _call(client: Client, row: Row, url: str, values: dict[str, object]) -> int:
    if row.method == "GET":
        return client.get(url).status_code
    if row.api:
        body = json.dumps(row.data or {})
        return client.post(url, body, content_type="application/json").status_code
    data = {key.format(**values): value for key, value in (row.data or {}).items()}
    return client.post(url, data).status_code


@pytest.mark.parametrize("row", MATRIX, ids=[f"{r.method} {r.route}" for r in MATRIX])
def test_route_answers_each_role_as_the_matrix_says(world: World, row: Row) -> None:
    values = _values(world)
    url = "/" + row.route.format(**values) + row.query
    answered: dict[str, int] = {}
    for role in ROLES:
        cache.clear()
        with transaction.atomic():
            answered[role] = _call(world.client(role), row, url, values)
            transaction.set_rollback(True)

    assert answered == {role: row.expected(role) for role in ROLES}


def test_anonymous_api_call_gets_401_json(world: World) -> None:
    response = Client().get(f"/api/missions/{world.mission.pk}/versions")

    assert response.status_code == 401
    assert response.json() == {"detail": "Unauthorized"}


def test_admin_site_is_for_site_staff_only(world: World) -> None:
    for role in ("anonymous", "organiser", "outsider"):
        response = world.client(role).get("/admin/")
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")
