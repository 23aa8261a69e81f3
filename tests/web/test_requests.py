"""Delegates say must/want/no, hosts accept or decline, and the audit log remembers."""

from django.urls import reverse

from wafd.web.models import AuditEntry, RequestRow
from wafd.web.store import load_mission

from .conftest import World


def _url(world: World, name: str, **kwargs: object) -> str:
    return reverse(f"wafd:{name}", kwargs={"mission_pk": world.mission.pk, **kwargs})


def test_delegate_sets_a_preference_for_themself_only(world: World) -> None:
    client = world.client("delegate")

    client.post(_url(world, "request-set"), {"target": "h2", "preference": "no", "requester": "d2"})

    row = RequestRow.objects.get(mission=world.mission, target="h2", preference="no")
    assert row.requester == "d1"
    assert AuditEntry.objects.get(mission=world.mission).target == "d1->h2"


def test_delegate_cannot_request_someone_outside_the_mission(world: World) -> None:
    response = world.client("delegate").post(
        _url(world, "request-set"), {"target": "nobody", "preference": "want"}
    )

    assert response.status_code == 404
    assert RequestRow.objects.filter(mission=world.mission, target="nobody").count() == 0


def test_host_declining_removes_the_request_from_the_engine_mission(world: World) -> None:
    row = RequestRow.objects.get(mission=world.mission, requester="d1", target="h1")

    world.client("host").post(
        _url(world, "request-respond", request_pk=row.pk), {"answer": "declined"}
    )

    row.refresh_from_db()
    assert row.status == "declined"
    assert [(r.requester, r.target) for r in load_mission(world.mission).requests] == [("d2", "h2")]


def test_host_cannot_set_preferences(world: World) -> None:
    response = world.client("host").post(
        _url(world, "request-set"), {"target": "d1", "preference": "must"}
    )

    assert response.status_code == 403


def test_profile_edit_keeps_the_participant_valid_and_sets_the_language(world: World) -> None:
    client = world.client("delegate")

    response = client.post(
        _url(world, "profile"),
        {"preferred_language": "ar", "title": "Director", "offers": "", "needs": "AI"},
    )

    participant = load_mission(world.mission).participant_index()["d1"]
    assert response.status_code == 302
    assert (participant.preferred_language, participant.title) == ("ar", "Director")
    assert response.cookies["django_language"].value == "ar"
