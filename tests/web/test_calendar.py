"""Calendar subscription addresses are secret, personal and revocable."""

from django.urls import reverse

from wafd.web.models import CalendarToken

from .conftest import World


def test_delegate_creates_and_revokes_a_subscription_token(world: World) -> None:
    client = world.client("delegate")
    url = reverse("wafd:calendar-create", kwargs={"mission_pk": world.mission.pk})

    client.post(url)
    token = CalendarToken.objects.get(membership__user=world.users["delegate"])
    client.post(
        reverse("wafd:calendar-revoke", kwargs={"mission_pk": world.mission.pk}),
        {"token": token.pk},
    )

    token.refresh_from_db()
    assert len(token.token) >= 40
    assert token.revoked_at is not None
    assert client.get(f"/cal/{token.token}.ics").status_code == 404


def test_unknown_calendar_token_is_404(db: None) -> None:
    from django.test import Client

    assert Client().get("/cal/not-a-token.ics").status_code == 404


def test_a_member_cannot_revoke_someone_elses_token(world: World) -> None:
    world.client("delegate").post(
        reverse("wafd:calendar-create", kwargs={"mission_pk": world.mission.pk})
    )
    token = CalendarToken.objects.get()

    world.client("host").post(
        reverse("wafd:calendar-revoke", kwargs={"mission_pk": world.mission.pk}),
        {"token": token.pk},
    )

    token.refresh_from_db()
    assert token.revoked_at is None


def test_subscription_feed_serves_the_published_agenda_of_its_owner(world: World) -> None:
    world.client("delegate").post(
        reverse("wafd:calendar-create", kwargs={"mission_pk": world.mission.pk})
    )
    token = CalendarToken.objects.get()
    from django.test import Client

    response = Client().get(f"/cal/{token.token}.ics")

    body = response.content.decode()
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert body.count("BEGIN:VEVENT") == 1
    assert "Meeting m1" in body
