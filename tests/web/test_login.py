"""Logging in: wrong passwords are rate limited; the login page is translated."""

from django.test import Client
from django.urls import reverse

from .conftest import PASSWORD, World


def test_login_refuses_after_five_failures_even_with_the_right_password(world: World) -> None:
    client = Client()
    url = reverse("wafd:login")
    for _ in range(5):
        client.post(url, {"username": "alpha-delegate", "password": "wrong"})

    response = client.post(url, {"username": "alpha-delegate", "password": PASSWORD})

    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_login_succeeds_with_the_right_password(world: World) -> None:
    client = Client()

    response = client.post(
        reverse("wafd:login"), {"username": "alpha-delegate", "password": PASSWORD}
    )

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(world.users["delegate"].pk)


def test_login_form_needs_the_csrf_token() -> None:
    client = Client(enforce_csrf_checks=True)

    response = client.post(reverse("wafd:login"), {"username": "x", "password": "y"})

    assert response.status_code == 403


def test_arabic_pages_are_right_to_left(db: None) -> None:
    response = Client(headers={"accept-language": "ar"}).get(reverse("wafd:login"))

    assert '<html lang="ar" dir="rtl">' in response.content.decode()
