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
