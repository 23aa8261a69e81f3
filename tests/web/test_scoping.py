"""Nobody sees another mission's data, and delegates and hosts see only their own part."""

from django.urls import reverse

from wafd.web.models import ParticipantRow, RequestRow

from .conftest import World


def test_organiser_of_one_mission_gets_404_on_the_other(world: World) -> None:
    client = world.client("organiser")

    response = client.get(reverse("wafd:participants", kwargs={"mission_pk": world.other.pk}))

    assert response.status_code == 404


def test_home_lists_only_the_users_missions(world: World) -> None:
    response = world.client("organiser").get(reverse("wafd:home"))

    assert [m.mission.slug for m in response.context["memberships"]] == ["alpha"]


def test_participant_list_shows_only_this_missions_people(world: World) -> None:
    url = reverse("wafd:participants", kwargs={"mission_pk": world.mission.pk})

    rows = [item["row"] for item in world.client("organiser").get(url).context["listed"]]

    assert {row.mission_id for row in rows} == {world.mission.pk}
    assert sorted(row.pid for row in rows) == ["d1", "d2", "h1", "h2"]


def test_delegate_sees_only_their_own_requests(world: World) -> None:
    url = reverse("wafd:requests", kwargs={"mission_pk": world.mission.pk})

    listed = world.client("delegate").get(url).context["listed"]

    assert [(i["row"].requester, i["row"].target) for i in listed] == [("d1", "h1")]


def test_host_sees_only_requests_addressed_to_them(world: World) -> None:
    url = reverse("wafd:requests", kwargs={"mission_pk": world.mission.pk})

    listed = world.client("host").get(url).context["listed"]

    assert [(i["row"].requester, i["row"].target) for i in listed] == [("d1", "h1")]


def test_delegate_agenda_ignores_a_request_for_someone_elses(world: World) -> None:
    other = ParticipantRow.objects.get(mission=world.mission, pid="d2")
    url = reverse("wafd:agenda", kwargs={"mission_pk": world.mission.pk})
    url += f"?participant={other.pk}"

    response = world.client("delegate").get(url)

    titles = [item["row"].title for _, items in response.context["days"] for item in items]
    assert response.context["name"] == "Delegate 1"
    assert titles == ["Meeting m1"]


def test_organiser_agenda_for_a_participant_of_another_mission_is_404(world: World) -> None:
    foreign = ParticipantRow.objects.get(mission=world.other, pid="d2")
    url = reverse("wafd:agenda", kwargs={"mission_pk": world.mission.pk})
    url += f"?participant={foreign.pk}"

    assert world.client("organiser").get(url).status_code == 404


def test_host_cannot_answer_a_request_of_another_mission(world: World) -> None:
    foreign = RequestRow.objects.get(mission=world.other, requester="d1", target="h1")
    url = reverse(
        "wafd:request-respond",
        kwargs={"mission_pk": world.mission.pk, "request_pk": foreign.pk},
    )

    response = world.client("host").post(url, {"answer": "declined"})

    foreign.refresh_from_db()
    assert response.status_code == 404
    assert foreign.status == "pending"
