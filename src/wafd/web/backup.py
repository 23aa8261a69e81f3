"""Backing up and restoring the site's SQLite database while the site runs.

Copying ``wafd.sqlite3`` with ``cp`` while the site runs loses what is still in the
write-ahead log (``-wal``): a drill lost 4 versions, 92 meetings and 9 audit entries
that way. ``backup_database`` uses SQLite's online backup API instead, which copies
one consistent state (every transaction committed before it, none after) while
the site goes on writing. ``restore_database`` copies a backup back the same way, so a
running server sees the restored state at once. PostgreSQL has its own tools
(``pg_dump``/``pg_restore``); these functions refuse it with the commands to use.
"""

import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from django.db import connection

from wafd.i18n import N_
from wafd.web.models import AuditEntry, MeetingRow, MissionRecord, ScheduleVersion

NOT_SQLITE = N_(
    "This site's database is PostgreSQL ({name} on {host}); wafd backup and wafd restore "
    "copy SQLite databases only. Back it up with: pg_dump --format=custom --file {file} "
    '"$DATABASE_URL"  and restore it with: pg_restore --clean --if-exists --dbname '
    '"$DATABASE_URL" {file}  (see docs/operations.md).'
)
NO_DATABASE = N_("There is no database at {path} yet: start wafd serve once, or set DATABASE_URL.")
NOT_A_BACKUP = N_("{path} is not a Wafd backup ({reason}): give a file written by wafd backup.")
WOULD_REPLACE = N_(
    "The database {path} holds {missions} missions: add --force to replace them with {source}."
)


class BackupError(Exception):
    """Why a backup or restore was not done: a catalogue message and its fields."""

    def __init__(self, message: str, **fields: object) -> None:
        super().__init__(message.format(**fields))
        self.message = message
        self.fields = fields


@dataclass(frozen=True)
class Contents:
    """How much a database holds: what an organiser checks after a backup or restore."""

    missions: int
    versions: int
    meetings: int
    audit: int
    path: Path = field(compare=False)


def _sqlite_file(file: Path) -> Path:
    """The running site's SQLite file (maybe empty), or a refusal naming PostgreSQL's tools."""
    settings = connection.settings_dict
    if connection.vendor != "sqlite":
        raise BackupError(
            NOT_SQLITE, name=settings["NAME"], host=settings.get("HOST") or "localhost", file=file
        )
    return Path(settings["NAME"])


def _holding(live: Path) -> Contents | None:
    """What the live database holds; ``None`` when it has no tables yet (or no file)."""
    try:
        return contents_of(live)
    except sqlite3.Error:
        return None


def contents_of(path: Path) -> Contents:
    """Count the missions, versions, meetings and audit entries of a Wafd SQLite file."""
    tables = (MissionRecord, ScheduleVersion, MeetingRow, AuditEntry)
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as database:
        check = database.execute("PRAGMA quick_check").fetchone()[0]
        if check != "ok":
            raise sqlite3.DatabaseError(check)
        counts = [
            database.execute(f'SELECT count(*) FROM "{model._meta.db_table}"').fetchone()[0]
            for model in tables
        ]
    database.close()
    missions, versions, meetings, audit = counts
    return Contents(missions, versions, meetings, audit, path=path)


def _copy(source: Path, target: Path, *, standalone: bool) -> None:
    """Copy in one step: one consistent state, while writers go on (WAL).

    A ``standalone`` copy (a backup file) leaves WAL mode: one file, nothing beside it.
    """
    with sqlite3.connect(source) as reading, sqlite3.connect(target) as writing:
        reading.backup(writing)
        if standalone:
            writing.execute("PRAGMA journal_mode=DELETE")
    reading.close()
    writing.close()


def backup_database(*, out: Path) -> Contents:
    """Copy the running site's database to ``out`` (private, 0600) and count what it holds.

    The copy is written beside ``out`` and renamed into place, so ``out`` is never a half
    copy. The caller decides whether an existing ``out`` may be replaced.
    """
    live = _sqlite_file(out)
    if _holding(live) is None:
        raise BackupError(NO_DATABASE, path=live)
    partial = out.with_name(f".{out.name}.partial")
    partial.unlink(missing_ok=True)
    descriptor = os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
    os.close(descriptor)
    try:
        _copy(live, partial, standalone=True)
        contents_of(partial)
        os.replace(partial, out)
    finally:
        partial.unlink(missing_ok=True)
    return contents_of(out)


def restore_database(*, source: Path, force: bool) -> Contents:
    """Replace the running site's database with the backup ``source``.

    Refuses a file that is not a sound Wafd database, and a database that holds missions
    unless ``force``. Migrations are the caller's next step (a backup may be older).
    """
    live = _sqlite_file(source)
    try:
        contents_of(source)
    except sqlite3.Error as error:
        raise BackupError(NOT_A_BACKUP, path=source, reason=str(error)) from error
    present = _holding(live)
    if present is not None and present.missions and not force:
        raise BackupError(WOULD_REPLACE, path=live, missions=present.missions, source=source)
    connection.close()
    _copy(source, live, standalone=False)
    return contents_of(live)
