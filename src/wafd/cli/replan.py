"""``wafd replan MISSION SCHEDULE --cancel ID``: re-plan with as few changes as possible.

Prints the diff (added, moved, updated, cancelled meetings); with ``--out`` writes the new
version there (atomically). Without ``--out`` nothing is written: the published schedule is
never overwritten by surprise.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from wafd.cli.app import app, console
from wafd.cli.schedule_text import say
from wafd.cli.shared import EXIT_INVALID, ForceOption, LanguageOption, complain
from wafd.i18n import N_
from wafd.model import Language

DRY_RUN = N_("Version {version} not written: add --out FILE to save it.")
WRITTEN = N_("Version {version} written to {path}")
RECORDED = N_("Recorded in the new version (kept by every later re-plan): {id} cancelled on {on}")


@app.command()
def replan(
    mission_file: Annotated[Path, typer.Argument(help="Mission workbook (.xlsx) or YAML file.")],
    schedule_file: Annotated[Path, typer.Argument(help="The published schedule (.xlsx/.json).")],
    cancel: Annotated[
        list[str] | None,
        typer.Option("--cancel", help="Participant or meeting id to cancel (repeatable)."),
    ] = None,
    lock: Annotated[
        list[str] | None,
        typer.Option("--lock", help="Meeting id that must not move (repeatable)."),
    ] = None,
    out: Annotated[
        Path | None, typer.Option("--out", help="Where to write the new version.")
    ] = None,
    time_limit: Annotated[
        float, typer.Option("--time-limit", min=0.1, help="Seconds the solver may search.")
    ] = 30.0,
    seed: Annotated[
        int | None,
        typer.Option(
            "--seed",
            min=0,
            max=2**31 - 1,
            help="Same input, same seed: same new version (see wafd schedule --seed).",
        ),
    ] = None,
    force: ForceOption = False,
    lang: LanguageOption = Language.EN,
) -> None:
    """Re-plan after cancellations or mission changes and print what changed."""
    from wafd.cli.schedule_io import (
        load_mission,
        load_schedule,
        refuse_bad_schedule_output,
        save_schedule,
    )
    from wafd.cli.schedule_progress import SolveProgress
    from wafd.cli.schedule_view import STATUS_TEXT, render_changes, render_notices
    from wafd.schedule import ReplanError, replan_mission

    language = lang.value
    if out is not None:
        refuse_bad_schedule_output(out, force=force, language=language)
    mission = load_mission(mission_file, language)
    published = load_schedule(mission, schedule_file, language)
    try:
        with SolveProgress(console, language) as progress:
            result = replan_mission(
                mission,
                published,
                cancel=tuple(cancel or ()),
                lock=tuple(lock or ()),
                time_limit=time_limit,
                on_progress=progress,
                language=language,
                seed=seed,
            )
    except ReplanError as error:
        complain(error.notice.render(language))
        raise typer.Exit(EXIT_INVALID) from None
    console.print(escape(say(language, STATUS_TEXT.get(result.status, result.status))))
    render_notices(console, result.conflicts, language, N_("Conflicts"), "red")
    render_changes(console, mission, result.changes, language)
    for cancelled in result.schedule.cancellations[len(published.cancellations) :]:
        recorded = say(language, RECORDED, id=cancelled.id, on=cancelled.on.isoformat())
        console.print(escape(recorded))
    if result.status in ("infeasible", "unknown"):
        raise typer.Exit(EXIT_INVALID)
    if out is None:
        console.print(escape(say(language, DRY_RUN, version=result.schedule.version)))
        return
    save_schedule(mission, result.schedule, out, language)
    written = say(language, WRITTEN, version=result.schedule.version, path=out)
    console.print(escape(written))
