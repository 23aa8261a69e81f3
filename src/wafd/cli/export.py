"""``wafd export MISSION SCHEDULE --out DIR``: itineraries, briefing books, calendars, workbook."""

from pathlib import Path
from typing import Annotated

import typer

from wafd.cli.app import app, console
from wafd.cli.shared import EXIT_REFUSED, complain
from wafd.cli.show import print_problems
from wafd.i18n import N_, SUPPORTED_LANGUAGES, translate
from wafd.model import Language

ISSUES_SHOWN = 5


def _(language: str, message: str) -> str:
    return translate("export", language, message)


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


@app.command("export")
def export_command(
    mission_file: Annotated[
        Path, typer.Argument(help="Mission workbook (.xlsx) or YAML file.", show_default=False)
    ],
    schedule_file: Annotated[
        Path, typer.Argument(help="Schedule file (.xlsx or .json).", show_default=False)
    ],
    out: Annotated[Path, typer.Option("--out", help="Folder to write the documents into.")],
    formats: Annotated[
        str,
        typer.Option(
            "--format",
            metavar="LIST",
            help="Comma-separated formats: pdf, ics, html, xlsx; default: all four.",
        ),
    ] = "",
    languages: Annotated[
        str,
        typer.Option(
            "--lang",
            metavar="LIST",
            help="Comma-separated languages (ar, fr, en); default: the mission's languages.",
        ),
    ] = "",
    participants: Annotated[
        list[str] | None,
        typer.Option(
            "--for", metavar="ID", help="Only this participant's documents (repeat for several)."
        ),
    ] = None,
    no_personal_data: Annotated[
        bool,
        typer.Option("--no-personal-data", help="Leave e-mail addresses and phone numbers out."),
    ] = False,
    previous_file: Annotated[
        Path | None,
        typer.Option(
            "--previous",
            help="The previously published schedule: itineraries mark what changed since.",
        ),
    ] = None,
    force: Annotated[
        bool,
        typer.Option("--force", help="Replace the documents of an earlier export in --out."),
    ] = False,
) -> None:
    """Write itineraries, briefing books, calendars (.ics), logistics and the schedule workbook."""
    from wafd.export import FORMATS, ExportError, FolderRefusedError, export_documents
    from wafd.io import MissionFileError, read_mission
    from wafd.io.schedule_file import ScheduleFileError, read_schedule

    chosen = _split(languages)
    ui = chosen[0] if chosen and chosen[0] in SUPPORTED_LANGUAGES else Language.EN.value
    files = [(mission_file, N_("mission")), (schedule_file, N_("schedule"))]
    if previous_file is not None:
        files.append((previous_file, N_("schedule")))
    for path, what in files:
        if not path.is_file():
            message = N_("{file}: no such {what} file.")
            complain(_(ui, message).format(file=path, what=_(ui, what)))
            raise typer.Exit(2)
    try:
        mission = read_mission(mission_file)
    except MissionFileError as error:
        print_problems(mission_file, error.report, Language(ui))
        raise typer.Exit(2) from None
    schedules = []
    for path in [schedule_file] + ([previous_file] if previous_file else []):
        try:
            schedules.append(read_schedule(mission, path))
        except ScheduleFileError as error:
            complain(_(ui, N_("{file} is not a readable schedule:")).format(file=path))
            for issue in error.issues[:ISSUES_SHOWN]:
                complain(f"  • {issue.describe(ui)}")
            raise typer.Exit(2) from None
    schedule, previous = schedules[0], (schedules[1] if len(schedules) > 1 else None)
    try:
        written = export_documents(
            mission,
            schedule,
            out_dir=out,
            formats=_split(formats) or FORMATS,
            languages=chosen or None,
            participant_ids=participants or None,
            personal_data=not no_personal_data,
            previous=previous,
            replace=force,
        )
    except FolderRefusedError as error:
        complain(_(ui, error.message).format(**error.values))
        raise typer.Exit(EXIT_REFUSED) from None
    except ExportError as error:
        complain(error.in_language(ui))
        raise typer.Exit(2) from None
    except OSError as error:
        message = N_("Cannot write into {folder}: {reason}. Choose another folder with --out.")
        complain(_(ui, message).format(folder=out, reason=error.strerror or error))
        raise typer.Exit(1) from None
    print_written(written, ui)


def print_written(paths: list[Path], language: str) -> None:
    """Every file written, one per line, so they can be copied or piped."""
    count = _(language, N_("{count} files written:")).format(count=len(paths))
    console.print(count, markup=False, highlight=False)
    for path in paths:
        console.print(f"  {path}", markup=False, highlight=False, soft_wrap=True)
