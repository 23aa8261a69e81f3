"""Build test workbooks in the test: write a valid mission, then change cells with openpyxl."""

from pathlib import Path

from io_factories import rich_mission
from openpyxl import load_workbook

from wafd.io import Issue, write_mission


def valid_workbook(folder: Path, name: str = "mission.xlsx") -> Path:
    """The rich mission as a workbook (rows are listed in ``io_factories``)."""
    return write_mission(rich_mission(), folder / name)


def set_cells(path: Path, sheet: str, cells: dict[str, object]) -> Path:
    """Overwrite cells given as ``{"D2": value}`` in ``sheet``."""
    workbook = load_workbook(path)
    for reference, value in cells.items():
        workbook[sheet][reference] = value  # type: ignore[index]
    workbook.save(path)
    return path


def add_row(path: Path, sheet: str, values: dict[str, object]) -> int:
    """Append a row given by header names; returns its Excel row number."""
    workbook = load_workbook(path)
    worksheet = workbook[sheet]
    headers = [cell.value for cell in worksheet[1]]
    number = worksheet.max_row + 1
    for header, value in values.items():
        worksheet.cell(row=number, column=headers.index(header) + 1, value=value)
    workbook.save(path)
    return number


def places(issues: tuple[Issue, ...]) -> list[tuple[str, int | None, str, str]]:
    """(sheet, row, column, letter) of each issue: what the tests compare."""
    return [(i.sheet, i.row, i.column, i.column_letter) for i in issues]
