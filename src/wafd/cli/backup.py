"""``wafd backup OUT`` and ``wafd restore IN``: the site's SQLite database, while it runs.

Both go through ``wafd.web.backup`` (SQLite's online backup API); with PostgreSQL they
refuse and print the ``pg_dump``/``pg_restore`` commands to use instead. Exit 1 when the
file or database should not be written (an existing OUT without ``--force``, a
database holding missions without ``--force``, PostgreSQL), 2 when IN is not a backup.
"""

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from wafd.cli.app import app, console
from wafd.cli.shared import (
    EXIT_INVALID,
    EXIT_REFUSED,
    ForceOption,
    LanguageOption,
    complain,
    refuse_bad_output,
)
from wafd.i18n import N_, translate
from wafd.model import Language

if TYPE_CHECKING:  # the web layer (Django) is imported when a command runs, not at start
    from wafd.web.backup import BackupError, Contents

BACKED_UP = N_(
    "Backed up {path} to {out}: {missions} missions, {versions} versions, {meetings} "
    "meetings, {audit} audit entries."
)
RESTORED = N_(
    "Restored {source} into {path}: {missions} missions, {versions} versions, {meetings} "
    "meetings, {audit} audit entries."
)
NO_SUCH_BACKUP = N_("There is no file {path}: give the path of a file written by wafd backup.")


def _refused(refused: "BackupError", language: str) -> typer.Exit:
    from wafd.web.backup import NOT_A_BACKUP

    complain(translate("operations", language, refused.message).format(**refused.fields))
    return typer.Exit(EXIT_INVALID if refused.message == NOT_A_BACKUP else EXIT_REFUSED)


@app.command()
def backup(
    out: Annotated[
        Path, typer.Argument(help="The backup file to write (e.g. wafd-backup.sqlite3).")
    ],
    force: ForceOption = False,
    lang: LanguageOption = Language.EN,
) -> None:
    """Copy the site's database to OUT while the site runs (SQLite; PostgreSQL: pg_dump)."""
    refuse_bad_output(out, force=force, language=lang.value)
    from wafd.web import setup

    setup()
    from wafd.web.backup import BackupError, backup_database

    try:
        contents = backup_database(out=out)
    except BackupError as refused:
        raise _refused(refused, lang.value) from None
    line = translate("operations", lang.value, BACKED_UP)
    console.print(line.format(path=_live(), out=out, **_counts(contents)), soft_wrap=True)


@app.command()
def restore(
    source: Annotated[Path, typer.Argument(metavar="IN", help="A file written by wafd backup.")],
    force: Annotated[
        bool, typer.Option("--force", help="Replace a database that already holds missions.")
    ] = False,
    lang: LanguageOption = Language.EN,
) -> None:
    """Replace the site's database with a backup, then bring its tables up to date."""
    if not source.is_file():
        complain(translate("operations", lang.value, NO_SUCH_BACKUP).format(path=source))
        raise typer.Exit(EXIT_INVALID)
    from django.core.management import call_command

    from wafd.web import setup

    setup()
    from wafd.web.backup import BackupError, contents_of, restore_database

    try:
        restore_database(source=source, force=force)
    except BackupError as refused:
        raise _refused(refused, lang.value) from None
    call_command("migrate", interactive=False, verbosity=0)
    contents = contents_of(_live())
    line = translate("operations", lang.value, RESTORED)
    console.print(line.format(source=source, path=_live(), **_counts(contents)), soft_wrap=True)


def _live() -> Path:
    from django.db import connection

    return Path(connection.settings_dict["NAME"])


def _counts(contents: "Contents") -> dict[str, int]:
    return {
        "missions": contents.missions,
        "versions": contents.versions,
        "meetings": contents.meetings,
        "audit": contents.audit,
    }
