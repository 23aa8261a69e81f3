"""The organiser's actions through the API: publish, move, lock, re-plan, as on the pages.

The world's mission has version 1 published as preliminary: m1 (d1 and h1, Monday 5
February 2024, 10:00 Houston, Office 1) and m2 (d2 and h2, Tuesday 14:00, Office 2); the
Houston leg runs from 5 to 7 February.
"""

import json
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from wafd.web.models import ApiToken, AuditEntry, MeetingRow, ScheduleVersion, SchedulingRun
from wafd.web.views.tokens import digest

from .conftest import ROLES, World

CLASH = {"start": "2024-02-05T10:00", "venue": "v1"}  # m2 onto m1's hour and office


def _bearer(world: World, role: str) -> Client:
    key = f"actions-key-for-{role}-0123456789"
    ApiToken.objects.create(user=world.users[role], digest=digest(key))
    return Client(headers={"authorization": f"Bearer {key}"})


def _post(client: Client, path: str, body: dict[str, Any] | None = None) -> tuple[int, Any]:
    response = client.post(f"/api{path}", data=body or {}, content_type="application/json")
    return response.status_code, json.loads(response.content)


def _versions(world: World) -> list[tuple[int, str]]:
    rows = ScheduleVersion.objects.filter(mission=world.mission).order_by("number")
    return list(rows.values_list("number", "state"))


def _audit(world: World) -> list[tuple[str, str]]:
    entries = AuditEntry.objects.filter(mission=world.mission).order_by("pk")
    return list(entries.values_list("action", "target"))


def test_publishing_a_preliminary_version_as_final_copies_it(world: World) -> None:
    status, body = _post(
        _bearer(world, "organiser"),
        f"/missions/{world.mission.pk}/versions/1/publish",
        {"state": "final"},
    )

    assert (status, body["number"], body["state"], body["meetings"]) == (200, 2, "final", 2)
    assert _versions(world) == [(1, "preliminary"), (2, "final")]
    assert _audit(world) == [("version.publish.final", "v2")]


def test_publishing_twice_is_refused(world: World) -> None:
    client = _bearer(world, "organiser")
    path = f"/missions/{world.mission.pk}/versions/1/publish"
    _post(client, path, {"state": "final"})

    again, body = _post(client, path, {"state": "final"})
    same_state, _ = _post(client, path, {"state": "preliminary"})
    final_again, _ = _post(
        client, f"/missions/{world.mission.pk}/versions/2/publish", {"state": "final"}
    )

    assert (again, same_state, final_again) == (409, 409, 409)
    assert "version 2" in body["detail"]
    assert _versions(world) == [(1, "preliminary"), (2, "final")]


def test_publishing_needs_a_known_version_and_state(world: World) -> None:
    client = _bearer(world, "organiser")

    unknown, body = _post(
        client, f"/missions/{world.mission.pk}/versions/9/publish", {"state": "final"}
    )
    bad_state, _ = _post(
        client, f"/missions/{world.mission.pk}/versions/1/publish", {"state": "done"}
    )

    assert (unknown, bad_state) == (404, 422)
    assert body["detail"] == "There is no version 9 of this mission."


def test_move_dry_run_returns_the_checkers_warnings_and_writes_nothing(world: World) -> None:
    status, body = _post(
        _bearer(world, "organiser"), f"/missions/{world.mission.pk}/meetings/m2/move/check", CLASH
    )

    assert status == 200
    assert body["saved"] is False
    assert body["version"] is None
    assert body["warnings"] != []
    assert body["start"] == "2024-02-05T10:00:00-06:00"
    assert _versions(world) == [(1, "preliminary")]
    assert _audit(world) == []


def test_move_with_the_checks_token_saves_into_a_new_draft(world: World) -> None:
    client = _bearer(world, "organiser")
    base = f"/missions/{world.mission.pk}/meetings/m2"
    _, checked = _post(client, f"{base}/move/check", CLASH)

    status, body = _post(client, f"{base}/move", {**CLASH, "confirm": checked["confirm"]})

    assert (status, body["saved"], body["version"]) == (200, True, 2)
    assert body["warnings"] == checked["warnings"]
    moved = MeetingRow.objects.get(version__mission=world.mission, version__number=2, mid="m2")
    assert (moved.start.hour, moved.data["venue"]) == (16, "v1")  # 10:00 Houston is 16:00 UTC
    assert _versions(world) == [(1, "preliminary"), (2, "draft")]
    assert _audit(world) == [("version.draft", "v2"), ("meeting.move", "m2")]


def test_move_keeps_the_venue_when_none_is_given(world: World) -> None:
    client = _bearer(world, "organiser")
    base = f"/missions/{world.mission.pk}/meetings/m2"
    _, checked = _post(client, f"{base}/move/check", {"start": "2024-02-06T15:00"})

    _, body = _post(
        client, f"{base}/move", {"start": "2024-02-06T15:00", "confirm": checked["confirm"]}
    )

    assert (body["saved"], body["venue"]) == (True, "v2")


def test_move_without_a_fresh_check_is_refused(world: World) -> None:
    client = _bearer(world, "organiser")
    base = f"/missions/{world.mission.pk}/meetings/m2"
    _, checked = _post(client, f"{base}/move/check", CLASH)
    _post(client, f"/missions/{world.mission.pk}/meetings/m1/lock")  # the schedule changes

    unchecked, _ = _post(client, f"{base}/move", CLASH)
    stale, body = _post(client, f"{base}/move", {**CLASH, "confirm": checked["confirm"]})

    assert (unchecked, stale) == (409, 409)
    assert "check it again" in body["detail"]
    assert (
        MeetingRow.objects.get(
            version__mission=world.mission, version__number=2, mid="m2"
        ).start.hour
        == 20
    )


def test_moving_an_unknown_meeting_is_404(world: World) -> None:
    status, body = _post(
        _bearer(world, "organiser"), f"/missions/{world.mission.pk}/meetings/m9/move/check", CLASH
    )

    assert status == 404
    assert body["detail"] == "Version 1 has no meeting m9."


def test_moving_outside_the_leg_is_refused_with_the_legs_days(world: World) -> None:
    status, body = _post(
        _bearer(world, "organiser"),
        f"/missions/{world.mission.pk}/meetings/m2/move/check",
        {"start": "2024-02-09T10:00"},
    )

    assert status == 422
    assert "Houston" in body["detail"]
    assert "Feb. 5, 2024" in body["detail"]
    assert "Feb. 7, 2024" in body["detail"]


def test_moving_to_an_unknown_venue_is_refused(world: World) -> None:
    status, body = _post(
        _bearer(world, "organiser"),
        f"/missions/{world.mission.pk}/meetings/m2/move/check",
        {"start": "2024-02-06T15:00", "venue": "v9"},
    )

    assert status == 422
    assert "v9" in body["detail"]


def test_lock_then_unlock_a_meeting(world: World) -> None:
    client = _bearer(world, "organiser")
    base = f"/missions/{world.mission.pk}/meetings/m1"

    locked, body = _post(client, f"{base}/lock")
    again, _ = _post(client, f"{base}/lock")
    unlocked, after = _post(client, f"{base}/unlock")

    assert (locked, again, unlocked) == (200, 200, 200)
    assert (body["version"], body["meeting"]["locked"]) == (2, True)
    assert (after["version"], after["meeting"]["locked"]) == (2, False)
    assert _audit(world) == [
        ("version.draft", "v2"),
        ("meeting.lock", "m1"),
        ("meeting.unlock", "m1"),
    ]


def test_locking_an_unknown_meeting_is_404(world: World) -> None:
    status, _ = _post(_bearer(world, "organiser"), f"/missions/{world.mission.pk}/meetings/m9/lock")

    assert status == 404
    assert _versions(world) == [(1, "preliminary")]


def test_replan_queues_a_run_that_cancels_the_given_meetings(
    world: World, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks() as enqueued:
        status, body = _post(
            _bearer(world, "organiser"), f"/missions/{world.mission.pk}/replan", {"cancel": ["m2"]}
        )

    run = SchedulingRun.objects.get(pk=body["id"])
    assert (status, body["state"], len(enqueued)) == (202, "queued", 1)
    assert (run.kind, run.options["cancel"]) == ("replan", ["m2"])
    assert run.options["version"] == ScheduleVersion.objects.get(mission=world.mission, number=2).pk
    assert _audit(world) == [("version.draft", "v2"), ("run.replan", f"run{run.pk}")]


def test_replan_of_an_unknown_meeting_is_404(world: World) -> None:
    status, body = _post(
        _bearer(world, "organiser"), f"/missions/{world.mission.pk}/replan", {"cancel": ["m9"]}
    )

    assert status == 404
    assert "m9" in body["detail"]
    assert not SchedulingRun.objects.exists()


def test_the_page_and_the_api_write_the_same_audit_entry_for_a_move(world: World) -> None:
    page = world.client("organiser")
    url = reverse("wafd:move", kwargs={"mission_pk": world.mission.pk, "mid": "m2"})
    checked = page.post(url, {**CLASH, "confirm": ""})
    page.post(url, {**CLASH, "confirm": checked.context["checked"].confirm})
    api = _bearer(world, "organiser")
    base = f"/missions/{world.mission.pk}/meetings/m1"
    _, check = _post(api, f"{base}/move/check", {"start": "2024-02-06T09:00"})
    _post(api, f"{base}/move", {"start": "2024-02-06T09:00", "confirm": check["confirm"]})

    page_entry, api_entry = AuditEntry.objects.filter(action="meeting.move").order_by("pk")

    assert set(page_entry.detail) == set(api_entry.detail)
    assert (page_entry.detail["via"], api_entry.detail["via"]) == ("web", "api")


ENDPOINTS = [
    ("/versions/1/publish", {"state": "final"}),
    ("/meetings/m2/move/check", CLASH),
    ("/meetings/m2/move", {**CLASH, "confirm": "x"}),
    ("/meetings/m1/lock", None),
    ("/meetings/m1/unlock", None),
    ("/replan", {"cancel": []}),
    ("/runs", None),
]
# organiser, viewer, delegate, host, outsider, anonymous: as the pages (outsiders learn nothing).
EXPECTED = {"viewer": 403, "delegate": 403, "host": 403, "outsider": 404, "anonymous": 401}


@pytest.mark.parametrize(("path", "body"), ENDPOINTS)
@pytest.mark.parametrize("role", [r for r in ROLES if r != "organiser"])
def test_only_the_missions_organiser_may_act(
    world: World, path: str, body: dict[str, Any] | None, role: str
) -> None:
    client = Client() if role == "anonymous" else _bearer(world, role)

    status, _ = _post(client, f"/missions/{world.mission.pk}{path}", body)

    assert status == EXPECTED[role]
    assert _versions(world) == [(1, "preliminary")]
    assert not SchedulingRun.objects.exists()


@pytest.mark.parametrize(("path", "body"), ENDPOINTS)
def test_an_organiser_cannot_act_on_another_mission(
    world: World, path: str, body: dict[str, Any] | None
) -> None:
    status, _ = _post(_bearer(world, "organiser"), f"/missions/{world.other.pk}{path}", body)

    assert status == 404
    assert ScheduleVersion.objects.filter(mission=world.other).count() == 1


def test_session_calls_need_the_csrf_token(world: World) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.users["organiser"])

    status, _ = _post(client, f"/missions/{world.mission.pk}/meetings/m1/lock")

    assert status == 403
    assert _versions(world) == [(1, "preliminary")]


def test_openapi_schema_lists_the_organiser_actions(db: None) -> None:
    paths = json.loads(Client().get("/api/openapi.json").content)["paths"]

    for path, _ in ENDPOINTS:
        templated = (
            path.replace("/1/", "/{number}/").replace("/m2/", "/{mid}/").replace("/m1/", "/{mid}/")
        )
        assert f"/api/missions/{{mission_pk}}{templated}" in paths
    assert "confirm" in json.dumps(paths["/api/missions/{mission_pk}/meetings/{mid}/move"])


def test_move_audit_records_the_old_and_the_new_start(world: World) -> None:
    client = _bearer(world, "organiser")
    base = f"/missions/{world.mission.pk}/meetings/m2"
    _, checked = _post(client, f"{base}/move/check", CLASH)
    _post(client, f"{base}/move", {**CLASH, "confirm": checked["confirm"]})

    entry = AuditEntry.objects.get(mission=world.mission, action="meeting.move")

    assert (entry.detail["moved_from"], entry.detail["start"]) == (
        "2024-02-06T14:00:00-06:00",
        "2024-02-05T10:00:00-06:00",
    )
