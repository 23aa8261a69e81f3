"""Two organisers acting on one mission at the same moment: one wins, the other hears 409.

The race runs for real: threads, each with its own database connection, released together
by a barrier, on SQLite and (``make test-postgres``) on PostgreSQL, where without the
mission's row lock both moves were saved and one edit was silently lost.
"""

import json
import threading
from collections.abc import Callable
from functools import partial
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test import Client

from wafd.web.models import ApiToken, AuditEntry, MeetingRow, ScheduleVersion, SchedulingRun
from wafd.web.views.tokens import digest

from .conftest import PASSWORD, World, populate

ROUNDS = 4


@pytest.fixture
def shared_world(transactional_db: None) -> World:
    """The usual world, committed, so that other threads' connections see it."""
    record, users = populate("alpha")
    other, _ = populate("beta")
    users["outsider"] = User.objects.create_user("outsider", password=PASSWORD)
    return World(mission=record, other=other, users=users)


def _organiser(world: World, name: str) -> Client:
    key = f"race-key-{name}-0123456789abcdef"
    ApiToken.objects.get_or_create(user=world.users["organiser"], digest=digest(key))
    return Client(headers={"authorization": f"Bearer {key}"})


def _post(client: Client, path: str, body: dict[str, Any] | None = None) -> tuple[int, Any]:
    response = client.post(f"/api{path}", data=body or {}, content_type="application/json")
    return response.status_code, json.loads(response.content)


def _race(*calls: Callable[[], tuple[int, Any]]) -> list[tuple[int, Any]]:
    """Run the calls in threads released at once; their answers in the calls' order."""
    barrier = threading.Barrier(len(calls))
    answers: list[tuple[int, Any]] = [(0, None)] * len(calls)

    def run(index: int, call: Callable[[], tuple[int, Any]]) -> None:
        try:
            barrier.wait()
            answers[index] = call()
        finally:
            connection.close()  # this thread's own connection

    threads = [threading.Thread(target=run, args=item) for item in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return answers


def _versions(world: World) -> list[tuple[int, str]]:
    rows = ScheduleVersion.objects.filter(mission=world.mission).order_by("number")
    return list(rows.values_list("number", "state"))


def test_two_simultaneous_moves_of_one_meeting_save_one_and_refuse_the_other(
    shared_world: World,
) -> None:
    world = shared_world
    first, second = _organiser(world, "first"), _organiser(world, "second")
    base = f"/missions/{world.mission.pk}/meetings/m2"
    outcomes, winners = [], []
    for round_ in range(ROUNDS):
        times = (f"2024-02-06T{9 + 2 * round_:02d}:00", f"2024-02-06T{10 + 2 * round_:02d}:00")
        _, checked = _post(first, f"{base}/move/check", {"start": times[0]})
        _, checked_too = _post(second, f"{base}/move/check", {"start": times[1]})

        first_move = {"start": times[0], "confirm": checked["confirm"]}
        second_move = {"start": times[1], "confirm": checked_too["confirm"]}
        answers = _race(
            partial(_post, first, f"{base}/move", first_move),
            partial(_post, second, f"{base}/move", second_move),
        )

        outcomes.append(sorted(status for status, _ in answers))
        winners.extend(body["start"] for status, body in answers if status == 200)

    moved = MeetingRow.objects.get(version__mission=world.mission, version__number=2, mid="m2")
    moves = AuditEntry.objects.filter(mission=world.mission, action="meeting.move")
    assert outcomes == [[200, 409]] * ROUNDS
    assert _versions(world) == [(1, "preliminary"), (2, "draft")]  # one draft, not a fork
    assert moves.count() == ROUNDS  # the audit speaks only of saved moves
    assert moved.data["start"] == winners[-1]


def test_publishing_one_version_twice_at_once_publishes_it_once(shared_world: World) -> None:
    world = shared_world
    path = f"/missions/{world.mission.pk}/versions/1/publish"
    first, second = _organiser(world, "first"), _organiser(world, "second")

    answers = _race(
        lambda: _post(first, path, {"state": "final"}),
        lambda: _post(second, path, {"state": "final"}),
    )

    assert sorted(status for status, _ in answers) == [200, 409]
    assert _versions(world) == [(1, "preliminary"), (2, "final")]


def test_locking_a_published_meeting_twice_at_once_starts_one_draft(shared_world: World) -> None:
    world = shared_world
    path = f"/missions/{world.mission.pk}/meetings/m1/lock"
    first, second = _organiser(world, "first"), _organiser(world, "second")

    answers = _race(lambda: _post(first, path), lambda: _post(second, path))

    locks = AuditEntry.objects.filter(mission=world.mission, action="meeting.lock")
    assert [status for status, _ in answers] == [200, 200]
    assert [body["version"] for _, body in answers] == [2, 2]
    assert _versions(world) == [(1, "preliminary"), (2, "draft")]
    assert locks.count() == 1


def test_two_simultaneous_replans_start_one_draft_and_one_run(shared_world: World) -> None:
    world = shared_world
    path = f"/missions/{world.mission.pk}/replan"
    first, second = _organiser(world, "first"), _organiser(world, "second")
    body = {"cancel": ["m1"], "time_limit": 5}

    answers = _race(lambda: _post(first, path, body), lambda: _post(second, path, body))

    assert [status for status, _ in answers] == [202, 202]
    assert answers[0][1]["id"] == answers[1][1]["id"]
    assert _versions(world) == [(1, "preliminary"), (2, "draft")]
    assert SchedulingRun.objects.filter(mission=world.mission).count() == 1
