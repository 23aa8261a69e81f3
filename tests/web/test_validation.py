"""Every web edit goes through the engine's validation; removals say what refers to them."""

from django.urls import reverse

from wafd.web.checking import mission_problems
from wafd.web.models import ParticipantRow
from wafd.web.store import load_mission

from .conftest import World


def test_unknown_theme_is_refused_with_the_validators_located_message(world: World) -> None:
    row = ParticipantRow.objects.get(mission=world.mission, pid="d1")
    before = dict(row.data)

    response = world.client("organiser").post(
        reverse("wafd:participant-edit", args=[world.mission.pk, row.pk]),
        {"name": "Delegate 1", "preferred_language": "ar", "themes": "nonsense"},
    )

    row.refresh_from_db()
    assert response.status_code == 200
    assert "participants, row 1, themes: “nonsense” is not a theme of this mission." in (
        response.content.decode()
    )
    assert row.data == before


def _add_second_leg(world: World) -> None:
    world.client("organiser").post(
        reverse("wafd:legs", args=[world.mission.pk]),
        {
            "form": "leg",
            "leg-id": "aus",
            "leg-city": "Austin",
            "leg-timezone": "America/Chicago",
            "leg-start_date": "2024-02-08",
            "leg-end_date": "2024-02-09",
            "leg-day_start": "09:00",
            "leg-day_end": "18:00",
        },
    )


def test_removing_a_leg_with_venues_asks_first_and_says_what_refers_to_it(world: World) -> None:
    _add_second_leg(world)
    url = reverse("wafd:place-remove", args=[world.mission.pk])

    asked = world.client("organiser").post(url, {"kind": "leg", "id": "hou"})

    page = asked.content.decode()
    world.mission.refresh_from_db()
    assert asked.status_code == 200
    assert "Venue Office 1" in page
    assert "Participant Host 1 receives there" in page
    assert [leg.id for leg in load_mission(world.mission).legs] == ["hou", "aus"]


def test_confirmed_removal_leaves_a_mission_that_validates(world: World) -> None:
    _add_second_leg(world)
    url = reverse("wafd:place-remove", args=[world.mission.pk])

    world.client("organiser").post(url, {"kind": "leg", "id": "hou", "confirm": "yes"})

    world.mission.refresh_from_db()
    mission = load_mission(world.mission)
    assert [leg.id for leg in mission.legs] == ["aus"]
    assert mission.venues == ()
    assert mission_problems(mission.model_dump(mode="json")) == []


def test_removing_the_last_leg_is_refused_and_nothing_is_saved(world: World) -> None:
    url = reverse("wafd:place-remove", args=[world.mission.pk])

    response = world.client("organiser").post(
        url, {"kind": "leg", "id": "hou", "confirm": "yes"}, follow=True
    )

    world.mission.refresh_from_db()
    assert "Legs" in response.content.decode()
    assert [leg.id for leg in load_mission(world.mission).legs] == ["hou"]
