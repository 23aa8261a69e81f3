"""The REST API: token authentication and the same scoping as the pages."""

import json
from typing import Any

from django.test import Client

from wafd.web.models import ApiToken
from wafd.web.views.tokens import digest

from .conftest import World


def _bearer(world: World, role: str) -> Client:
    key = f"key-for-{role}-0123456789abcdef"
    ApiToken.objects.create(user=world.users[role], digest=digest(key))
    return Client(headers={"authorization": f"Bearer {key}"})


def _get(client: Client, path: str) -> tuple[int, Any]:
    response = client.get(f"/api{path}")
    return response.status_code, json.loads(response.content)


def test_api_without_credentials_is_401(world: World) -> None:
    assert Client().get("/api/missions").status_code == 401


def test_api_with_a_wrong_key_is_401(world: World) -> None:
    client = Client(headers={"authorization": "Bearer nope"})

    assert client.get("/api/missions").status_code == 401


def test_api_lists_only_the_callers_missions(world: World) -> None:
    status, body = _get(_bearer(world, "organiser"), "/missions")

    assert status == 200
    assert [(m["slug"], m["role"]) for m in body] == [("alpha", "organiser")]


def test_api_hides_other_missions(world: World) -> None:
    status, _ = _get(_bearer(world, "organiser"), f"/missions/{world.other.pk}/participants")

    assert status == 404


def test_api_delegate_sees_only_host_profiles(world: World) -> None:
    status, body = _get(_bearer(world, "delegate"), f"/missions/{world.mission.pk}/participants")

    assert status == 200
    assert sorted(p["id"] for p in body) == ["h1", "h2"]


def test_api_delegate_sees_only_their_meetings_of_a_published_version(world: World) -> None:
    status, body = _get(
        _bearer(world, "delegate"), f"/missions/{world.mission.pk}/versions/1/meetings"
    )

    assert status == 200
    assert [m["id"] for m in body] == ["m1"]


def test_api_organiser_sees_every_meeting(world: World) -> None:
    status, body = _get(
        _bearer(world, "organiser"), f"/missions/{world.mission.pk}/versions/1/meetings"
    )

    assert status == 200
    assert [m["id"] for m in body] == ["m1", "m2"]


def test_api_delegate_creates_a_request_for_themself(world: World) -> None:
    client = _bearer(world, "delegate")

    response = client.post(
        f"/api/missions/{world.mission.pk}/requests",
        data={"target": "h2", "preference": "must", "requester": "d2"},
        content_type="application/json",
    )

    body = json.loads(response.content)
    assert response.status_code == 201
    assert (body["requester"], body["target"], body["preference"]) == ("d1", "h2", "must")


def test_api_host_cannot_create_requests(world: World) -> None:
    response = _bearer(world, "host").post(
        f"/api/missions/{world.mission.pk}/requests",
        data={"target": "d1", "preference": "must"},
        content_type="application/json",
    )

    assert response.status_code == 403


def test_api_viewer_cannot_start_a_run(world: World) -> None:
    response = _bearer(world, "viewer").post(f"/api/missions/{world.mission.pk}/runs")

    assert response.status_code == 403


def test_openapi_schema_lists_the_endpoints(db: None) -> None:
    schema = json.loads(Client().get("/api/openapi.json").content)

    assert "/api/missions/{mission_pk}/versions/{number}/meetings" in schema["paths"]
    assert schema["components"]["securitySchemes"]["TokenAuth"]["scheme"] == "bearer"
