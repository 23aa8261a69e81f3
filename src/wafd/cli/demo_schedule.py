"""The scheduling step of ``wafd demo``: schedule the sample mission and show each delegate's days.

Kept out of ``demo.py`` so the demo only calls one function per step; the same views serve
``wafd schedule``.
"""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.markup import escape

from wafd.cli.schedule_days import render_delegate_days, render_parallel_visits
from wafd.cli.schedule_io import save_schedule
from wafd.cli.schedule_progress import SolveProgress
from wafd.cli.schedule_text import say
from wafd.cli.schedule_view import render_result
from wafd.i18n import N_
from wafd.model import Mission, Role, Schedule
from wafd.schedule import schedule_mission

SCHEDULE_NAME = "schedule.xlsx"
DEMO_SECONDS = 5.0
DEMO_DELEGATES = 3
ALL_DAYS = N_(
    "The days of the first {shown} delegates; wafd schedule MISSION --days prints all {count}."
)


def demo_schedule(console: Console, mission: Mission, out_dir: Path, language: str) -> Schedule:
    """Solve for a few seconds, summarise, write ``schedule.xlsx``, print three delegates' days."""
    with SolveProgress(console, language) as progress:
        result = schedule_mission(
            mission, time_limit=DEMO_SECONDS, on_progress=progress, language=language
        )
    render_result(console, mission, result, language)
    path = out_dir / SCHEDULE_NAME
    save_schedule(mission, result.schedule, path, language)
    console.print(escape(say(language, N_("Schedule written to {path}"), path=path)))
    render_parallel_visits(console, mission, result.schedule, language)
    render_delegate_days(console, mission, result.schedule, language, limit=DEMO_DELEGATES)
    count = sum(1 for p in mission.participants_with_role(Role.DELEGATE))
    console.print(escape(say(language, ALL_DAYS, shown=DEMO_DELEGATES, count=count)))
    return result.schedule
