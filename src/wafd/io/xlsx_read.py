"""Reading a mission workbook into raw rows, without judging the cells yet.

python-calamine (Rust) reads the cells: twenty times faster than openpyxl,
which keeps a 10,000-row workbook well within a second or two. It allocates the dense
rectangle up to the farthest cell, so ``check_workbook_bounds`` measures the file first.

Row 1 of every table sheet holds the headers; data starts on row 2 and keeps
the row numbers Excel shows. Blank rows are skipped. The Mission sheet holds
one setting per row: its name in column A, its value in column B, anything
else (the template's help text) is ignored.
"""

import warnings
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from python_calamine import CalamineWorkbook

from wafd.i18n import N_
from wafd.io.cells import ErrorValue, is_blank
from wafd.io.columns import Sheet
from wafd.io.raw import SHEETS_BY_KEY, RawBook, RawRow, RawSheet, normalise_name
from wafd.io.unreadable import UnreadableFile, damaged, refuse_large_file
from wafd.io.xlsx_bounds import ErrorCells, check_workbook_bounds
from wafd.model.limits import InputLimits, input_limits

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")


Grids = Iterator[tuple[str, Iterator[tuple[object, ...]]]]


def read_workbook(
    path: Path, sheets: Mapping[str, Sheet] = SHEETS_BY_KEY, limits: InputLimits | None = None
) -> RawBook:
    """Raw rows of every sheet of the workbook at ``path`` (opened read-only).

    ``sheets`` is the format (``sheets_by_key``): the mission's unless another is given;
    ``limits`` the bounds checked before parsing (``input_limits()`` unless given).
    """
    limits = limits or input_limits()
    refuse_large_file(path, limits)
    _check_container(path)
    errors = check_workbook_bounds(path, limits)
    try:
        try:
            return _raw_book(path, _with_errors(_calamine_grids(path), errors), sheets)
        except BaseException as panic:  # a Rust panic is not an Exception
            if type(panic).__name__ != "PanicException":
                raise
            # calamine gives up on some out-of-range date or time cells; openpyxl
            # reads them as errors that the validator then reports at their cell.
            return _raw_book(path, _with_errors(_openpyxl_grids(path), errors), sheets)
    except Exception as error:  # both readers raise several kinds for a damaged file
        raise damaged(type(error).__name__) from error


def _calamine_grids(path: Path) -> Grids:
    workbook = CalamineWorkbook.from_path(str(path))
    for title in workbook.sheet_names:
        # skip_empty_area=False keeps row 1 as row 1, so row numbers match Excel's
        grid = workbook.get_sheet_by_name(title).to_python(skip_empty_area=False)
        yield title, (tuple(row) for row in grid)


def _openpyxl_grids(path: Path) -> Grids:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "serial value outside the limits for dates"
        workbook = load_workbook(path, read_only=True, data_only=True)
        try:
            for worksheet in workbook.worksheets:
                yield worksheet.title, worksheet.iter_rows(values_only=True)
        finally:
            workbook.close()


def _with_errors(grids: Grids, errors: ErrorCells) -> Grids:
    """Put each cached formula error (read as empty by calamine) back at its cell."""
    for title, rows in grids:
        found = errors.get(title)
        if not found:
            yield title, rows
            continue
        by_row: dict[int, list[tuple[int, str]]] = {}
        for (row, column), code in found.items():
            by_row.setdefault(row, []).append((column, code))
        yield (
            title,
            (_patched(values, by_row.get(number, ())) for number, values in enumerate(rows, 1)),
        )


def _patched(values: tuple[object, ...], errors: Iterable[tuple[int, str]]) -> tuple[object, ...]:
    cells = list(values)
    for column, code in errors:
        cells += [None] * (column - len(cells))
        cells[column - 1] = ErrorValue(code)
    return tuple(cells)


def _raw_book(path: Path, grids: Grids, sheets: Mapping[str, Sheet]) -> RawBook:
    book = RawBook(source=str(path))
    for title, rows in grids:
        spec = sheets.get(normalise_name(title))
        if spec is None or spec.name in book.sheets:
            book.unknown_sheets.append(title)
            continue
        raw = RawSheet(spec=spec, title=title)
        if spec.key_value:
            _read_settings(raw, rows)
        else:
            _read_table(raw, rows)
        book.sheets[spec.name] = raw
    return book


def _check_container(path: Path) -> None:
    """Refuse, with the right advice, what is not a zip-based workbook.

    Excel stores a password-protected .xlsx inside an OLE container (the format of
    old .xls files) holding an ``EncryptedPackage`` stream; its name tells the two apart.
    """
    with path.open("rb") as stream:
        head = stream.read(8)
    if head.startswith(OLE_MAGIC):
        if ENCRYPTED_STREAM in path.read_bytes():
            raise UnreadableFile(
                N_("The workbook is password-protected (encrypted)."),
                N_("Remove the password (File › Info › Protect Workbook) and save as .xlsx."),
            )
        raise UnreadableFile(
            N_("The file is in the old Excel 97-2003 format (.xls)."),
            N_("Open it in Excel or LibreOffice and save it as an .xlsx workbook."),
        )
    if not head.startswith(ZIP_MAGIC):
        raise UnreadableFile(
            N_("The file is not an Excel workbook (.xlsx)."),
            N_(
                "Save the mission from Excel or LibreOffice as .xlsx, or start from "
                "“wafd template”."
            ),
        )


def _read_table(raw: RawSheet, rows: Any) -> None:
    header = next(rows, None) or ()
    positions: dict[int, str] = {}
    for index, title in enumerate(header):
        if is_blank(title):
            continue
        name = normalise_name(title)
        column = next((c for c in raw.spec.columns if normalise_name(c.name) == name), None)
        letter = get_column_letter(index + 1)
        if column is None or column.name in raw.letters:
            raw.unknown_columns.append((str(title), 1, letter))
            continue
        positions[index] = column.name
        raw.letters[column.name] = letter
    for number, values in enumerate(rows, start=2):
        cells = {
            positions[index]: value
            for index, value in enumerate(values)
            if index in positions and not is_blank(value)
        }
        if cells:
            raw.rows.append(RawRow(number=number, cells=cells))


def _read_settings(raw: RawSheet, rows: Any) -> None:
    raw.letters["value"] = "B"
    known = {normalise_name(c.name): c.name for c in raw.spec.columns}
    cells: dict[str, object] = {}
    for number, values in enumerate(rows, start=1):
        key = values[0] if values else None
        if is_blank(key) or (number == 1 and normalise_name(key) == "field"):
            continue
        name = known.get(normalise_name(key))
        if name is None or name in cells:
            raw.unknown_columns.append((str(key), number, "A"))
            continue
        raw.field_rows[name] = number
        cells[name] = values[1] if len(values) > 1 else None
    raw.rows.append(RawRow(number=1, cells=cells))
