"""Feedback, attendance, the pipeline board and the report on the web: each change goes through
the engine, is audited, and a refused one saves nothing and speaks the user's language."""

from django.urls import reverse

from wafd.outcomes import Stage
from wafd.web.models import AuditEntry, MissionOutcomes
from wafd.web.outcomes import load_outcomes

from .conftest import World
from .outcome_world import add_pilot

FEEDBACK = {"rating": "5", "follow_up": "yes", "interests": ["partnership"], "comment": "ممتاز"}


def _url(world: World, name: str, **kwargs: object) -> str:
    return reverse(f"wafd:{name}", kwargs={"mission_pk": world.mission.pk, **kwargs})


def test_delegate_feedback_is_saved_and_audited(world: World) -> None:
    response = world.client("delegate").post(_url(world, "feedback", mid="m1"), FEEDBACK)

    saved = load_outcomes(world.mission).feedback
    assert response.status_code == 302
    assert [(f.participant, f.rating, f.comment) for f in saved] == [("d1", 5, "ممتاز")]
    assert AuditEntry.objects.get(mission=world.mission, action="feedback").target == "m1"


def test_feedback_with_a_rating_outside_one_to_five_saves_nothing(world: World) -> None:
    response = world.client("delegate").post(
        _url(world, "feedback", mid="m1"), {**FEEDBACK, "rating": "9"}
    )

    assert (response.status_code, MissionOutcomes.objects.count()) == (400, 0)


def test_agenda_links_each_meeting_to_its_feedback_form(world: World) -> None:
    page = world.client("delegate").get(_url(world, "agenda")).content.decode()

    assert page.count(_url(world, "feedback", mid="m1")) == 1


def test_organiser_records_a_no_show_at_the_door(world: World) -> None:
    world.client("organiser").post(
        _url(world, "attendance"), {"meeting": "m1", "status": "no_show", "absent": ["h1"]}
    )

    records = load_outcomes(world.mission).attendance
    assert [(a.meeting, str(a.status), a.absent) for a in records] == [("m1", "no_show", ("h1",))]


def test_pipeline_move_backwards_without_reason_is_refused_in_arabic(world: World) -> None:
    add_pilot(world)
    client = world.client("organiser")
    client.post(
        _url(world, "pipeline"), {"opportunity": "o1", "stage": "proposal", "date": "2024-03-01"}
    )
    client.cookies["django_language"] = "ar"

    response = client.post(
        _url(world, "pipeline"),
        {"opportunity": "o1", "stage": "identified", "date": "2024-03-02"},
        follow=True,
    )

    assert "دون سبب" in response.content.decode()
    assert load_outcomes(world.mission).opportunities[0].stage == Stage.PROPOSAL


def test_report_page_shows_the_charts_to_viewers(world: World) -> None:
    page = world.client("viewer").get(_url(world, "report")).content.decode()

    assert page.count("<svg") == 5


def test_organiser_adds_an_opportunity_only_with_a_currency(world: World) -> None:
    client = world.client("organiser")
    fields = {"action": "add", "title": "Cloud pilot", "meeting": "m1", "kind": "export_sale",
              "value": "250000", "date": "2024-02-12"}  # fmt: skip

    refused = client.post(_url(world, "pipeline"), {**fields, "currency": ""}, follow=True)
    client.post(_url(world, "pipeline"), {**fields, "currency": "MAD"})

    assert "has no currency" in refused.content.decode()
    added = load_outcomes(world.mission).opportunities
    assert [(o.title, o.value.currency if o.value else None) for o in added] == [
        ("Cloud pilot", "MAD")
    ]


def test_organiser_adds_an_action_and_marks_it_done(world: World) -> None:
    client = world.client("organiser")
    client.post(
        _url(world, "actions"),
        {"what": "Send the offer", "owner": "d1", "due": "2024-03-01", "meeting": "m1"},
    )
    action = load_outcomes(world.mission).actions[0]

    page = client.get(_url(world, "actions")).content.decode()
    client.post(
        _url(world, "actions"),
        {"action_id": action.id, "what": action.what, "owner": "d1", "status": "done"},
    )

    assert 'class="overdue"' in page
    assert [(a.id, str(a.status)) for a in load_outcomes(world.mission).actions] == [
        (action.id, "done")
    ]


def test_action_for_an_unknown_owner_is_refused(world: World) -> None:
    world.client("organiser").post(_url(world, "actions"), {"what": "Call", "owner": "nobody"})

    assert load_outcomes(world.mission).actions == ()
