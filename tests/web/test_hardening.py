"""Hardening: API docs from the package, a strict Content-Security-Policy, private files."""

import re
import stat
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client
from django.urls import reverse

from .conftest import World


def test_api_docs_load_nothing_from_other_sites(db: None) -> None:
    page = Client().get("/api/docs").content.decode()
    sources = re.findall(r'(?:src|href)="([^"]+)"', page)

    assert sources
    assert all(source.startswith("/static/") for source in sources), sources
    assert Client().get("/static/ninja/swagger-ui-bundle.js").status_code == 200


def test_pages_send_a_strict_content_security_policy(world: World) -> None:
    response = world.client("organiser").get(reverse("wafd:mission", args=[world.mission.pk]))

    policy = response["Content-Security-Policy"]
    assert "script-src 'self';" in policy
    assert "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy


PAGES = ["mission", "participants", "requests", "versions", "legs", "members", "downloads"]


@pytest.mark.parametrize("name", PAGES)
def test_pages_have_no_inline_script(world: World, name: str) -> None:
    page = world.client("organiser").get(reverse(f"wafd:{name}", args=[world.mission.pk]))

    scripts = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>", page.content.decode())
    assert scripts == []


def test_run_page_polls_from_a_static_script(world: World) -> None:
    from wafd.web.models import SchedulingRun

    run = SchedulingRun.objects.create(mission=world.mission)
    page = world.client("organiser").get(reverse("wafd:run", args=[world.mission.pk, run.pk]))

    html = page.content.decode()
    assert '<script src="/static/wafd/run.js" defer></script>' in html
    assert 'data-active="yes"' in html


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite files only")
def test_sqlite_database_file_is_private(db: None) -> None:
    connection.ensure_connection()
    name = Path(connection.settings_dict["NAME"])

    assert stat.S_IMODE(name.stat().st_mode) == 0o600


def test_data_folder_is_private() -> None:
    assert stat.S_IMODE(Path(settings.DATA_DIR).stat().st_mode) == 0o700
