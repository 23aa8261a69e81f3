"""The mission as YAML: the same sheets and columns as the workbook, as lists of mappings.

``mission`` is a mapping of settings; every other key (``legs``,
``participants``, ``travel_times``…) is a list of mappings whose keys are the
workbook's column names. Issues name the key and the item number (1-based).
"""

import re
from collections.abc import Mapping, Sequence
from datetime import time
from pathlib import Path
from typing import Any

import yaml

from wafd.i18n import N_
from wafd.io.cells import is_blank
from wafd.io.columns import CellType, Sheet
from wafd.io.raw import SHEETS_BY_KEY, RawBook, RawRow, RawSheet, normalise_name
from wafd.io.sheets import SHEETS
from wafd.io.xlsx_read import UnreadableFile

_CLOCK = re.compile(r"^\d{1,2}:\d{2}(:\d{2})?$")


class _Loader(yaml.SafeLoader):
    """Safe loading, except that ``12:30`` stays a time of day instead of YAML 1.1's 750."""


_Loader.yaml_implicit_resolvers = {
    first: [("tag:yaml.org,2002:str", _CLOCK), *resolvers]
    if first in "0123456789"
    else list(resolvers)
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def read_yaml(path: Path, sheets: Mapping[str, Sheet] = SHEETS_BY_KEY) -> RawBook:
    """Raw rows of a mission YAML file (or of another format's, given its ``sheets``)."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    except UnicodeDecodeError as error:
        raise UnreadableFile(
            N_("The file is not UTF-8 text."), N_("Save the YAML file with UTF-8 encoding.")
        ) from error
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise UnreadableFile(
            N_("The YAML is malformed near line {line}: {detail}."),
            N_("Fix the indentation or quoting at that line."),
            line=mark.line + 1 if mark else "?",
            detail=getattr(error, "problem", None) or type(error).__name__,
        ) from error
    book = RawBook(source=str(path), typed_cells=False)
    if data is None:
        return book
    if not isinstance(data, dict):
        raise UnreadableFile(
            N_("The YAML file does not hold a mission."),
            N_("Start it with keys such as mission:, legs:, participants: (see the docs)."),
        )
    for key, value in data.items():
        spec = sheets.get(normalise_name(key))
        if spec is None:
            book.unknown_sheets.append(str(key))
            continue
        raw = RawSheet(spec=spec, title=spec.yaml_key)
        known = {normalise_name(c.name): c.name for c in spec.columns}
        items = [value] if spec.key_value else value
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            raise UnreadableFile(
                N_("“{key}” must be a list of mappings (a mapping for mission)."),
                N_("Write one “- column: value” block per row under {key}."),
                key=key,
            )
        for number, item in enumerate(items, start=1):
            cells: dict[str, object] = {}
            for column_key, cell in item.items():
                name = known.get(normalise_name(column_key))
                if name is None:
                    if (str(column_key), None, "") not in raw.unknown_columns:
                        raw.unknown_columns.append((str(column_key), None, ""))
                elif not is_blank(cell):
                    cells[name] = cell
            raw.rows.append(RawRow(number=number, cells=cells))
        book.sheets[spec.name] = raw
    return book


def yaml_document(
    rows_by_sheet: dict[str, list[dict[str, object]]], sheets: Sequence[Sheet] = SHEETS
) -> dict[str, Any]:
    """The YAML structure of typed rows: blanks left out, times as ``HH:MM`` text."""
    document: dict[str, Any] = {}
    for sheet in sheets:
        rows = rows_by_sheet.get(sheet.name, [])
        items = []
        for row in rows:
            item: dict[str, Any] = {}
            for column in sheet.columns:
                value = row.get(column.name)
                if is_blank(value) or value == ():
                    continue
                if isinstance(value, time):
                    value = value.isoformat(timespec="minutes" if not value.second else "seconds")
                elif isinstance(value, tuple):
                    value = list(value)
                elif column.type == CellType.TEXT and not isinstance(value, str):
                    value = str(value)
                item[column.name] = value
            items.append(item)
        if sheet.key_value:
            document[sheet.yaml_key] = items[0] if items else {}
        elif items:
            document[sheet.yaml_key] = items
    return document


def dump_yaml(
    rows_by_sheet: dict[str, list[dict[str, object]]], sheets: Sequence[Sheet] = SHEETS
) -> str:
    return yaml.safe_dump(
        yaml_document(rows_by_sheet, sheets), allow_unicode=True, sort_keys=False, width=100
    )
