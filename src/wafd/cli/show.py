"""``wafd show FILE``: what a mission workbook or YAML file holds, at a glance."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from wafd.cli.app import app, console
from wafd.cli.shared import LanguageOption, complain
from wafd.i18n import N_, translate
from wafd.model import Language

if TYPE_CHECKING:
    from wafd.io import ValidationReport

ISSUES_SHOWN = 5


@app.command()
def show(
    file: Annotated[
        Path, typer.Argument(help="Mission workbook (.xlsx) or YAML file.", show_default=False)
    ],
    lang: LanguageOption = Language.EN,
) -> None:
    """Summarise a mission file: legs, organisations, participants by role and theme, requests."""
    from wafd.cli.summary_view import render_summary
    from wafd.io import MissionFileError, read_mission
    from wafd.io.summary import summarise_mission

    if not file.exists():
        message = N_("{file}: no such file. Give the path of a mission workbook (.xlsx) or YAML.")
        complain(translate("cli", lang, message).format(file=file))
        raise typer.Exit(2)
    try:
        mission = read_mission(file)
    except MissionFileError as error:
        print_problems(file, error.report, lang)
        raise typer.Exit(2) from None
    render_summary(summarise_mission(mission), language=lang, console=console)


def print_problems(file: Path, report: ValidationReport, language: Language) -> None:
    """The first errors of an invalid file, where they are, and how to see them all."""
    headline = N_("{file} is not a valid mission file: {count} error(s). The first ones:")
    complain(translate("cli", language, headline).format(file=file, count=len(report.errors)))
    for issue in report.errors[:ISSUES_SHOWN]:
        place, hint = issue.place, issue.hint_in(language)
        line = (f"{place}: " if place else "") + issue.message_in(language)
        complain(f"  • {line}" + (f" — {hint}" if hint else ""))
    footer = N_("Run `wafd validate {file}` for the full report.")
    complain(translate("cli", language, footer).format(file=file))
