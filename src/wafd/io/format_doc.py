"""The sheet-by-sheet reference of ``docs/mission-format.md``, generated from the spec.

The prose of that page is written by hand; the tables between the
``GENERATED`` markers come from ``wafd.io.sheets`` so they cannot drift (a
test compares them). Regenerate with::

    python -m wafd.io.format_doc docs/mission-format.md
"""

import sys
from collections.abc import Sequence
from datetime import date, time
from pathlib import Path

from wafd.io.columns import CellType, Column, Sheet
from wafd.io.sheets import SHEETS

BEGIN = "<!-- BEGIN GENERATED: sheet reference (python -m wafd.io.format_doc) -->"
END = "<!-- END GENERATED: sheet reference -->"


def _example(column: Column) -> str:
    value = column.example
    if value is None or value == ():
        return ""
    if isinstance(value, tuple):
        separator = "; " if column.type == CellType.TEXTS else ", "
        return separator.join(str(item) for item in value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _type(column: Column) -> str:
    if column.choices:
        return f"{column.type.value}: " + ", ".join(f"`{choice}`" for choice in column.choices)
    return column.type.value


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def sheet_reference(sheet: Sheet) -> str:
    """The Markdown section of one sheet: what it is for and a table of its columns."""
    needed = "required sheet" if sheet.required else "optional sheet"
    where = "field (column A)" if sheet.key_value else "column"
    lines = [
        f"### {sheet.name}",
        "",
        f"*{needed}; in YAML: `{sheet.yaml_key}:`.* {sheet.description}",
        "",
        f"| {where} | type | required | example | meaning |",
        "|---|---|---|---|---|",
    ]
    for column in sheet.columns:
        required = "**yes**" if column.required else ""
        if column.required and column.language is not None:
            required = "**one language**"
        example = _example(column)
        lines.append(
            f"| `{column.name}` | {_cell(_type(column))} | {required} | "
            f"{_cell(f'`{example}`' if example else '')} | {_cell(column.hint_in('en'))} |"
        )
    return "\n".join(lines)


def reference(sheets: Sequence[Sheet] = SHEETS, begin: str = BEGIN, end: str = END) -> str:
    """The whole generated block, markers included."""
    body = "\n\n".join(sheet_reference(sheet) for sheet in sheets)
    return f"{begin}\n\n{body}\n\n{end}"


def replace_reference(
    page: str, sheets: Sequence[Sheet] = SHEETS, begin: str = BEGIN, end: str = END
) -> str:
    """``page`` with its generated block (between ``begin`` and ``end``) brought up to date."""
    start, stop = page.index(begin), page.index(end) + len(end)
    return page[:start] + reference(sheets, begin, end) + page[stop:]


if __name__ == "__main__":
    target = Path(sys.argv[1])
    target.write_text(replace_reference(target.read_text(encoding="utf-8")), encoding="utf-8")
