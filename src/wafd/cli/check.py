"""``wafd check MISSION SCHEDULE``: every rule the schedule breaks; exit 0 valid, 2 invalid.

It reads the schedule file as an organiser may have edited it, so moved times, double
bookings, strangers and vetoed pairs are all caught.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from wafd.cli.app import app, console
from wafd.cli.shared import EXIT_INVALID, LanguageOption
from wafd.model import Language


@app.command()
def check(
    mission_file: Annotated[Path, typer.Argument(help="Mission workbook (.xlsx) or YAML file.")],
    schedule_file: Annotated[Path, typer.Argument(help="Schedule (.xlsx or .json).")],
    lang: LanguageOption = Language.EN,
) -> None:
    """Check a schedule against its mission and list every violated rule."""
    from wafd.cli.schedule_io import load_mission, load_schedule
    from wafd.cli.schedule_view import render_violations
    from wafd.schedule import check_schedule

    language = lang.value
    mission = load_mission(mission_file, language)
    schedule = load_schedule(mission, schedule_file, language)
    violations = check_schedule(mission, schedule)
    render_violations(console, mission, violations, language)
    if violations:
        raise typer.Exit(EXIT_INVALID)
