"""Agendas and schedule JSON are cached per mission state, and revalidate with 304s.

The world's mission has version 1 published as preliminary: d1 meets h1 in m1 on
Monday 5 February 2024 at 10:00 Houston time, d2 meets h2 in m2 on Tuesday at 14:00.
"""

import random
import re
from datetime import datetime
from pathlib import Path
from typing import Any

from django.test import Client
from django.urls import reverse

from wafd.web import actions, moving
from wafd.web.filecache import FileCache
from wafd.web.models import ApiToken, Membership, ParticipantRow
from wafd.web.settings import cache_settings
from wafd.web.views.tokens import digest

from .conftest import World


def _agenda(world: World, query: str = "") -> str:
    return reverse("wafd:agenda", kwargs={"mission_pk": world.mission.pk}) + query


def _organiser(world: World) -> Membership:
    return Membership.objects.get(mission=world.mission, user=world.users["organiser"])


def _move(world: World, mid: str, start: str) -> None:
    """Move a meeting the way the pages and the API do: check, then confirm."""
    organiser = _organiser(world)
    when = datetime.fromisoformat(start)
    checked, _ = moving.move(organiser, mid, when, "v1", confirm=None, language="en", via="web")
    moving.move(organiser, mid, when, "v1", confirm=checked.confirm, language="en", via="web")


def _bearer(world: World, role: str) -> Client:
    key = f"cache-key-for-{role}-0123456789"
    ApiToken.objects.create(user=world.users[role], digest=digest(key))
    return Client(headers={"authorization": f"Bearer {key}"})


def test_agenda_page_answers_304_to_the_etag_it_gave(world: World) -> None:
    client = world.client("delegate")
    first = client.get(_agenda(world))

    again = client.get(_agenda(world), headers={"if-none-match": first["ETag"]})

    assert first.status_code == 200
    assert first["Cache-Control"] == "private, no-cache"
    assert "Last-Modified" in first
    assert (again.status_code, again.content) == (304, b"")


def test_a_cached_agenda_costs_only_the_user_and_membership_lookups(
    world: World, django_assert_num_queries: Any
) -> None:
    client = world.client("delegate")
    client.get(_agenda(world))

    with django_assert_num_queries(2):
        page = client.get(_agenda(world))

    assert "Meeting m1" in page.content.decode()


def test_staff_agenda_shows_a_move_at_once(world: World) -> None:
    d1 = ParticipantRow.objects.get(mission=world.mission, pid="d1")
    client = world.client("organiser")
    before = client.get(_agenda(world, f"?participant={d1.pk}"))

    _move(world, "m1", "2024-02-06T11:00")

    after = client.get(
        _agenda(world, f"?participant={d1.pk}"), headers={"if-none-match": before["ETag"]}
    )
    assert after.status_code == 200
    assert after["ETag"] != before["ETag"]
    assert "Tuesday 6 February 2024" in after.content.decode()
    assert "Tuesday 6 February 2024" not in before.content.decode()


def test_delegate_agenda_changes_when_the_moved_version_is_published(world: World) -> None:
    client = world.client("delegate")
    before = client.get(_agenda(world))
    _move(world, "m1", "2024-02-06T11:00")

    actions.publish(_organiser(world), 2, "final", via="web")

    after = client.get(_agenda(world), headers={"if-none-match": before["ETag"]})
    assert after.status_code == 200
    assert "Tuesday 6 February 2024" in after.content.decode()


def test_agenda_content_follows_the_language(world: World) -> None:
    english = world.client("delegate").get(_agenda(world), headers={"accept-language": "en"})
    french = world.client("delegate").get(_agenda(world), headers={"accept-language": "fr"})

    assert english["ETag"] != french["ETag"]
    assert "Monday 5 February 2024" in english.content.decode()
    assert "lundi 5 février 2024" in french.content.decode()


def test_pending_messages_are_never_swallowed_by_a_304(world: World) -> None:
    client = world.client("delegate")
    first = client.get(_agenda(world))
    refused = reverse("wafd:request-set", kwargs={"mission_pk": world.mission.pk})
    client.post(refused, {"preference": "maybe", "target": "h2"})  # leaves an error message

    again = client.get(_agenda(world), headers={"if-none-match": first["ETag"]})

    assert again.status_code == 200
    assert "Choose must, want or no" in again.content.decode()


def test_api_agenda_answers_304_then_the_new_time_after_publishing(world: World) -> None:
    client = _bearer(world, "delegate")
    path = f"/api/missions/{world.mission.pk}/agenda"
    first = client.get(path)
    unchanged = client.get(path, headers={"if-none-match": first["ETag"]})
    _move(world, "m1", "2024-02-06T11:00")
    actions.publish(_organiser(world), 2, "final", via="api")

    after = client.get(path, headers={"if-none-match": first["ETag"]})

    assert (first.status_code, unchanged.status_code, after.status_code) == (200, 304, 200)
    assert first.json()[0]["start"] == "2024-02-05T16:00:00Z"
    assert after.json()[0]["start"] == "2024-02-06T17:00:00Z"


def test_a_drafts_meetings_json_follows_each_move_into_it(world: World) -> None:
    client = _bearer(world, "organiser")
    path = f"/api/missions/{world.mission.pk}/versions/2/meetings"
    _move(world, "m1", "2024-02-06T11:00")  # creates draft 2
    first = {m["id"]: m["start"] for m in client.get(path).json()}

    _move(world, "m2", "2024-02-07T09:00")  # the same draft, edited in place

    second = {m["id"]: m["start"] for m in client.get(path).json()}
    assert first["m2"] == "2024-02-06T20:00:00Z"
    assert second["m2"] == "2024-02-07T15:00:00Z"


def test_the_default_file_cache_serves_the_page_as_html(
    world: World, settings: Any, tmp_path: Path
) -> None:
    settings.CACHES = {"default": cache_settings(f"file://{tmp_path}")}
    client = world.client("delegate")

    client.get(_agenda(world))
    cached = client.get(_agenda(world)).content.decode()

    assert any(tmp_path.iterdir())
    assert "<h1>Agenda of Delegate 1</h1>" in cached


def test_cache_url_picks_the_backend(settings: Any) -> None:
    assert cache_settings("redis://127.0.0.1:6379/1")["BACKEND"].endswith("RedisCache")
    assert cache_settings("locmem://")["BACKEND"].endswith("LocMemCache")
    assert cache_settings("")["LOCATION"] == str(Path(settings.DATA_DIR) / "cache")
    assert cache_settings("")["BACKEND"] == "wafd.web.filecache.FileCache"


def test_a_cached_agenda_is_gone_as_soon_as_the_membership_is(world: World) -> None:
    page, api = world.client("delegate"), _bearer(world, "delegate")
    path = f"/api/missions/{world.mission.pk}/agenda"
    warmed = (page.get(_agenda(world)).status_code, api.get(path).status_code)

    Membership.objects.filter(user=world.users["delegate"]).delete()

    assert warmed == (200, 200)
    assert page.get(_agenda(world)).status_code == 404
    assert api.get(path).status_code == 404


def test_a_deactivated_users_key_is_refused(world: World) -> None:
    api = _bearer(world, "delegate")
    path = f"/api/missions/{world.mission.pk}/agenda"
    api.get(path)
    world.users["delegate"].is_active = False
    world.users["delegate"].save()

    assert api.get(path).status_code == 401


def test_a_stored_page_is_never_handed_to_another_browser(world: World) -> None:
    first = world.client("delegate")
    first.get(_agenda(world))
    first.get(_agenda(world))  # served from the stored copy
    second = Client(enforce_csrf_checks=True)
    second.force_login(world.users["delegate"])

    page = second.get(_agenda(world)).content.decode()

    found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
    assert found is not None
    switched = second.post(
        "/i18n/setlang/", {"language": "fr", "next": "/", "csrfmiddlewaretoken": found[1]}
    )
    assert switched.status_code == 302  # the page's token is this browser's own


def test_the_file_cache_stays_near_its_size_limit(tmp_path: Path) -> None:
    files = FileCache(str(tmp_path), {"OPTIONS": {"MAX_ENTRIES": 100, "CULL_FREQUENCY": 2}})
    random.seed(6)

    for n in range(1000):
        files.set(f"entry{n}", n)

    assert 0 < len(list(tmp_path.iterdir())) < 300


def test_a_new_release_never_answers_304_to_an_old_pages_etag(world: World, settings: Any) -> None:
    client = world.client("delegate")
    old = client.get(_agenda(world))
    settings.WAFD_RELEASE = "the-next-release"

    new = client.get(_agenda(world), headers={"if-none-match": old["ETag"]})

    assert new.status_code == 200
    assert new["ETag"] != old["ETag"]
