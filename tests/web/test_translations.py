"""The web pages speak Arabic and French: complete catalogues, compiled .mo up to date."""

import gettext
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from django.test import Client
from django.urls import reverse

import wafd.web

LOCALE = Path(wafd.web.__file__).parent / "locale"


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_every_web_message_is_translated_and_compiled(language: str) -> None:
    folder = LOCALE / language / "LC_MESSAGES"
    with (folder / "django.po").open("rb") as stream:
        catalog = read_po(stream, locale=language)
    with (folder / "django.mo").open("rb") as stream:
        compiled = gettext.GNUTranslations(stream)

    singular = [m for m in catalog if m.id and isinstance(m.id, str)]

    assert [m.id for m in singular if not m.string] == []
    assert {m.id: compiled.gettext(m.id) for m in singular} == {m.id: m.string for m in singular}


@pytest.mark.parametrize(
    ("language", "text"), [("ar", "تسجيل الدخول"), ("fr", "Se connecter"), ("en", "Log in")]
)
def test_login_page_follows_accept_language(db: None, language: str, text: str) -> None:
    response = Client(headers={"accept-language": language}).get(reverse("wafd:login"))

    assert f"<h1>{text}</h1>" in response.content.decode()


def test_language_switcher_overrides_accept_language(db: None) -> None:
    client = Client(headers={"accept-language": "fr"})

    client.post("/i18n/setlang/", {"language": "ar", "next": "/login/"})

    assert "<h1>تسجيل الدخول</h1>" in client.get(reverse("wafd:login")).content.decode()
