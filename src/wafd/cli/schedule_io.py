"""Files the scheduling commands read and write, with clear messages instead of tracebacks.

Bad mission files print the validator's report (as ``wafd validate``) and exit 2; bad schedule
files name every bad cell (sheet, row, column) and exit 2; a disk that refuses a write exits 1.
Messages are in the ``schedule`` catalogue.
"""

from __future__ import annotations

from pathlib import Path

import typer

from wafd.cli.schedule_text import say
from wafd.cli.shared import EXIT_INVALID, complain, refuse_bad_output
from wafd.cli.validate_view import render_report
from wafd.i18n import N_
from wafd.io import MissionFileError, read_mission
from wafd.io.schedule_file import UNSUPPORTED, ScheduleFileError, read_schedule, write_schedule
from wafd.model import Mission, Schedule

EXIT_FAILED = 1

CANNOT_READ = N_("Cannot read {path}: {reason}")
CANNOT_WRITE = N_("Cannot write {path}: {reason}. Choose another file with --out.")
NO_SUCH_MISSION = N_("{path}: no such mission file")
BAD_SCHEDULE = N_("{path} is not a readable schedule:")


def load_mission(path: Path, language: str) -> Mission:
    if not path.is_file():
        complain(say(language, NO_SUCH_MISSION, path=path))
        raise typer.Exit(EXIT_INVALID)
    try:
        return read_mission(path)
    except MissionFileError as error:
        render_report(error.report, language)
        raise typer.Exit(EXIT_INVALID) from None
    except OSError as error:
        complain(say(language, CANNOT_READ, path=path, reason=error.strerror or error))
        raise typer.Exit(EXIT_FAILED) from None


def load_schedule(mission: Mission, path: Path, language: str) -> Schedule:
    try:
        return read_schedule(mission, path)
    except ScheduleFileError as error:
        complain(say(language, BAD_SCHEDULE, path=path))
        for issue in error.issues:
            complain(f"  {issue.describe(language)}")
        raise typer.Exit(EXIT_INVALID) from None
    except OSError as error:
        complain(say(language, CANNOT_READ, path=path, reason=error.strerror or error))
        raise typer.Exit(EXIT_FAILED) from None


def save_schedule(mission: Mission, schedule: Schedule, path: Path, language: str) -> None:
    try:
        write_schedule(mission, schedule, path)
    except ScheduleFileError as error:
        for issue in error.issues:
            complain(issue.describe(language))
        raise typer.Exit(EXIT_INVALID) from None
    except OSError as error:
        complain(say(language, CANNOT_WRITE, path=path, reason=error.strerror or error))
        raise typer.Exit(EXIT_FAILED) from None


def refuse_bad_schedule_output(path: Path, *, force: bool, language: str) -> None:
    """Before solving: ``path`` must be a writable, new (or ``force``) .xlsx or .json file."""
    if path.suffix.lower() not in (".xlsx", ".json"):
        complain(say(language, UNSUPPORTED, path=path))
        raise typer.Exit(EXIT_INVALID)
    refuse_bad_output(path, force=force, language=language)
