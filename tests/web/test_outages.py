"""An unreachable database: 503 with JSON for the API, a page for people, one log line.

The outage is real: the connection is closed and new ones are pointed at a closed
PostgreSQL port or, on SQLite, at a file in a folder that does not exist.
"""

import logging
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.db import connection
from django.test import Client

from wafd.web.models import ApiToken
from wafd.web.views.tokens import digest

from .conftest import World


@contextmanager
def database_unreachable() -> Iterator[None]:
    server = connection.settings_dict
    key, value = (
        ("PORT", "1") if connection.vendor == "postgresql" else ("NAME", "/nowhere/wafd.sqlite3")
    )
    saved = server[key]
    connection.close()
    server[key] = value
    try:
        yield
    finally:
        server[key] = saved
        connection.close()


@pytest.fixture
def outage_world(transactional_db: None, world: World) -> World:
    return world


def test_api_answers_503_json_when_the_database_is_unreachable(outage_world: World) -> None:
    key = "outage-key-0123456789abcdef"
    ApiToken.objects.create(user=outage_world.users["organiser"], digest=digest(key))
    client = Client(raise_request_exception=False, headers={"authorization": f"Bearer {key}"})

    with database_unreachable():
        response = client.get(f"/api/missions/{outage_world.mission.pk}/versions")

    assert response.status_code == 503
    assert response["Content-Type"] == "application/json"
    assert response.json() == {
        "detail": "Its database cannot be reached. Try again in a minute; nothing was changed."
    }
    assert response["Retry-After"] == "30"


def test_page_answers_a_translated_503_when_the_database_is_unreachable(
    outage_world: World,
) -> None:
    client = Client(raise_request_exception=False, headers={"accept-language": "fr"})
    client.force_login(outage_world.users["organiser"])

    with database_unreachable():
        response = client.get(f"/m/{outage_world.mission.pk}/")

    assert response.status_code == 503
    assert "text/html" in response["Content-Type"]
    assert "base de données est injoignable" in response.content.decode()


def test_unexpected_api_error_answers_500_json(world: World, settings: object) -> None:
    client = Client(raise_request_exception=False)
    client.force_login(world.users["organiser"])
    world.mission.content = {**world.mission.content, "legs": "not a list"}
    world.mission.save(update_fields=["content"])

    response = client.get(f"/api/missions/{world.mission.pk}/outcomes/figures")

    assert response.status_code == 500
    assert response.json() == {
        "detail": "The error was logged for your administrator. Try again, or go back."
    }


def test_outage_is_logged_in_one_line(
    outage_world: World, caplog: pytest.LogCaptureFixture
) -> None:
    client = Client(raise_request_exception=False)
    client.force_login(outage_world.users["organiser"])
    handler = logging.getLogger().handlers[0]

    with database_unreachable(), caplog.at_level(logging.ERROR, logger="django.request"):
        client.get(f"/m/{outage_world.mission.pk}/")

    lines = [handler.format(r) for r in caplog.records if handler.filter(r)]
    assert len(lines) == 1
    assert "database unreachable" in lines[0]
    assert "Traceback" not in lines[0]


@pytest.mark.parametrize("command", ["worker", "serve"])
def test_command_waits_for_an_unreachable_database_with_one_line(
    command: str, tmp_path: Path
) -> None:
    wafd = Path(sys.executable).with_name("wafd")
    env = {
        **os.environ,
        "DATABASE_URL": "postgres://postgres@127.0.0.1:1/wafd",
        "WAFD_DATA_DIR": str(tmp_path),
    }
    env.pop("WAFD_TEST_DATABASE_URL", None)
    process = subprocess.Popen(
        [str(wafd), command, "--port", "8799"] if command == "serve" else [str(wafd), command],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(6)  # start-up, then tries after 1 s and 2 s
    process.terminate()
    out, err = process.communicate(timeout=30)

    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) >= 2
    assert all(line.startswith("The database is unreachable (") for line in lines), err
    assert "Traceback" not in out + err
