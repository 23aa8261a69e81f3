"""From raw cells to typed rows: one pass over every cell, every problem recorded.

Rows keep the cells that parsed; a cell that did not is listed in ``bad`` so
that later checks do not pile a second, confusing issue onto the same cell.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field

from wafd.i18n import N_
from wafd.io.cells import CellProblem, is_blank, parse_cell
from wafd.io.columns import Column, Sheet
from wafd.io.raw import RawBook, RawRow, RawSheet
from wafd.io.report import Issue, Severity
from wafd.io.sheets import SHEETS


@dataclass
class ParsedRow:
    number: int
    values: dict[str, object]
    raw: dict[str, object]
    bad: set[str] = field(default_factory=set)

    def get(self, column: str, default: object = None) -> object:
        return self.values.get(column, default)


@dataclass
class ParsedSheet:
    raw: RawSheet
    rows: list[ParsedRow]


class IssueLog:
    """Collects issues, naming each place the way the user sees it."""

    def __init__(self) -> None:
        self.issues: list[Issue] = []
        self.rows_with_errors: set[tuple[str, int]] = set()

    def add(
        self,
        sheet: RawSheet | str,
        row: int | None,
        column: str,
        value: object,
        message_id: str,
        hint_id: str = "",
        severity: Severity = Severity.ERROR,
        /,
        **params: object,
    ) -> None:
        """Record an issue; ``params`` fill the message's placeholders (any names)."""
        if isinstance(sheet, RawSheet):
            number, letter = sheet.place(row or 0, column)
            title = sheet.title
            spec_name = sheet.spec.name
        else:
            number, letter, title, spec_name = row or 0, "", sheet, sheet
        self.issues.append(
            Issue(
                sheet=title,
                row=number or None,
                column=column,
                value=value,
                message_id=message_id,
                hint_id=hint_id,
                severity=severity,
                column_letter=letter,
                params=params,
            )
        )
        if severity == Severity.ERROR:
            self.rows_with_errors.add((spec_name, row or 0))

    def has_error(self, sheet: str, row: int) -> bool:
        return (sheet, row) in self.rows_with_errors


ParsedBook = dict[str, ParsedSheet]


def parse_book(book: RawBook, log: IssueLog, sheets: Sequence[Sheet] = SHEETS) -> ParsedBook:
    """Typed rows of every known sheet; sheet- and cell-level issues go to ``log``."""
    for title in book.unknown_sheets:
        log.add(
            title,
            None,
            "",
            title,
            N_("The sheet “{title}” is not part of the mission format and is ignored."),
            N_("Rename it to one of: {sheets}, or delete it."),
            Severity.WARNING,
            title=title,
            sheets=", ".join(sheet.name for sheet in sheets),
        )
    parsed: ParsedBook = {}
    for spec in sheets:
        raw = book.sheets.get(spec.name)
        if raw is None:
            if spec.required:
                log.add(
                    spec.name,
                    None,
                    "",
                    None,
                    N_("The required sheet “{title}” is missing."),
                    N_("Add a sheet named {title} (see “wafd template”)."),
                    title=spec.name,
                )
            continue
        parsed[spec.name] = ParsedSheet(
            raw, [_parse_row(raw, row, log, book.typed_cells) for row in raw.rows]
        )
        _report_unknown_columns(raw, log)
    return parsed


def _report_unknown_columns(raw: RawSheet, log: IssueLog) -> None:
    for header, row, letter in raw.unknown_columns:
        log.issues.append(
            Issue(
                sheet=raw.title,
                row=row,
                column=header,
                value=header,
                message_id=N_("The column “{header}” is not part of the format and is ignored."),
                hint_id=N_("Check its spelling against: {columns}."),
                severity=Severity.WARNING,
                column_letter=letter,
                params={"header": header, "columns": ", ".join(raw.spec.column_names())},
            )
        )


def _parse_row(raw: RawSheet, row: RawRow, log: IssueLog, typed: bool) -> ParsedRow:
    parsed = ParsedRow(number=row.number, values={}, raw=row.cells)
    for column in raw.spec.columns:
        value = row.cells.get(column.name)
        if is_blank(value):
            if column.required and _group_blank(raw, row.cells, column):
                _missing(raw, row.number, column, log)
                parsed.bad.add(column.name)
            continue
        try:
            typed_value, warning = parse_cell(column, value, strict_types=typed)
        except CellProblem as problem:
            parsed.bad.add(column.name)
            log.add(
                raw,
                row.number,
                column.name,
                value,
                problem.message_id,
                problem.hint_id,
                problem.severity,
                **problem.params,
            )
            continue
        parsed.values[column.name] = typed_value
        if warning is not None:
            log.add(
                raw,
                row.number,
                column.name,
                value,
                warning.message_id,
                warning.hint_id,
                warning.severity,
                **warning.params,
            )
    return parsed


def _group_blank(raw: RawSheet, cells: dict[str, object], column: Column) -> bool:
    """Whether a required cell is missing; for localized text, in every language."""
    if column.language is None:
        return True
    siblings = (c for c in raw.spec.columns if c.attribute == column.attribute)
    return all(is_blank(cells.get(sibling.name)) for sibling in siblings)


def _missing(raw: RawSheet, number: int, column: Column, log: IssueLog) -> None:
    if column.language is not None:
        log.add(
            raw,
            number,
            column.name,
            None,
            N_("A {attribute} is required in at least one language."),
            N_("Fill in {attribute}_en, {attribute}_fr or {attribute}_ar."),
            attribute=column.attribute,
        )
        return
    log.add(
        raw,
        number,
        column.name,
        None,
        N_("The required cell “{header}” is empty."),
        N_("Fill it in, e.g. {example}."),
        header=column.name,
        example=_example_text(column),
    )


def _example_text(column: Column) -> str:
    example = column.example
    if isinstance(example, tuple):
        return ", ".join(str(item) for item in example)
    if hasattr(example, "isoformat"):
        text: str = example.isoformat()
        return text[:5] if len(text) == 8 else text
    return str(example)
