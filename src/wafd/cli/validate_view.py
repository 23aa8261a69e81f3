"""How ``wafd validate`` prints a validation report: one table per sheet, then a verdict.

Also used by the scheduling commands when their mission file does not validate.
"""

from rich.markup import escape
from rich.table import Table

from wafd.cli.app import console
from wafd.i18n import N_, translate
from wafd.io import Issue, Severity, ValidationReport
from wafd.io.report import shown_value


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
