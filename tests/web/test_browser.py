"""End to end in Debian's chromium: an organiser imports, schedules and publishes the
sample mission; a delegate sees only their agenda, switches to Arabic and gets their .ics;
an organiser drags a meeting on the board, reads the checker's warning and confirms.

Screenshots of the key pages go to ``test-artifacts/`` for people to look at.
"""

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth.models import Permission, User
from icalendar import Calendar

from wafd.io import write_mission
from wafd.sample import build_sample_mission
from wafd.web.importing import execute_import
from wafd.web.models import (
    ImportJob,
    MeetingRow,
    MemberRole,
    Membership,
    MissionRecord,
    ParticipantRow,
    ScheduleVersion,
    SchedulingRun,
    VersionState,
)
from wafd.web.store import save_mission, save_schedule
from wafd.web.tasks import execute_run

from .factories import HOUSTON, small_mission, small_schedule

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
PASSWORD = "a-long-test-passphrase"

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed"),
]


@pytest.fixture
def browser() -> Iterator[Any]:
    # Playwright's sync API runs an event loop in this thread; the ORM calls the test makes
    # between page actions are ordinary synchronous calls.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield launched
        launched.close()
    os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)


def _shot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def _log_in(page: Any, base: str, username: str) -> None:
    page.goto(f"{base}/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("main form button[type=submit]")


def _organiser_signed_in(
    live_server: Any,
    browser: Any,
    *,
    mission_name: str,
    state: VersionState = VersionState.FINAL,
    locale: str = "en-GB",
    width: int = 1280,
    height: int = 900,
) -> tuple[Any, Any, MissionRecord]:
    """A small mission with a saved schedule, and its organiser signed in on a browser context."""
    mission = small_mission(mission_name)
    record = save_mission(mission, user=None)
    save_schedule(record, small_schedule(mission), user=None, state=state)
    organiser = User.objects.create_user("organiser", password=PASSWORD)
    Membership.objects.create(user=organiser, mission=record, role=MemberRole.ORGANISER)
    context = browser.new_context(locale=locale, viewport={"width": width, "height": height})
    page = context.new_page()
    _log_in(page, live_server.url, "organiser")
    return context, page, record


@pytest.mark.django_db(transaction=True)
def test_organiser_publishes_and_delegate_reads_their_agenda_in_arabic(
    live_server: Any, browser: Any, tmp_path: Path
) -> None:
    base = live_server.url
    creator = User.objects.create_user("organiser", password=PASSWORD)
    creator.user_permissions.add(Permission.objects.get(codename="create_mission"))
    workbook = tmp_path / "sample-mission.xlsx"
    write_mission(build_sample_mission(), workbook)

    organiser = browser.new_context(locale="en-GB", viewport={"width": 1280, "height": 900})
    page = organiser.new_page()
    _log_in(page, base, "organiser")
    page.goto(f"{base}/missions/import/")
    page.set_input_files("input[name=workbook]", str(workbook))
    page.click("main form button[type=submit]")
    page.wait_for_url("**/missions/import/*/")
    execute_import(ImportJob.objects.get().pk)
    page.reload()
    page.wait_for_url("**/m/*/")
    _shot(page, "01-organiser-mission-overview")
    record = MissionRecord.objects.get()

    page.click("nav >> text=Schedule")
    page.select_option("select[name=mode]", "greedy")
    page.fill("input[name=time_limit]", "10")
    page.click("main form button[type=submit]")
    page.wait_for_url("**/schedule/runs/*/")
    execute_run(SchedulingRun.objects.get(mission=record).pk)
    page.wait_for_selector("#run-result a", timeout=15000)
    _shot(page, "02-organiser-run-finished")
    page.click("#run-result a")
    page.click("text=Publish as final")
    page.wait_for_selector(".badge.final")
    _shot(page, "03-organiser-final-version")
    organiser.close()

    participant = ParticipantRow.objects.get(mission=record, pid="anas-bouzidi")
    delegate_user = User.objects.create_user("anas", password=PASSWORD)
    Membership.objects.create(
        user=delegate_user, mission=record, role=MemberRole.DELEGATE, participant=participant
    )
    own_titles = sorted(
        participant.meetings.filter(version__state="final").values_list("title", flat=True)
    )

    delegate = browser.new_context(
        locale="fr-FR", viewport={"width": 420, "height": 900}, accept_downloads=True
    )
    page = delegate.new_page()
    _log_in(page, base, "anas")
    page.goto(f"{base}/m/{record.pk}/agenda/")
    shown = sorted(page.locator(".meeting strong").all_inner_texts())
    assert shown == own_titles
    assert page.locator("h1").inner_text() == "Agenda de Anas Bouzidi"
    _shot(page, "04-delegate-agenda-french")

    page.select_option("#language", "ar")
    page.click("form.lang button")
    page.wait_for_selector("html[dir=rtl]")
    assert page.locator("h1").inner_text() == "جدول أعمال أنس بوزيدي"
    _shot(page, "05-delegate-agenda-arabic")

    page.goto(f"{base}/m/{record.pk}/calendar/")
    with page.expect_download() as download:
        page.click("#download-ics")
    calendar = Path(download.value.path()).read_text(encoding="utf-8")
    _shot(page, "06-delegate-calendar-arabic")
    assert calendar.startswith("BEGIN:VCALENDAR")
    # Every meeting of theirs once; the rest are their journey (segments, hotel nights).
    summaries = [
        str(e["summary"]).split(" · ")[0] for e in Calendar.from_ical(calendar).walk("VEVENT")
    ]
    assert sorted(s for s in summaries if s in own_titles) == own_titles
    delegate.close()


@pytest.mark.django_db(transaction=True)
def test_organiser_drags_a_meeting_sees_the_checker_and_confirms(
    live_server: Any, browser: Any
) -> None:
    base = live_server.url
    context, page, record = _organiser_signed_in(
        live_server, browser, mission_name="drag", state=VersionState.PRELIMINARY
    )
    page.goto(f"{base}/m/{record.pk}/schedule/v1/")
    _shot(page, "07-organiser-board")

    # m2 (Tuesday 14:00) onto Monday 12:45, the lunch break: the checker objects.
    page.drag_and_drop(".slot-meeting[data-mid=m2]", "td.slot[data-start='2024-02-05T12:45']")
    warning = page.wait_for_selector("#move-dialog [data-part=warnings]:not([hidden]) li")
    assert "not available" in warning.inner_text()
    assert page.locator("#move-question").inner_text() == (
        "Move Meeting m2 to Monday 5 February, 12:45?"
    )
    _shot(page, "08-organiser-drag-warning")
    assert ScheduleVersion.objects.filter(mission=record).count() == 1  # nothing saved yet

    page.click("#move-dialog [data-action=save]")
    page.wait_for_url("**/schedule/v2/")
    moved = MeetingRow.objects.get(version__mission=record, version__number=2, mid="m2")
    assert moved.start.astimezone(HOUSTON).isoformat() == "2024-02-05T12:45:00-06:00"
    assert page.locator("td.slot[data-start='2024-02-05T12:45'] .slot-meeting").count() == 1
    _shot(page, "09-organiser-board-after-move")

    page.select_option("#language", "ar")
    page.click("form.lang button")
    page.wait_for_selector("html[dir=rtl]")
    page.drag_and_drop(".slot-meeting[data-mid=m1]", "td.slot[data-start='2024-02-07T09:00']")
    page.wait_for_selector("#move-dialog [data-part=clear]:not([hidden])")
    assert page.locator("#move-dialog [data-action=save]").inner_text() == "حفظ النقل"
    _shot(page, "10-organiser-drag-arabic")
    page.click("#move-dialog [data-action=close]")
    assert not page.locator("#move-dialog[open]").count()
    kept = MeetingRow.objects.get(version__mission=record, version__number=2, mid="m1")
    assert kept.start.astimezone(HOUSTON).hour == 10  # cancelled: nothing moved
    context.close()
