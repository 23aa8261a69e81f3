"""Outcomes through the REST API: same roles, same rules, same audit as the pages."""

import json

import pytest
from django.test import Client

from wafd.web.models import ApiToken, AuditEntry
from wafd.web.outcomes import load_outcomes
from wafd.web.views.tokens import digest

from .conftest import ROLES, World


def _bearer(world: World, role: str) -> Client:
    if role == "anonymous":
        return Client()
    key = f"key-for-{role}-0123456789abcdef"
    ApiToken.objects.create(user=world.users[role], digest=digest(key))
    return Client(headers={"authorization": f"Bearer {key}"})


def _post(client: Client, path: str, body: object) -> tuple[int, object]:
    response = client.post(f"/api{path}", json.dumps(body), content_type="application/json")
    return response.status_code, json.loads(response.content) if response.content else None


# endpoint, method, body, then statuses in ROLES order:
# organiser, viewer, delegate, host, outsider, anonymous
ENDPOINTS = [
    ("/outcomes/figures", "get", None, (200, 200, 403, 403, 404, 401)),
    ("/opportunities", "get", None, (200, 200, 200, 200, 404, 401)),
    ("/meetings/m1/feedback", "post", {"rating": 4}, (403, 403, 204, 204, 404, 401)),
    ("/meetings/m1/attendance", "post", {"status": "held"}, (204, 403, 403, 403, 404, 401)),
    (
        "/opportunities/o1/stage",
        "post",
        {"stage": "proposal", "date": "2024-03-01"},
        (422, 403, 403, 403, 404, 401),
    ),
]


@pytest.mark.parametrize(
    ("path", "method", "body", "role", "status"),
    [
        pytest.param(path, method, body, role, expected[i], id=f"{method}{path}-{role}")
        for path, method, body, expected in ENDPOINTS
        for i, role in enumerate(ROLES)
    ],
)
def test_outcomes_endpoint_status_by_role(
    world: World, path: str, method: str, body: object, role: str, status: int
) -> None:
    client = _bearer(world, role)
    url = f"/api/missions/{world.mission.pk}{path}"
    if method == "get":
        response = client.get(url)
    else:
        response = client.post(url, json.dumps(body), content_type="application/json")

    assert response.status_code == status


def test_api_feedback_outside_one_to_five_is_refused_and_not_saved(world: World) -> None:
    status, body = _post(
        _bearer(world, "delegate"),
        f"/missions/{world.mission.pk}/meetings/m1/feedback",
        {"rating": 0},
    )

    assert (status, load_outcomes(world.mission).feedback) == (422, ())
    assert body == {"detail": "The rating 0 is not between 1 and 5."}


def test_api_feedback_on_someone_elses_meeting_is_404(world: World) -> None:
    status, _ = _post(
        _bearer(world, "delegate"),
        f"/missions/{world.mission.pk}/meetings/m2/feedback",
        {"rating": 4},
    )

    assert (status, AuditEntry.objects.filter(action="feedback").count()) == (404, 0)


def test_openapi_schema_lists_the_outcomes_endpoints(world: World) -> None:
    schema = json.loads(Client().get("/api/openapi.json").content)

    assert {
        "/api/missions/{mission_pk}/outcomes/figures",
        "/api/missions/{mission_pk}/meetings/{mid}/feedback",
        "/api/missions/{mission_pk}/opportunities/{oid}/stage",
    } <= schema["paths"].keys()
