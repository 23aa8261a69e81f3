"""Writing typed rows as a workbook an organiser can fill in by hand.

Every sheet gets a bold, frozen header row whose cells carry a comment (what
to type, whether it is required, an example); choice columns get a drop-down;
dates and times are real Excel dates and times. The Mission sheet lists one
setting per row with a help column. Comments, help and input prompts speak
the organiser's language; sheet names, headers and choice values stay the
canonical ones the reader expects.
"""

from collections.abc import Sequence
from datetime import date, datetime, time

from openpyxl import Workbook
from openpyxl.cell.cell import Cell, MergedCell
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from wafd.i18n import N_, translate
from wafd.io.columns import CellType, Column, Sheet
from wafd.io.sheets import SHEETS

Row = dict[str, object]
HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
REQUIRED_FILL = PatternFill("solid", fgColor="9C2A00")
MAX_WIDTH = 48
FORMULA_STARTS = ("=", "+", "-", "@")
"""What spreadsheets read as the start of a formula when a cell is typed or edited."""
DATA_ROWS = 2000  # drop-downs and formats reach this far below the header
TYPE_LINES: dict[CellType, str] = {
    CellType.TEXT: N_("Type: text."),
    CellType.ID: N_("Type: id."),
    CellType.IDS: N_("Type: id list."),
    CellType.TAGS: N_("Type: word list."),
    CellType.TEXTS: N_("Type: text list."),
    CellType.DATE: N_("Type: date."),
    CellType.TIME: N_("Type: time."),
    CellType.INTEGER: N_("Type: integer."),
    CellType.NUMBER: N_("Type: number."),
    CellType.BOOLEAN: N_("Type: yes/no."),
    CellType.CHOICE: N_("Type: choice: {choices}."),
    CellType.CHOICES: N_("Type: choice list: {choices}."),
    CellType.TIMEZONE: N_("Type: time zone."),
}
"""The type line of a header comment; choices are listed as typed, never translated."""


def build_workbook(
    rows_by_sheet: dict[str, list[Row]], language: str = "en", sheets: Sequence[Sheet] = SHEETS
) -> Workbook:
    """A workbook with every sheet of the format, filled with ``rows_by_sheet``.

    ``language`` is that of the hints (comments, help column, input prompts).
    """
    workbook = Workbook()
    workbook.remove(workbook.active)  # type: ignore[arg-type]
    for sheet in sheets:
        worksheet = workbook.create_sheet(sheet.name)
        rows = rows_by_sheet.get(sheet.name, [])
        if sheet.key_value:
            _write_settings(worksheet, sheet, rows[0] if rows else {}, language)
        else:
            _write_table(worksheet, sheet, rows, language)
    return workbook


def cell_value(column: Column, value: object) -> object:
    """How a typed value is stored in a cell (lists joined, yes/no, plain strings)."""
    if value is None or value == ():
        return None
    if isinstance(value, tuple):
        separator = "; " if column.type == CellType.TEXTS else ", "
        return separator.join(str(item) for item in value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return value


def _describe(column: Column, language: str) -> str:
    """The header comment of ``column``: what to type, whether it is required, its type."""
    needed = translate("io", language, N_("Required.") if column.required else N_("Optional."))
    kind = translate("io", language, TYPE_LINES[column.type])
    kind = kind.format(choices=", ".join(column.choices))
    return f"{column.hint_in(language)}.\n{needed} {kind}"


def _style_header(cell: Cell, required: bool) -> None:
    cell.font = HEADER_FONT
    cell.fill = REQUIRED_FILL if required else HEADER_FILL
    cell.alignment = Alignment(vertical="center")


def store_value(cell: Cell | MergedCell, value: object) -> Cell | MergedCell:
    """Put ``value`` in ``cell``; text is always stored as text, never as a formula.

    openpyxl turns any string starting with ``=`` into a live formula, and Excel or
    LibreOffice re-read ``+``, ``-`` and ``@`` as formulas when a cell is edited: a
    participant's ``=HYPERLINK(…)`` or a DDE payload would run on the organiser's machine
    and read back empty. Every workbook Wafd writes goes through this function (or
    ``append_row``); the quote prefix keeps such text text when someone edits the cell.
    """
    cell.value = value  # type: ignore[assignment]
    if isinstance(value, str):
        cell.data_type = "s"
        if value.startswith(FORMULA_STARTS):
            cell.quotePrefix = True
    return cell


def append_row(worksheet: Worksheet, values: list[object]) -> None:
    """``worksheet.append(values)`` with every text stored as text (see ``store_value``)."""
    worksheet.append(values)
    for cell in worksheet[worksheet.max_row]:
        if isinstance(cell.value, str):
            store_value(cell, cell.value)


def _put(cell: Cell | MergedCell, column: Column, value: object) -> None:
    stored = cell_value(column, value)
    store_value(cell, stored)
    if isinstance(stored, datetime | date):
        cell.number_format = "yyyy-mm-dd"
    elif isinstance(stored, time):
        cell.number_format = "hh:mm:ss" if stored.second else "hh:mm"


def _write_table(worksheet: Worksheet, sheet: Sheet, rows: list[Row], language: str) -> None:
    for index, column in enumerate(sheet.columns, start=1):
        header = worksheet.cell(row=1, column=index, value=column.name)
        _style_header(header, column.required)
        header.comment = Comment(_describe(column, language), "Wafd", width=320, height=140)
        letter = get_column_letter(index)
        _add_input_rules(worksheet, column, f"{letter}2:{letter}{DATA_ROWS}", language)
        for number, row in enumerate(rows, start=2):
            _put(worksheet.cell(row=number, column=index), column, row.get(column.name))
        widths = [len(column.name) + 2, 10]
        widths += [len(str(cell_value(column, row.get(column.name)) or "")) for row in rows[:200]]
        worksheet.column_dimensions[letter].width = min(max(widths) + 2, MAX_WIDTH)
    worksheet.freeze_panes = "B2"


def _write_settings(worksheet: Worksheet, sheet: Sheet, row: Row, language: str) -> None:
    for index, title in enumerate(("field", "value", "help"), start=1):
        _style_header(worksheet.cell(row=1, column=index, value=title), False)
    for number, column in enumerate(sheet.columns, start=2):
        name = worksheet.cell(row=number, column=1)
        store_value(name, column.name)
        name.font = Font(bold=column.required)
        _put(worksheet.cell(row=number, column=2), column, row.get(column.name))
        help_text = _describe(column, language).replace("\n", " ")
        store_value(worksheet.cell(row=number, column=3), help_text)
        _add_input_rules(worksheet, column, f"B{number}", language)
    worksheet.column_dimensions["A"].width = 24
    worksheet.column_dimensions["B"].width = MAX_WIDTH
    worksheet.column_dimensions["C"].width = 80
    worksheet.freeze_panes = "A2"


def _add_input_rules(worksheet: Worksheet, column: Column, cells: str, language: str) -> None:
    """Drop-downs for choices and yes/no; date and time checks Excel enforces on entry."""
    validation: DataValidation | None = None
    if column.type == CellType.CHOICE:
        validation = DataValidation(type="list", formula1=f'"{",".join(column.choices)}"')
    elif column.type == CellType.BOOLEAN:
        validation = DataValidation(type="list", formula1='"yes,no"')
    elif column.type == CellType.DATE:
        validation = DataValidation(type="date", operator="greaterThan", formula1="1")
    elif column.type == CellType.TIME:
        validation = DataValidation(
            type="time", operator="between", formula1="0", formula2="0.999988"
        )
    if validation is None:
        return
    validation.allow_blank = True
    hint = column.hint_in(language)
    validation.error = f"{hint}."
    validation.errorTitle = column.name
    validation.prompt = hint
    validation.promptTitle = column.name
    validation.showInputMessage = True
    validation.showErrorMessage = True
    worksheet.add_data_validation(validation)
    validation.add(cells)
