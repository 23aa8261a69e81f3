"""Recommendations come from the matcher with its explanation; accepting adds requests."""

from django.urls import reverse

from wafd.web.models import RequestRow

from .conftest import World


def test_delegate_sees_only_their_own_recommendations(world: World) -> None:
    url = reverse("wafd:recommendations", kwargs={"mission_pk": world.mission.pk})

    rows = world.client("delegate").get(url).context["rows"]

    assert {row["item"].subject for row in rows} == {"d1"}
    assert all(row["item"].explanation for row in rows)


def test_organiser_accepts_recommendations_into_requests(world: World) -> None:
    url = reverse("wafd:recommendations-accept", kwargs={"mission_pk": world.mission.pk})
    before = set(
        RequestRow.objects.filter(mission=world.mission).values_list("requester", "target")
    )

    world.client("organiser").post(url, {"top_n": "2"})

    added = RequestRow.objects.filter(mission=world.mission).exclude(
        id__in=RequestRow.objects.filter(mission=world.mission, source="participant")
    )
    pairs = set(added.values_list("requester", "target"))
    assert pairs != set()
    assert pairs.isdisjoint(before)
    assert set(added.values_list("source", flat=True)) == {"recommendation"}


def test_recommendations_are_cached_on_the_missions_change_stamp(world: World) -> None:
    from django.core.cache import cache

    url = reverse("wafd:recommendations", args=[world.mission.pk])
    client = world.client("organiser")

    client.get(url)
    keys_after_first = set(cache._cache)  # type: ignore[attr-defined]
    client.get(url)
    keys_after_second = set(cache._cache)  # type: ignore[attr-defined]
    client.post(
        reverse("wafd:request-set", args=[world.mission.pk]),
        {"requester": "d2", "target": "h1", "preference": "want"},
    )
    client.get(url)

    recs = [key for key in cache._cache if ":recs:" in key]  # type: ignore[attr-defined]
    assert keys_after_first == keys_after_second, "the second view computed nothing new"
    assert len(recs) == 2, "a change of the mission gives a new entry"
