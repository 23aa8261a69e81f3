"""``wafd schedule MISSION``: solve, show the search live, summarise, optionally write the file.

Exit 0 with a schedule (optimal or feasible), 2 when the fixed and required meetings cannot all
take place (the conflict is explained) or no schedule was found in time, 1 when a file cannot
be written.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from wafd.cli.app import app, console
from wafd.cli.schedule_text import say
from wafd.cli.shared import EXIT_INVALID, ForceOption, LanguageOption, complain
from wafd.i18n import N_
from wafd.model import Language

NO_TIME = N_("No schedule within {seconds:g} s: give the solver more time with --time-limit.")


class Mode(StrEnum):
    OPTIMAL = "optimal"
    GREEDY = "greedy"


@app.command()
def schedule(
    mission_file: Annotated[Path, typer.Argument(help="Mission workbook (.xlsx) or YAML file.")],
    out: Annotated[
        Path | None, typer.Option("--out", help="Write the schedule here (.xlsx or .json).")
    ] = None,
    time_limit: Annotated[
        float,
        typer.Option(
            "--time-limit",
            min=0.1,
            help="Seconds the whole scheduling may take (building, search, reasons).",
        ),
    ] = 30.0,
    mode: Annotated[
        Mode, typer.Option("--mode", help="optimal (CP-SAT) or greedy (first come, first served).")
    ] = Mode.OPTIMAL,
    seed: Annotated[
        int | None,
        typer.Option(
            "--seed",
            min=0,
            max=2**31 - 1,
            help="Same input, same seed: same schedule (the search is then a little slower"
            " and may run past --time-limit on a loaded machine; see docs/scheduling.md).",
        ),
    ] = None,
    days: Annotated[
        bool, typer.Option("--days", help="Also print each delegate's days and parallel visits.")
    ] = False,
    force: ForceOption = False,
    lang: LanguageOption = Language.EN,
) -> None:
    """Schedule a mission: as much requested value as possible, then compact days."""
    from wafd.cli.schedule_days import render_delegate_days, render_parallel_visits
    from wafd.cli.schedule_io import load_mission, refuse_bad_schedule_output, save_schedule
    from wafd.cli.schedule_progress import SolveProgress
    from wafd.cli.schedule_view import render_result
    from wafd.schedule import schedule_mission
    from wafd.schedule.size import ModelTooLargeError

    language = lang.value
    if out is not None:
        refuse_bad_schedule_output(out, force=force, language=language)
    mission = load_mission(mission_file, language)
    try:
        with SolveProgress(console, language) as progress:
            result = schedule_mission(
                mission,
                mode=mode.value,
                time_limit=time_limit,
                on_progress=progress,
                language=language,
                seed=seed,
            )
    except ModelTooLargeError as error:
        complain(f"{mission_file}: {error.notice.render(language)} {error.advice.render(language)}")
        raise typer.Exit(EXIT_INVALID) from None
    render_result(console, mission, result, language)
    if result.status == "unknown":
        console.print(escape(say(language, NO_TIME, seconds=time_limit)))
    if result.status in ("infeasible", "unknown"):
        raise typer.Exit(EXIT_INVALID)
    if days:
        render_parallel_visits(console, mission, result.schedule, language)
        render_delegate_days(console, mission, result.schedule, language)
    if out is not None:
        save_schedule(mission, result.schedule, out, language)
        console.print(escape(say(language, N_("Schedule written to {path}"), path=out)))
