"""The web pages speak Arabic and French: complete catalogues, compiled .mo up to date."""

import gettext
import os
import shutil
import subprocess
import sys
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


@pytest.mark.skipif(shutil.which("xgettext") is None, reason="needs GNU gettext")
def test_every_message_of_the_code_and_templates_is_in_the_catalogues(tmp_path: Path) -> None:
    """makemessages on a copy of the app: nothing it finds may be missing from a catalogue."""
    copy = tmp_path / "web"
    shutil.copytree(LOCALE.parent, copy, ignore=shutil.ignore_patterns("*.mo", "__pycache__"))
    subprocess.run(
        [sys.executable, "-m", "django", "makemessages", "-l", "fr", "--no-obsolete"],
        cwd=copy,
        check=True,
        capture_output=True,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "wafd.web.settings"},
    )
    with (copy / "locale/fr/LC_MESSAGES/django.po").open("rb") as stream:
        found = read_po(stream, locale="fr")
    missing = {}
    for language in ("fr", "ar"):
        with (LOCALE / language / "LC_MESSAGES/django.po").open("rb") as stream:
            catalog = read_po(stream, locale=language)
        missing[language] = [m.id for m in found if m.id and m.id not in catalog]

    assert missing == {"fr": [], "ar": []}
