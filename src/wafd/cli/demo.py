"""``wafd demo``: Wafd at work on the built-in sample mission, one step after another.

Each step opens with ``run.step(title)`` and leaves what later steps need on
``run``. Matching, scheduling and documents add their own steps in ``demo``
below the summary, in the order an organiser would take them.
"""

from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated

import typer

from wafd.cli.app import app, console
from wafd.cli.shared import LanguageOption, complain
from wafd.i18n import N_, translate
from wafd.model import Language, Mission

WORKBOOK_NAME = "sample-mission.xlsx"
YAML_NAME = "sample-mission.yaml"


@dataclass
class DemoRun:
    """What the demo has produced so far, handed from one step to the next."""

    out_dir: Path
    language: Language
    mission: Mission
    written: list[Path] = field(default_factory=list)
    steps: int = 0

    def _(self, message: str) -> str:
        return translate("cli", self.language, message)

    def step(self, title: str) -> None:
        self.steps += 1
        console.rule(f"[bold]{self.steps}. {self._(title)}[/bold]", align="left")

    def write(self, path: Path) -> None:
        """Write the mission to ``path``; stop the demo with a clear message if the disk refuses."""
        from wafd.io import write_mission

        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.written.append(write_mission(self.mission, path))
        except OSError as error:
            message = N_("Cannot write {path}: {reason}. Choose another folder with --out.")
            reason = error.strerror or str(error)
            complain(self._(message).format(path=path, reason=reason))
            raise typer.Exit(1) from None


@app.command()
def demo(
    out: Annotated[
        Path, typer.Option("--out", help="Folder for the files the demo writes.")
    ] = Path("demo-output"),
    lang: LanguageOption = Language.EN,
) -> None:
    """Run Wafd end to end on the sample mission: workbook, matches, schedule, documents."""
    from wafd.cli.demo_documents import DOCUMENTS_STEP, demo_documents
    from wafd.cli.demo_match import demo_match
    from wafd.cli.demo_schedule import demo_schedule
    from wafd.cli.summary_view import render_summary
    from wafd.io.summary import summarise_mission
    from wafd.sample import build_sample_mission

    run = DemoRun(out_dir=out, language=lang, mission=build_sample_mission())
    if out.exists() and not out.is_dir():
        message = N_("{path} is a file, not a folder. Choose another folder with --out.")
        complain(run._(message).format(path=out))
        raise typer.Exit(2)

    run.step(N_("The sample mission as a workbook and as YAML"))
    run.write(run.out_dir / WORKBOOK_NAME)
    run.write(run.out_dir / YAML_NAME)
    for path in run.written:
        console.print(f"  {path}", markup=False, highlight=False)

    run.step(N_("What the mission holds"))
    render_summary(summarise_mission(run.mission), language=lang, console=console)

    run.step(N_("Who should meet whom: the best hosts for three delegates, and why"))
    demo_match(console, run.mission, lang.value)

    run.step(N_("The schedule: visits across the three cities, day by day"))
    schedule = demo_schedule(console, run.mission, run.out_dir, lang.value)

    run.step(translate("export", lang, DOCUMENTS_STEP))
    demo_documents(
        console,
        run.mission,
        schedule,
        mission_file=run.out_dir / WORKBOOK_NAME,
        language=lang.value,
    )

    from wafd.cli.demo_report import REPORT_STEP, demo_report

    run.step(translate("outcomes", lang, REPORT_STEP))
    demo_report(console, run.mission, schedule, out_dir=run.out_dir, language=lang.value)

    run.step(N_("Next"))
    hint = N_("Open {workbook} in a spreadsheet, edit it, then run: wafd show {workbook}")
    console.print(
        run._(hint).format(workbook=run.out_dir / WORKBOOK_NAME), markup=False, soft_wrap=True
    )
