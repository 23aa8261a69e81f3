"""Measuring a workbook before any reader allocates it: inflated part sizes and cell extents.

python-calamine builds a dense rectangle from A1 to the farthest cell holding a value, so one
stray ``Venues!XFD1048576`` asks for 17 billion cells and aborts the process (a Rust panic that
no ``except`` catches). The zip directory's sizes can lie, so every XML part a reader will
open is inflated here as a stream, counting bytes against the declared size and the limits,
and each worksheet's ``<row>``/``<c>`` tags are scanned for the farthest cell holding a value.
Nothing is kept but counters: memory stays flat whatever the file holds.
"""

import re
import struct
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from posixpath import join, normpath
from typing import IO
from xml.sax.saxutils import unescape

from wafd.i18n import N_
from wafd.io.unreadable import UnreadableFile as OutOfBounds
from wafd.io.unreadable import damaged
from wafd.model.limits import InputLimits

CHUNK = 1 << 20
LOCAL_HEADER = struct.Struct("<4s22xHH")
_TAG = re.compile(rb"<(?:\w+:)?(row|c)\b([^>]*?)(/?)>")
_CELL_REF = re.compile(rb'\br="([A-Za-z]{1,3})(\d{1,9})"')
_ERROR_TYPE = re.compile(rb'\bt="e"')
_VALUE = re.compile(rb"<(?:\w+:)?v>([^<]{1,32})</(?:\w+:)?v>")
ERRORS_KEPT = 1000
_ROW_REF = re.compile(rb'\br="(\d{1,9})"')
_READ_PARTS = (".xml", ".rels")
_ELEMENT = re.compile(rb"<(?:\w+:)?(sheet|Relationship)\b([^>]*)>")
_ATTRIBUTE = re.compile(rb'(?:\w+:)?(\w+)="([^"]*)"')


ErrorCells = dict[str, dict[tuple[int, int], str]]
"""Sheet title → (row, column), both 1-based → the error a formula left there (``#DIV/0!``)."""


def check_workbook_bounds(path: Path, limits: InputLimits) -> ErrorCells:
    """Raise ``OutOfBounds`` (a located, translated problem) when the workbook is too large.

    Returns the cells holding a cached formula error, which calamine reads as empty: they
    must be reported as errors, not as blanks that silently take a default.
    """
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise damaged(type(error).__name__) from error
    with archive, path.open("rb") as stream:
        parts = [i for i in archive.infolist() if i.filename.lower().endswith(_READ_PARTS)]
        if len(archive.infolist()) > limits.max_parts:
            raise OutOfBounds(
                N_("The workbook holds {count} parts, more than the {limit} allowed."),
                N_("Save it again from Excel or LibreOffice as a plain .xlsx workbook."),
                count=len(archive.infolist()),
                limit=limits.max_parts,
            )
        titles = _sheet_titles(archive, limits)
        budget = [limits.max_total_bytes]
        cells = [0]
        errors: ErrorCells = {}
        for info in parts:
            chunks = _inflated(stream, info, limits, budget)
            title = titles.get(info.filename)
            if title is None:
                for _ in chunks:
                    pass
            else:
                errors[title] = _scan_sheet(chunks, title, limits, cells)
    return errors


def _inflated(
    stream: IO[bytes], info: zipfile.ZipInfo, limits: InputLimits, budget: list[int]
) -> Iterator[bytes]:
    """The part's bytes, inflated chunk by chunk, never past its declared size or the limits."""
    allowed = min(info.file_size, limits.max_part_bytes, budget[0])
    if info.file_size > limits.max_part_bytes or info.file_size > budget[0]:
        raise OutOfBounds(
            N_("The part {part} of the workbook inflates to {size} MB, over the limit."),
            N_("Remove pictures, styles or data beyond the tables, or split the mission."),
            part=info.filename,
            size=info.file_size >> 20,
        )
    stream.seek(info.header_offset)
    magic, name_length, extra_length = LOCAL_HEADER.unpack(stream.read(LOCAL_HEADER.size))
    if magic != b"PK\x03\x04" or info.compress_type not in (
        zipfile.ZIP_STORED,
        zipfile.ZIP_DEFLATED,
    ):
        raise damaged(info.filename)
    stream.seek(info.header_offset + LOCAL_HEADER.size + name_length + extra_length)
    inflater = zlib.decompressobj(-15) if info.compress_type == zipfile.ZIP_DEFLATED else None
    remaining, produced = info.compress_size, 0
    while remaining > 0:
        data = stream.read(min(CHUNK, remaining))
        if not data:
            break
        remaining -= len(data)
        while data:
            if inflater is None:
                out, data = data, b""
            else:
                try:
                    out = inflater.decompress(data, CHUNK)
                except zlib.error as error:
                    raise damaged(info.filename) from error
                data = inflater.unconsumed_tail
            produced += len(out)
            if produced > allowed:
                raise damaged(info.filename)  # inflates beyond the size it declares
            yield out
    budget[0] -= produced


def _sheet_titles(archive: zipfile.ZipFile, limits: InputLimits) -> dict[str, str]:
    """Zip part name → sheet title, from ``xl/workbook.xml`` and its relationships.

    Read with regular expressions, not an XML parser: only two attributes are needed and
    no entity of the file is ever expanded.
    """
    try:
        book = _small_part(archive, "xl/workbook.xml", limits)
        rels = _small_part(archive, "xl/_rels/workbook.xml.rels", limits)
    except (KeyError, zipfile.BadZipFile, OSError, zlib.error) as error:
        raise damaged(type(error).__name__) from error
    targets: dict[str, str] = {}
    for attributes in _elements(rels, b"Relationship"):
        target = attributes.get("Target", "")
        full = target.lstrip("/") if target.startswith("/") else join("xl", target)
        targets[attributes.get("Id", "")] = normpath(full)
    return {
        targets[attributes.get("id", "")]: attributes.get("name", "")
        for attributes in _elements(book, b"sheet")
        if attributes.get("id", "") in targets
    }


def _elements(xml: bytes, tag: bytes) -> Iterator[dict[str, str]]:
    for match in _ELEMENT.finditer(xml):
        if match.group(1) == tag:
            yield {
                name.decode(): unescape(value.decode(errors="replace"), {"&quot;": '"'})
                for name, value in _ATTRIBUTE.findall(match.group(2))
            }


def _small_part(archive: zipfile.ZipFile, name: str, limits: InputLimits) -> bytes:
    info = archive.getinfo(name)
    if info.file_size > limits.max_part_bytes:
        raise damaged(name)
    with archive.open(info) as part:
        return part.read(limits.max_part_bytes)


def _scan_sheet(
    chunks: Iterator[bytes], title: str, limits: InputLimits, cells: list[int]
) -> dict[tuple[int, int], str]:
    """Raise at the first cell holding a value beyond the row or column limit; return errors."""
    errors: dict[tuple[int, int], str] = {}
    row = column = 0
    tail = b""
    for chunk in chunks:
        data = tail + chunk
        cut = data.rfind(b"<")
        data, tail = (data[:cut], data[cut:]) if cut >= 0 else (data, b"")
        for match in _TAG.finditer(data):
            kind, attributes, empty = match.groups()
            if kind == b"row":
                number = _ROW_REF.search(attributes)
                row, column = (int(number.group(1)) if number else row + 1), 0
                continue
            reference = _CELL_REF.search(attributes)
            if reference:
                column = _column_number(reference.group(1))
                row = int(reference.group(2))
            else:
                column += 1
            if empty:
                continue
            if _ERROR_TYPE.search(attributes) and len(errors) < ERRORS_KEPT:
                value = _VALUE.search(data, match.end(), match.end() + 4096)
                errors[row, column] = value.group(1).decode(errors="replace") if value else "#?"
            cells[0] += 1
            if row > limits.max_rows or column > limits.max_columns:
                raise _far_cell(title, row, column, limits)
            if cells[0] > limits.max_cells:
                raise OutOfBounds(
                    N_("The workbook holds more than {limit} filled cells."),
                    N_("Split the mission, or delete data that is not part of its tables."),
                    sheet=title,
                    limit=limits.max_cells,
                )
    return errors


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + letter - ord("A") + 1
    return number


def _column_letters(number: int) -> str:
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _far_cell(title: str, row: int, column: int, limits: InputLimits) -> OutOfBounds:
    return OutOfBounds(
        N_(
            "A value lies far outside the table, at {cell}: a sheet may use at most "
            "{rows} rows and {columns} columns."
        ),
        N_("Delete that cell (and anything else beyond the table) and save the workbook again."),
        sheet=title,
        row=row,
        letter=_column_letters(column),
        cell=f"{_column_letters(column)}{row}",
        rows=limits.max_rows,
        columns=limits.max_columns,
    )
