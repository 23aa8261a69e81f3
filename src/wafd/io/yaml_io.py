"""The mission as YAML: the same sheets and columns as the workbook, as lists of mappings.

``mission`` is a mapping of settings; every other key (``legs``,
``participants``, ``travel_times``…) is a list of mappings whose keys are the
workbook's column names. Issues name the key and the item number (1-based).
"""

import re
from collections.abc import Mapping, Sequence
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import Node

from wafd.i18n import N_
from wafd.io.cells import is_blank
from wafd.io.columns import CellType, Sheet
from wafd.io.raw import SHEETS_BY_KEY, RawBook, RawRow, RawSheet, normalise_name
from wafd.io.sheets import SHEETS
from wafd.io.unreadable import UnreadableFile, refuse_large_file
from wafd.model.limits import InputLimits, input_limits

_CLOCK = re.compile(r"^\d{1,2}:\d{2}(:\d{2})?$")
_SCALARS = (str, int, float, bool, date, datetime)


class _Refused(yaml.YAMLError):
    """A construct the mission format never needs, refused before it is expanded."""

    def __init__(self, message_id: str, hint_id: str, **params: int | str) -> None:
        super().__init__(message_id)
        self.problem = UnreadableFile(message_id, hint_id, **params)  # type: ignore[arg-type]


class _Loader(yaml.SafeLoader):
    """Safe loading of a mission: ``12:30`` stays a time of day (not YAML 1.1's 750), anchors
    and aliases are refused before any expansion (a 1 KB alias bomb grows without bound), so
    is nesting deeper than the format's, and an impossible date is a located problem."""

    max_depth = 6

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.depth = 0

    def compose_node(self, parent: Node | None, index: int) -> Node | None:
        event = self.peek_event()  # type: ignore[no-untyped-call]
        line = event.start_mark.line + 1
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise _Refused(
                N_("The YAML uses an anchor or alias (&name, *name) near line {line}."),
                N_("Write each value out in full: mission files do not use anchors or aliases."),
                line=line,
            )
        self.depth += 1
        if self.depth > self.max_depth:
            raise _Refused(
                N_("The YAML is nested more than {depth} levels deep near line {line}."),
                N_("Give each column one value or a list of values (see docs/mission-format.md)."),
                line=line,
                depth=self.max_depth,
            )
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1

    def construct_checked_timestamp(self, node: yaml.ScalarNode) -> date | datetime:
        try:
            value: date | datetime = self.construct_yaml_timestamp(node)
        except (ValueError, OverflowError):
            raise _Refused(
                N_("{value} near line {line} is not a real date."),
                N_("Correct the day or the month (YYYY-MM-DD, e.g. 2024-02-12)."),
                line=node.start_mark.line + 1,
                value=node.value,
            ) from None
        return value


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _Loader.construct_checked_timestamp)
_Loader.yaml_implicit_resolvers = {
    first: [("tag:yaml.org,2002:str", _CLOCK), *resolvers]
    if first in "0123456789"
    else list(resolvers)
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _load(text: str, limits: InputLimits) -> object:
    loader = _Loader(text)
    loader.max_depth = limits.max_yaml_depth
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


def read_yaml(
    path: Path, sheets: Mapping[str, Sheet] = SHEETS_BY_KEY, limits: InputLimits | None = None
) -> RawBook:
    """Raw rows of a mission YAML file (or of another format's, given its ``sheets``), within
    ``limits`` (``input_limits()`` unless given)."""
    limits = limits or input_limits()
    refuse_large_file(path, limits)
    try:
        data = _load(path.read_text(encoding="utf-8"), limits)
    except UnicodeDecodeError as error:
        raise UnreadableFile(
            N_("The file is not UTF-8 text."), N_("Save the YAML file with UTF-8 encoding.")
        ) from error
    except _Refused as refused:
        raise refused.problem from None
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
                    cells[name] = _cell(cell, key, number, name)
            raw.rows.append(RawRow(number=number, cells=cells))
        book.sheets[spec.name] = raw
    return book


def _cell(value: object, key: object, number: int, column: str) -> object:
    """A cell is one value or a flat list of values; anything else is refused at its place."""
    if isinstance(value, _SCALARS) or (
        isinstance(value, list) and all(isinstance(item, _SCALARS) for item in value)
    ):
        return value
    raise UnreadableFile(
        N_("“{key}” item {number}, {column}: one value or a list of values is expected."),
        N_("Write the value on the line of its column, or as a list of plain values."),
        key=key,
        number=number,
        column=column,
    )


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


class _Dumper(yaml.SafeDumper):
    """Writes every value out in full: the reader refuses anchors and aliases."""

    def ignore_aliases(self, data: object) -> bool:
        return True


def dump_yaml(
    rows_by_sheet: dict[str, list[dict[str, object]]], sheets: Sequence[Sheet] = SHEETS
) -> str:
    return yaml.dump(
        yaml_document(rows_by_sheet, sheets),
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        width=100,
    )
