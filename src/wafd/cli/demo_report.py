"""The last step of ``wafd demo``: fictional outcomes of the tour and the mission report.

The outcomes are written as ``outcomes.xlsx`` beside the mission (open it, change it, run
``wafd report`` again); the report goes to ``report/`` in the demo's language.
"""

from pathlib import Path

from rich.console import Console

from wafd.export.report import write_mission_report
from wafd.i18n import N_, translate
from wafd.model import Mission, Schedule
from wafd.outcomes import outcome_context
from wafd.outcomes.files import write_outcomes
from wafd.sample.outcomes import build_sample_outcomes

REPORT_STEP = N_("What came of it: fictional outcomes and the mission report")
OUTCOMES_NAME = "outcomes.xlsx"
REPORT_FOLDER = "report"


def demo_report(
    console: Console, mission: Mission, schedule: Schedule, *, out_dir: Path, language: str
) -> list[Path]:
    """Write the sample outcomes and the report (PDF, HTML, XLSX); list what was written."""
    outcomes = build_sample_outcomes(mission=mission, schedule=schedule)
    written = [write_outcomes(outcomes, out_dir / OUTCOMES_NAME)]
    context = outcome_context(mission=mission, schedule=schedule)
    figures, paths = write_mission_report(
        context=context, outcomes=outcomes, out_dir=out_dir / REPORT_FOLDER, language=language
    )
    written += paths
    summary = N_(
        "{held} of {planned} meetings held, {opportunities} opportunities, return multiplier "
        "{multiplier} (fictional):"
    )
    console.print(
        translate("outcomes", language, summary).format(
            held=figures.meetings_held,
            planned=figures.meetings_planned,
            opportunities=figures.opportunities,
            multiplier=figures.return_multiplier,
        ),
        markup=False,
    )
    for path in written:
        console.print(f"  {path}", markup=False, highlight=False, soft_wrap=True)
    return written
