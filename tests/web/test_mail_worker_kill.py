"""Kill the worker in the middle of a batch: nothing is lost and nothing is sent twice.

The worker is a real ``wafd worker`` process on the test database, sending to a real SMTP
server in this process that takes a little time per message. It is killed (SIGKILL) once
part of the batch has arrived; a second worker then finishes. Every message must have
arrived exactly once, except at most the one being handed over at the kill, which is flagged
``unknown`` for organisers (it may or may not have gone out) and never sent again.
"""

import os
import signal
import subprocess
import sys
import time
from email import message_from_bytes, policy
from pathlib import Path
from typing import Any

import pytest
from django.db import connection

from wafd.web import notifying
from wafd.web.mail_models import OutboxMessage, OutboxState

from .mail_world import Running, mail_world, mailed_mission, smtp_server

PEOPLE = 60


def _database_url() -> str:
    database = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{database['NAME']}"
    user = f"{database['USER']}:{database['PASSWORD']}@" if database["USER"] else ""
    return f"postgres://{user}{database['HOST']}:{database['PORT']}/{database['NAME']}"


def _worker(server: Running, data: Path) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "DATABASE_URL": _database_url(),
        "WAFD_DATA_DIR": str(data),
        "WAFD_EMAIL_URL": server.url(),
        "WAFD_MAIL_LEASE_SECONDS": "2",
    }
    env.pop("WAFD_TEST_DATABASE_URL", None)
    wafd = Path(sys.executable).parent / "wafd"
    return subprocess.Popen(
        [str(wafd), "worker", "--batch"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )


def _message_id(raw: bytes) -> str:
    parsed: Any = message_from_bytes(raw, policy=policy.default)
    return str(parsed["Message-ID"])


@pytest.mark.django_db(transaction=True)
def test_worker_killed_mid_batch_loses_nothing_and_sends_nothing_twice(tmp_path: Path) -> None:
    world = mail_world(mailed_mission(delegates=PEOPLE - 2))
    queued = notifying.queue_note(
        world.record, world.version, to="all", subject="Bus", body="Lobby at 8.", note_id="n1"
    )
    assert queued == PEOPLE
    with smtp_server() as server:
        server.mailbox.delay = 0.05
        first = _worker(server, tmp_path)
        deadline = time.monotonic() + 120
        while len(server.mailbox.received) < PEOPLE // 4 and time.monotonic() < deadline:
            time.sleep(0.01)
        os.kill(first.pid, signal.SIGKILL)
        first.wait(timeout=10)
        at_kill = len(server.mailbox.received)
        time.sleep(2.5)  # the killed worker's lease runs out
        second = _worker(server, tmp_path)
        _out, errors = second.communicate(timeout=180)
    assert second.returncode == 0, errors.decode()[-2000:]
    assert 0 < at_kill < PEOPLE

    received = [_message_id(raw) for _rcpts, raw in server.mailbox.received]
    rows = {_message_id(bytes(row.raw)): row.state for row in OutboxMessage.objects.all()}
    sent = {mid for mid, state in rows.items() if state == OutboxState.SENT}
    unknown = {mid for mid, state in rows.items() if state == OutboxState.UNKNOWN}
    assert len(received) == len(set(received))  # nothing twice
    assert set(rows.values()) <= {OutboxState.SENT, OutboxState.UNKNOWN}
    assert len(unknown) <= 1
    assert sent <= set(received)
    assert set(rows) <= set(received) | unknown  # nothing lost without a flag
