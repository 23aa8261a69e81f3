"""``wafd report MISSION [SCHEDULE] --outcomes FILE --out DIR``: the mission report.

The figures come from one function (``wafd.outcomes.figures``); ``--json`` prints them as
they are, and the PDF, HTML and XLSX documents show the same ones in ``--lang``.
"""

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from wafd.cli.app import app, console, error_console
from wafd.cli.shared import EXIT_INVALID, LanguageOption, complain
from wafd.i18n import N_, translate
from wafd.model import Language

if TYPE_CHECKING:
    from wafd.outcomes import OutcomeContext, Outcomes
    from wafd.outcomes.figures_model import ReportFigures


def _(language: Language, message: str) -> str:
    return translate("outcomes", language.value, message)


@app.command("report")
def report_command(
    mission_file: Annotated[
        Path, typer.Argument(help="Mission workbook (.xlsx) or YAML file.", show_default=False)
    ],
    schedule_file: Annotated[
        Path | None,
        typer.Argument(help="Schedule file (.xlsx or .json); meeting ids come from it."),
    ] = None,
    outcomes_file: Annotated[
        Path | None,
        typer.Option("--outcomes", help="Outcomes workbook (.xlsx) or YAML file."),
    ] = None,
    out: Annotated[
        Path | None, typer.Option("--out", help="Folder to write the report into.")
    ] = None,
    lang: LanguageOption = Language.EN,
    formats: Annotated[
        str,
        typer.Option(
            "--format", metavar="LIST", help="Comma-separated: pdf, html, xlsx; default: all."
        ),
    ] = "pdf,html,xlsx",
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the report's figures as JSON.")
    ] = False,
) -> None:
    """Write the mission report: attendance, satisfaction, pipeline, return, with charts."""
    from wafd.cli.outcomes_input import load_mission, load_schedule
    from wafd.cli.show import print_problems
    from wafd.io import MissionFileError
    from wafd.outcomes import outcome_context
    from wafd.outcomes.files import read_outcomes

    chosen = [part.strip() for part in formats.split(",") if part.strip()]
    if outcomes_file is None or (out is None and not as_json):
        complain(_(lang, N_("Give the outcomes file with --outcomes and a folder with --out.")))
        raise typer.Exit(EXIT_INVALID)
    unknown = sorted(set(chosen) - {"pdf", "html", "xlsx"})
    if unknown or not chosen:
        message = N_("Unknown report format: {formats}. Use pdf, html or xlsx.")
        complain(_(lang, message).format(formats=", ".join(unknown) or formats))
        raise typer.Exit(EXIT_INVALID)
    mission = load_mission(mission_file, lang)
    context = outcome_context(mission=mission, schedule=load_schedule(mission, schedule_file, lang))
    try:
        outcomes = read_outcomes(outcomes_file, context=context)
    except MissionFileError as error:
        print_problems(outcomes_file, error.report, lang)
        raise typer.Exit(EXIT_INVALID) from None
    if out is None:
        from wafd.outcomes.figures import compute_report_figures

        figures = compute_report_figures(context=context, outcomes=outcomes)
    else:
        figures = _write(context, outcomes, out, lang, chosen, quiet=as_json)
    if as_json:
        print(json.dumps(figures.model_dump(mode="json"), ensure_ascii=False, indent=2))


def _write(
    context: "OutcomeContext",
    outcomes: "Outcomes",
    out: Path,
    lang: Language,
    formats: list[str],
    *,
    quiet: bool,
) -> "ReportFigures":
    """Write the documents and list them (on stderr when stdout carries JSON)."""
    from wafd.export.report import write_mission_report

    if out.exists() and not out.is_dir():
        message = N_("{path} is a file, not a folder. Choose another folder with --out.")
        complain(_(lang, message).format(path=out))
        raise typer.Exit(1)
    try:
        figures, written = write_mission_report(
            context=context, outcomes=outcomes, out_dir=out, language=lang.value, formats=formats
        )
    except OSError as error:
        message = N_("Cannot write into {folder}: {reason}. Choose another folder with --out.")
        complain(_(lang, message).format(folder=out, reason=error.strerror or error))
        raise typer.Exit(1) from None
    shown = error_console if quiet else console
    shown.print(_(lang, N_("The mission report:")), markup=False, highlight=False)
    for path in written:
        shown.print(f"  {path}", markup=False, highlight=False, soft_wrap=True)
    return figures
