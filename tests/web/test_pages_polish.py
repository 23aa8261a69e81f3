"""Labels in the reader's language and styled error pages."""

import pytest
from django.test import Client
from django.urls import reverse

from wafd.web.models import AuditEntry

from .conftest import World


def test_403_page_is_styled_and_translated(world: World) -> None:
    client = world.client("viewer")
    client.cookies["django_language"] = "fr"

    response = client.get(reverse("wafd:audit", args=[world.mission.pk]))

    page = response.content.decode()
    assert response.status_code == 403
    assert "wafd/style.css" in page
    assert '<html lang="fr"' in page


def test_404_page_is_styled_in_arabic(world: World) -> None:
    response = Client(headers={"accept-language": "ar"}).get("/no/such/page/")

    page = response.content.decode()
    assert response.status_code == 404
    assert 'dir="rtl"' in page
    assert "wafd/style.css" in page


def test_500_page_is_styled(world: World, settings: object) -> None:
    from django.template.loader import render_to_string

    page = render_to_string("500.html")

    assert "wafd/style.css" in page


@pytest.mark.parametrize(("language", "word"), [("fr", "doit rencontrer"), ("ar", "يجب")])
def test_request_badges_are_translated(world: World, language: str, word: str) -> None:
    client = world.client("organiser")
    client.cookies["django_language"] = language

    page = client.get(reverse("wafd:requests", args=[world.mission.pk])).content.decode()

    assert word in page
    assert ">must<" not in page


def test_audit_actions_are_words_not_codes(world: World) -> None:
    AuditEntry.objects.create(mission=world.mission, action="member.invite", target="x")
    client = world.client("organiser")
    client.cookies["django_language"] = "fr"

    page = client.get(reverse("wafd:audit", args=[world.mission.pk])).content.decode()

    assert "member.invite" not in page


def test_hosts_page_starts_at_the_delegates_own_preference(world: World) -> None:
    page = world.client("delegate").get(reverse("wafd:hosts", args=[world.mission.pk]))

    assert '<option value="must" selected>' in page.content.decode()


def test_board_draws_a_meeting_over_the_rows_it_lasts(world: World) -> None:
    page = world.client("organiser").get(reverse("wafd:version", args=[world.mission.pk, 1]))

    html = page.content.decode()
    assert html.count("drawn span-4") == 2, "two one-hour meetings on a quarter-hour board"


def test_new_mission_dashboard_lists_the_next_steps(world: World) -> None:
    client = world.client("organiser")
    created = client.post(
        reverse("wafd:mission-create"), {"slug": "fresh", "name": "Fresh", "kind": "tour"}
    )
    overview = client.get(created["Location"].replace("places/", ""))

    page = overview.content.decode()
    assert "Next steps" in page
    assert "Add the mission&#x27;s legs and venues." in page
    assert "Run the scheduler." in page


def test_dashboard_counts_people_requests_and_the_schedule(world: World) -> None:
    page = world.client("viewer").get(reverse("wafd:mission", args=[world.mission.pk]))

    html = page.content.decode()
    assert "2 delegates, 2 hosts" in html
    assert "2 awaiting the hosts" in html
    assert "Every request is scheduled." in html
    assert "Next steps" not in html, "steps are the organiser's"


def test_member_choices_use_arabic_names_on_arabic_pages(world: World) -> None:
    client = world.client("organiser")
    client.cookies["django_language"] = "ar"

    page = client.get(reverse("wafd:members", args=[world.mission.pk])).content.decode()

    assert "المندوب 1" in page


def test_participant_list_searches_filters_and_counts(world: World) -> None:
    client = world.client("organiser")
    url = reverse("wafd:participants", args=[world.mission.pk])

    everyone = client.get(url).content.decode()
    hosts = client.get(url, {"role": "host"}).content.decode()
    company = client.get(url, {"q": "Company 2"}).content.decode()

    assert "4 participants" in everyone
    assert "2 of 4 participants" in hosts
    assert "Host 2" in company
    assert "Host 1" not in company
    assert "Company 2" in company, "organisations by name, not id"


def test_request_list_filters_by_preference_and_counts(world: World) -> None:
    page = world.client("organiser").get(
        reverse("wafd:requests", args=[world.mission.pk]), {"preference": "must"}
    )

    html = page.content.decode()
    assert "1 of 2 requests" in html
    assert "Delegate 1" in html
    assert "Delegate 2" not in html


def test_unscheduled_requests_are_named_not_ids(world: World) -> None:
    from wafd.web.models import ScheduleVersion

    ScheduleVersion.objects.filter(mission=world.mission).update(
        unscheduled=[
            {"requester": "d2", "target": "h1", "preference": "must", "reason": "no common time"}
        ]
    )
    client = world.client("organiser")
    client.cookies["django_language"] = "ar"

    page = client.get(reverse("wafd:version", args=[world.mission.pk, 1])).content.decode()

    assert "<bdi>المندوب 2</bdi> → <bdi>Host 1</bdi>" in page


def test_recommendations_mark_pairs_already_requested(world: World) -> None:
    from wafd.web.models import RequestRow

    RequestRow.objects.filter(mission=world.mission).update(target="co1")  # by organisation
    page = world.client("organiser").get(reverse("wafd:recommendations", args=[world.mission.pk]))

    rows = page.context["rows"]
    flagged = {(r["item"].subject, r["item"].candidate) for r in rows if r["requested"]}
    assert ("d1", "h1") in flagged or ("h1", "d1") in flagged


def test_diff_shows_local_times_with_their_zone(world: World) -> None:
    from wafd.web.models import MeetingRow, ScheduleVersion
    from wafd.web.store import copy_version

    first = ScheduleVersion.objects.get(mission=world.mission, number=1)
    second = copy_version(first, user=None, state="draft")
    MeetingRow.objects.filter(version=second, mid="m1").delete()

    page = world.client("organiser").get(
        reverse("wafd:diff", args=[world.mission.pk]), {"old": 1, "new": second.number}
    )

    html = page.content.decode()
    assert "Mon 5 Feb, 10:00" in html, "10:00 in Houston, not 16:00 UTC"
    assert "CST" in html


def test_api_key_help_keeps_its_placeholder(world: World) -> None:
    page = world.client("delegate").get(reverse("wafd:api-tokens")).content.decode()

    assert "Authorization: Bearer &lt;key&gt;" in page


def test_board_compact_day_view_shows_one_day(world: World) -> None:
    url = reverse("wafd:version", args=[world.mission.pk, 1])
    client = world.client("organiser")

    everything = client.get(url).content.decode()
    one_day = client.get(url, {"day": "2024-02-06"}).content.decode()

    assert 'href="?day=2024-02-05"' in everything
    assert everything.count('class="slot-meeting') == 2
    assert one_day.count('class="slot-meeting') == 1
    assert 'data-mid="m2"' in one_day


def test_requests_to_an_organisation_show_its_name(world: World) -> None:
    from wafd.web.models import RequestRow

    RequestRow.objects.filter(mission=world.mission, target="h1").update(target="co1")
    page = world.client("organiser").get(reverse("wafd:requests", args=[world.mission.pk]))

    assert "<bdi>Company 1</bdi>" in page.content.decode()


def test_mission_names_follow_the_readers_language(world: World) -> None:
    client = world.client("organiser")
    client.cookies["django_language"] = "fr"
    content = {
        **world.mission.content,
        "name": {"en": "Trade mission", "fr": "Mission commerciale"},
    }
    type(world.mission).objects.filter(pk=world.mission.pk).update(content=content)

    home = client.get(reverse("wafd:home")).content.decode()
    overview = client.get(reverse("wafd:mission", args=[world.mission.pk])).content.decode()

    assert "Mission commerciale" in home
    assert '<h1 dir="auto">Mission commerciale</h1>' in overview


@pytest.mark.parametrize(
    ("language", "label"), [("fr", "bon, non prouvé meilleur"), ("ar", "جيد، دون برهان أنه الأفضل")]
)
def test_the_solver_status_of_a_version_is_words_in_the_readers_language(
    world: World, language: str, label: str
) -> None:
    world.mission.versions.update(solver_status="feasible")
    client = world.client("organiser")
    client.cookies["django_language"] = language

    page = client.get(reverse("wafd:versions", args=[world.mission.pk])).content.decode()

    assert label in page
    assert "<td>feasible</td>" not in page
