"""Reading what ``wafd report`` and ``wafd validate --outcomes`` need: mission, schedule, outcomes.

Each file is read in turn; the first that cannot be read stops the command with its located
problems and exit 2, before anything is written.
"""

from pathlib import Path

import typer

from wafd.cli.shared import EXIT_INVALID, complain
from wafd.cli.show import print_problems
from wafd.i18n import N_, translate
from wafd.model import Language, Mission, Schedule

ISSUES_SHOWN = 5


def _(language: str, message: str) -> str:
    return translate("outcomes", language, message)


def load_mission(path: Path, language: Language) -> Mission:
    from wafd.io import MissionFileError, read_mission

    try:
        return read_mission(path)
    except MissionFileError as error:
        print_problems(path, error.report, language)
        raise typer.Exit(EXIT_INVALID) from None


def load_schedule(mission: Mission, path: Path | None, language: Language) -> Schedule | None:
    from wafd.io.schedule_file import ScheduleFileError, read_schedule

    if path is None:
        return None
    try:
        return read_schedule(mission, path)
    except ScheduleFileError as error:
        complain(_(language, N_("{file} is not a readable schedule:")).format(file=path))
        for issue in error.issues[:ISSUES_SHOWN]:
            complain(f"  • {issue.describe(language.value)}")
        raise typer.Exit(EXIT_INVALID) from None
