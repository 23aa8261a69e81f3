"""The main pages in Arabic, French and English, on a desktop and a 375 px phone, in chromium.

Each page is screenshot to ``test-artifacts/screens/`` for people to look at, and checked:
nothing wider than the window (no horizontal scrolling), and on Arabic and French pages no
English text left from the catalogue (an untranslated message id).
"""

from pathlib import Path
from typing import Any

import pytest
from babel.messages.pofile import read_po
from django.contrib.auth.models import Permission, User

import wafd.web
from wafd.sample import build_sample_mission
from wafd.web import tenancy
from wafd.web.models import (
    MemberRole,
    Membership,
    ParticipantRow,
    ScheduleVersion,
    SchedulingRun,
    VersionState,
)
from wafd.web.store import save_mission
from wafd.web.tasks import execute_run

from .test_browser import ARTIFACTS, CHROMIUM, PASSWORD, _log_in, browser  # noqa: F401

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed"),
]

SIZES = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 375, "height": 780}}
ORGANISER_PAGES = [
    "",
    "participants/",
    "requests/",
    "schedule/",
    "schedule/v1/",
    "places/",
    "members/",
    "downloads/",
    "audit/",
    "recommendations/",
    "schedule/diff/?old=1&new=1",
]
DELEGATE_PAGES = ["", "agenda/", "requests/", "hosts/", "calendar/", "profile/"]
GLOBAL_PAGES = [
    "/",
    "/missions/import/",
    "/account/password/",
    "/account/api-keys/",
    "/no/such/page/",
]


def _english_phrases(language: str) -> set[str]:
    """Catalogue message ids of two words or more whose translation differs from them."""
    path = Path(wafd.web.__file__).parent / "locale" / language / "LC_MESSAGES" / "django.po"
    with path.open("rb") as stream:
        catalog = read_po(stream, locale=language)
    return {
        m.id
        for m in catalog
        if isinstance(m.id, str)
        and m.string
        and m.string != m.id
        and " " in m.id
        and "%" not in m.id
        and "<" not in m.id
    }


def _check(page: Any, language: str, phrases: set[str], name: str) -> list[str]:
    problems = []
    overflow = page.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    if overflow > 1:
        problems.append(f"{name}: {overflow}px wider than the window")
    if language != "en":
        text = page.inner_text("body")
        problems += [f"{name}: untranslated “{p}”" for p in phrases if p in text]
    return problems


def _world() -> tuple[int, str]:
    record = save_mission(build_sample_mission(), user=None)
    organiser = User.objects.create_user("screens-organiser", password=PASSWORD)
    organiser.user_permissions.add(Permission.objects.get(codename="create_mission"))
    Membership.objects.create(user=organiser, mission=record, role=MemberRole.ORGANISER)
    delegate = ParticipantRow.objects.filter(mission=record, role="delegate").first()
    assert delegate is not None
    user = User.objects.create_user("screens-delegate", password=PASSWORD)
    Membership.objects.create(
        user=user, mission=record, role=MemberRole.DELEGATE, participant=delegate
    )
    run = SchedulingRun.objects.create(mission=record, mode="greedy", time_limit=10)
    execute_run(run.pk)
    ScheduleVersion.objects.filter(mission=record).update(state=VersionState.FINAL)
    _invitation, secret = tenancy.invite(
        Membership.objects.get(user=organiser), role="host", participant=None
    )
    return record.pk, secret


@pytest.mark.django_db(transaction=True)
def test_main_pages_fit_the_window_and_speak_the_readers_language(
    live_server: Any,
    browser: Any,  # noqa: F811
) -> None:
    mission_pk, secret = _world()
    folder = ARTIFACTS / "screens"
    folder.mkdir(parents=True, exist_ok=True)
    problems: list[str] = []
    for language in ("ar", "fr", "en"):
        phrases = _english_phrases(language) if language != "en" else set()
        for size, viewport in SIZES.items():
            for who, pages in (
                ("screens-organiser", [f"/m/{mission_pk}/{p}" for p in ORGANISER_PAGES]),
                ("screens-delegate", [f"/m/{mission_pk}/{p}" for p in DELEGATE_PAGES]),
            ):
                context = browser.new_context(viewport=viewport, locale=language)
                page = context.new_page()
                _log_in(page, live_server.url, who)
                context.add_cookies(
                    [{"name": "django_language", "value": language, "url": live_server.url}]
                )
                targets = pages + (GLOBAL_PAGES if who == "screens-organiser" else [])
                for path in targets:
                    page.goto(live_server.url + path)
                    name = f"{language}-{size}-{who.split('-')[1]}{path.replace('/', '_')}"
                    page.screenshot(path=str(folder / f"{name}.png"), full_page=True)
                    problems += _check(page, language, phrases, name)
                context.close()
            context = browser.new_context(viewport=viewport, locale=language)
            page = context.new_page()
            context.add_cookies(
                [{"name": "django_language", "value": language, "url": live_server.url}]
            )
            for path in ("/login/", f"/invite/{secret}/"):
                page.goto(live_server.url + path)
                name = f"{language}-{size}-anonymous{path.split('/')[1]}"
                page.screenshot(path=str(folder / f"{name}.png"), full_page=True)
                problems += _check(page, language, phrases, name)
            context.close()

    (folder / "problems.txt").write_text("\n".join(problems), encoding="utf-8")
    assert problems == [], "\n".join(problems)
