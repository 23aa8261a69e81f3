"""``wafd validate FILE``: every problem of a mission file, grouped by sheet.

Exit 0 when the file has no error (warnings allowed), 2 otherwise. The file
is only read. With ``--json`` the report is printed as JSON for machines.
"""

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from wafd.cli.app import app, console
from wafd.cli.shared import LanguageOption
from wafd.i18n import N_, translate
from wafd.io import Issue, Severity, ValidationReport, validate_mission_file
from wafd.io.report import shown_value
from wafd.model import Language

EXIT_INVALID = 2


@app.command()
def validate(
    file: Annotated[Path, typer.Argument(help="Mission workbook (.xlsx) or YAML file.")],
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the report as JSON for other programs.")
    ] = False,
    lang: LanguageOption = Language.EN,
) -> None:
    """Check a mission file and list every problem with its sheet, row and column."""
    report = validate_mission_file(file)
    if as_json:
        print(json.dumps(report.to_dict(lang.value), ensure_ascii=False, indent=2))
    else:
        render_report(report, lang.value)
    if not report.ok:
        raise typer.Exit(EXIT_INVALID)


def _t(language: str, message: str) -> str:
    return translate("io", language, message)


def render_report(report: ValidationReport, language: str) -> None:
    """Print one table per sheet, then a one-line verdict."""
    for sheet, issues in report.by_sheet().items():
        title = sheet or _t(language, N_("File"))
        table = Table(title=f"[bold]{escape(title)}[/]", title_justify="left", expand=True)
        table.add_column(_t(language, N_("Cell")), no_wrap=True)
        table.add_column(_t(language, N_("Column")), no_wrap=True)
        table.add_column(_t(language, N_("Value")), max_width=24, overflow="fold")
        table.add_column(_t(language, N_("Problem")), ratio=3)
        table.add_column(_t(language, N_("What to do")), ratio=3)
        for issue in issues:
            table.add_row(*_cells(issue, language))
        console.print(table)
    errors, warnings = len(report.errors), len(report.warnings)
    counts = _t(language, N_("{errors} error(s), {warnings} warning(s)")).format(
        errors=errors, warnings=warnings
    )
    if report.ok:
        verdict = _t(language, N_("{file} is valid")).format(file=report.source)
        console.print(f"[green]✓[/] {escape(verdict)} ({counts})")
    else:
        verdict = _t(language, N_("{file} has problems")).format(file=report.source)
        console.print(f"[red]✗[/] {escape(verdict)}: {counts}")


def _cells(issue: Issue, language: str) -> tuple[str, str, str, str, str]:
    style = "red" if issue.severity == Severity.ERROR else "yellow"
    marker = _t(language, N_("error") if issue.severity == Severity.ERROR else N_("warning"))
    where = f"{issue.column_letter}{issue.row}" if issue.column_letter and issue.row else ""
    if not where and issue.row:
        where = _t(language, N_("row {row}")).format(row=issue.row)
    value = shown_value(issue.value)
    return (
        escape(where),
        escape(issue.column),
        escape(value),
        f"[{style}]{escape(marker)}:[/] {escape(issue.message_in(language))}",
        escape(issue.hint_in(language)),
    )
