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
