"""``wafd backup`` copies a running site consistently; ``wafd restore`` brings it all back.

A writer thread keeps committing versions (with their meetings) and audit entries while
the backup is taken, as organisers and the worker would. The backup holds every
transaction committed before it and none half: each version with all its meetings and
its audit entry; restored, the site has exactly that.
"""

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from django.db import connection, transaction

from wafd.web.access import audit
from wafd.web.backup import BackupError, backup_database, contents_of, restore_database
from wafd.web.models import AuditEntry, MeetingRow, Membership, ScheduleVersion
from wafd.web.store import copy_version

from .conftest import World

WAFD = Path(sys.executable).with_name("wafd")


def _write_versions(world: World, stop: threading.Event, written: list[int]) -> None:
    """Commit a new version and its audit entry, again and again, until ``stop``."""
    organiser = Membership.objects.get(user=world.users["organiser"], mission=world.mission)
    first = ScheduleVersion.objects.get(mission=world.mission, number=1)
    try:
        while not stop.is_set():
            with transaction.atomic():
                version = copy_version(first, user=None, state="draft")
                audit(organiser, "version.draft", f"v{version.number}", via="test")
            written.append(version.number)
    finally:
        connection.close()


@pytest.fixture
def running_world(transactional_db: None, world: World) -> World:
    if connection.vendor != "sqlite":
        pytest.skip("wafd backup copies SQLite; PostgreSQL is refused (tested below)")
    return world


def test_backup_mid_write_restores_every_version_meeting_and_audit_entry(
    running_world: World, tmp_path: Path
) -> None:
    world = running_world
    stop, written = threading.Event(), []
    writer = threading.Thread(target=_write_versions, args=(world, stop, written))
    writer.start()
    while len(written) < 20:
        time.sleep(0.01)
    backup = backup_database(out=tmp_path / "site.sqlite3")
    later = len(written) + 10
    while len(written) < later:  # the site goes on writing after the backup
        time.sleep(0.01)
    stop.set()
    writer.join(timeout=30)

    versions_then = backup.versions - 2  # the two worlds' first versions
    assert 20 <= versions_then < len(written)
    assert backup.meetings == 2 * backup.versions  # every version with both its meetings
    assert backup.audit == versions_then  # and its audit entry, none without its version

    restored = restore_database(source=tmp_path / "site.sqlite3", force=True)

    assert restored == backup
    drafts = ScheduleVersion.objects.filter(mission=world.mission, state="draft")
    audited = AuditEntry.objects.filter(mission=world.mission).values_list("target", flat=True)
    assert sorted(audited) == sorted(f"v{v.number}" for v in drafts)
    assert MeetingRow.objects.count() == restored.meetings


def test_backup_is_private_and_never_half_written(running_world: World, tmp_path: Path) -> None:
    out = tmp_path / "site.sqlite3"

    backup_database(out=out)

    assert oct(out.stat().st_mode & 0o777) == "0o600"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site.sqlite3"]


def test_restore_refuses_a_file_that_is_not_a_backup(running_world: World, tmp_path: Path) -> None:
    stray = tmp_path / "notes.sqlite3"
    stray.write_text("minutes of the meeting")

    with pytest.raises(BackupError, match="is not a Wafd backup"):
        restore_database(source=stray, force=True)


def test_restore_keeps_a_database_with_missions_without_force(
    running_world: World, tmp_path: Path
) -> None:
    backup_database(out=tmp_path / "site.sqlite3")

    with pytest.raises(BackupError, match="holds 2 missions: add --force"):
        restore_database(source=tmp_path / "site.sqlite3", force=False)


def test_backup_of_postgresql_names_pg_dump(db: None, tmp_path: Path) -> None:
    if connection.vendor != "postgresql":
        pytest.skip("the PostgreSQL refusal needs PostgreSQL")

    with pytest.raises(BackupError, match="pg_dump --format=custom") as refused:
        backup_database(out=tmp_path / "site.dump")

    assert not (tmp_path / "site.dump").exists()
    assert "pg_restore --clean --if-exists" in str(refused.value)


def _wafd(*args: str, data: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "WAFD_DATA_DIR": str(data)}
    for name in ("DATABASE_URL", "WAFD_TEST_DATABASE_URL"):
        env.pop(name, None)
    return subprocess.run(
        [str(WAFD), *args], env=env, capture_output=True, text=True, timeout=120, check=False
    )


def test_wafd_backup_and_restore_round_trip_with_private_files(tmp_path: Path) -> None:
    data, out = tmp_path / "data", tmp_path / "backup.sqlite3"
    started = _wafd("worker", "--batch", data=data)  # migrates an empty database

    made = _wafd("backup", str(out), data=data)
    again = _wafd("backup", str(out), data=data)
    restored = _wafd("restore", str(out), "--force", data=data)

    assert started.returncode == 0, started.stderr
    assert (made.returncode, again.returncode, restored.returncode) == (0, 1, 0), made.stderr
    assert made.stdout.startswith(f"Backed up {data / 'wafd.sqlite3'} to {out}: 0 missions")
    assert "already exists: add --force" in again.stderr
    assert restored.stdout.startswith(f"Restored {out} into")
    assert oct(data.stat().st_mode & 0o777) == "0o700"
    assert oct((data / "wafd.sqlite3").stat().st_mode & 0o777) == "0o600"
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    assert contents_of(out).missions == 0
