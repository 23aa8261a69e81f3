"""The mission report as a workbook: the key figures, then one sheet per table, as numbers.

Amounts and rates stay numbers (with a number format) so that stakeholders can sum and
chart them again; headers are in the report's language, sheet names are the stable keys.
"""

from io import BytesIO

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from wafd.export.localize import strip_marks
from wafd.export.report.content import Kind, ReportContent, Table
from wafd.export.spreadsheet import HEADER_FILL
from wafd.outcomes.figures_model import ReportFigures

FORMATS = {Kind.MONEY: "#,##0", Kind.PERCENT: "0.0%", Kind.RATING: "0.00", Kind.COUNT: "#,##0"}


def report_workbook(content: ReportContent, figures: ReportFigures) -> bytes:
    workbook = Workbook()
    summary = workbook.active
    assert summary is not None
    summary.title = "Figures"
    _header(summary, [content.kicker, content.title])
    for label, value in content.key_figures:
        summary.append([label, strip_marks(value)])
    summary.append([])
    summary.append(["reporting_currency", figures.reporting_currency])
    summary.append(["report_date", figures.report_date])
    for section in content.sections:
        for table in section.tables:
            _table(workbook.create_sheet(table.key[:31]), table)
    buffer = BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _header(sheet: Worksheet, headers: list[str]) -> None:
    sheet.append(headers)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
    for index in range(1, len(headers) + 1):
        sheet.column_dimensions[get_column_letter(index)].width = 34 if index == 1 else 16
    sheet.freeze_panes = "A2"


def _table(sheet: Worksheet, table: Table) -> None:
    _header(sheet, table.headers)
    for row in table.rows:
        sheet.append([strip_marks(str(cell)) if isinstance(cell, str) else cell for cell in row])
    for column, kind in enumerate(table.kinds, start=1):
        if kind in FORMATS:
            for (cell,) in sheet.iter_rows(min_row=2, min_col=column, max_col=column):
                cell.number_format = FORMATS[kind]
