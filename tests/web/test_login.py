"""Logging in: failures make the next attempt wait longer, never lock anyone out; the
client address comes from X-Forwarded-For only through a trusted proxy."""

from datetime import timedelta
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from wafd.web.models import LoginDelay

from .conftest import PASSWORD, World

URL = "/login/"
OWNER = "alpha-delegate"


def _try(client: Client, username: str, password: str, address: str = "") -> Any:
    headers = {"x-forwarded-for": address} if address else {}
    return client.post(URL, {"username": username, "password": password}, headers=headers)


def _wait_over() -> None:
    LoginDelay.objects.update(next_attempt=timezone.now() - timedelta(seconds=1))


@pytest.fixture
def behind_proxy(settings: Any) -> None:
    settings.WAFD_TRUSTED_PROXIES = ["127.0.0.1"]


def test_failures_make_the_next_attempt_wait_but_never_lock(world: World) -> None:
    client = Client()
    for _ in range(6):
        _try(client, OWNER, "wrong")

    waiting = _try(client, OWNER, PASSWORD)
    _wait_over()
    after_the_wait = _try(client, OWNER, PASSWORD)

    assert waiting.status_code == 429
    assert 0 < int(waiting["Retry-After"]) <= 60
    assert after_the_wait.status_code == 302
    assert client.session["_auth_user_id"] == str(world.users["delegate"].pk)


def test_waits_double_with_each_failure_up_to_the_cap(world: World, settings: Any) -> None:
    client = Client()
    waits = []
    for _ in range(16):
        _wait_over()
        _try(client, OWNER, "wrong")
        latest = max(LoginDelay.objects.values_list("next_attempt", flat=True))
        waits.append(round((latest - timezone.now()).total_seconds()))

    seconds = [w for w in waits if w > 0]
    assert seconds[:4] == [2, 4, 8, 16]
    assert max(seconds) <= settings.WAFD_LOGIN_MAX_DELAY_SECONDS


def test_failures_from_elsewhere_do_not_keep_the_owner_out(
    world: World, behind_proxy: None
) -> None:
    owner = Client()
    assert _try(owner, OWNER, PASSWORD, "198.51.100.7").status_code == 302
    owner.post(reverse("wafd:logout"))
    for attempt in range(40):
        _try(Client(), OWNER, "guess", f"203.0.113.{attempt % 250}")

    again = _try(owner, OWNER, PASSWORD, "198.51.100.7")
    newcomer = _try(Client(), OWNER, PASSWORD, "198.51.100.8")

    assert again.status_code == 302, "the owner's known browser logs in at once"
    assert newcomer.status_code in (302, 429)
    assert int(newcomer.get("Retry-After", "0")) <= 60, "elsewhere, a minute at most"


def test_behind_a_trusted_proxy_one_client_failing_slows_only_that_client(
    world: World, behind_proxy: None
) -> None:
    for attempt in range(30):
        _try(Client(), f"someone{attempt}", "wrong", "203.0.113.5")

    blocked = _try(Client(), OWNER, PASSWORD, "203.0.113.5")
    other = _try(Client(), OWNER, PASSWORD, "198.51.100.7")

    assert blocked.status_code == 429
    assert other.status_code == 302


def test_forwarded_header_from_an_untrusted_client_is_ignored(world: World) -> None:
    for attempt in range(30):
        _try(Client(), f"someone{attempt}", "wrong", f"203.0.113.{attempt}")

    response = _try(Client(), OWNER, PASSWORD, "198.51.100.7")

    assert response.status_code == 429, "the real address (127.0.0.1) is the one slowed down"


def test_login_succeeds_with_the_right_password(world: World) -> None:
    client = Client()

    response = _try(client, OWNER, PASSWORD)

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(world.users["delegate"].pk)


def test_login_form_needs_the_csrf_token() -> None:
    client = Client(enforce_csrf_checks=True)

    response = client.post(reverse("wafd:login"), {"username": "x", "password": "y"})

    assert response.status_code == 403


def test_arabic_pages_are_right_to_left(db: None) -> None:
    response = Client(headers={"accept-language": "ar"}).get(reverse("wafd:login"))

    assert '<html lang="ar" dir="rtl">' in response.content.decode()
