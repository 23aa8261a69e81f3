"""Publishing keeps every version; the diff tells what changed; locks start a new draft."""

from datetime import timedelta

from django.urls import reverse

from wafd.web.models import MeetingRow, ScheduleVersion
from wafd.web.views.versions import diff_versions

from .conftest import World


def _url(world: World, name: str, **kwargs: object) -> str:
    return reverse(f"wafd:{name}", kwargs={"mission_pk": world.mission.pk, **kwargs})


def test_locking_a_meeting_of_a_published_version_creates_a_draft(world: World) -> None:
    client = world.client("organiser")

    client.post(_url(world, "lock", mid="m1"), {"locked": "1"})

    states = list(
        ScheduleVersion.objects.filter(mission=world.mission).values_list("number", "state")
    )
    assert states == [(2, "draft"), (1, "preliminary")]
    assert MeetingRow.objects.get(
        version__number=2, version__mission=world.mission, mid="m1"
    ).locked
    assert not MeetingRow.objects.get(
        version__number=1, version__mission=world.mission, mid="m1"
    ).locked


def test_publishing_a_draft_as_final_shows_it_to_delegates(world: World) -> None:
    organiser = world.client("organiser")
    organiser.post(_url(world, "lock", mid="m1"), {"locked": "1"})

    organiser.post(_url(world, "publish", number=2), {"state": "final"})

    agenda = world.client("delegate").get(_url(world, "agenda")).content.decode()
    assert '<span class="badge final">final</span> v2' in agenda


def test_viewer_cannot_publish(world: World) -> None:
    response = world.client("viewer").post(_url(world, "publish", number=1), {"state": "final"})

    assert response.status_code == 403
    assert ScheduleVersion.objects.get(mission=world.mission, number=1).state == "preliminary"


def test_diff_reports_a_moved_meeting(world: World) -> None:
    world.client("organiser").post(_url(world, "lock", mid="m1"), {"locked": "1"})
    draft = ScheduleVersion.objects.get(mission=world.mission, number=2)
    row = MeetingRow.objects.get(version=draft, mid="m2")
    row.start += timedelta(hours=1)
    row.save()

    diff = diff_versions(ScheduleVersion.objects.get(mission=world.mission, number=1), draft)

    assert [(c["new"].mid, c["fields"]) for c in diff["changed"]] == [("m2", ["start"])]
    assert (diff["added"], diff["removed"]) == ([], [])
