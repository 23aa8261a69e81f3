"""A mission file as read, before any checking: sheets of rows of untyped cells.

The workbook reader and the YAML reader both produce a ``RawBook``, so that
one parser and one validator serve both formats and report places the same way.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from wafd.io.columns import Sheet
from wafd.io.sheets import SHEETS


def normalise_name(name: object) -> str:
    """``"Travel times "`` → ``"traveltimes"``: how sheet and header names are compared."""
    return re.sub(r"[\s_\-]+", "", str(name)).lower()


def sheets_by_key(sheets: Iterable[Sheet]) -> dict[str, Sheet]:
    """Sheet specs by normalised sheet name and YAML key, as the readers look them up."""
    specs = tuple(sheets)
    return {
        **{normalise_name(sheet.name): sheet for sheet in specs},
        **{normalise_name(sheet.yaml_key): sheet for sheet in specs},
    }


SHEETS_BY_KEY: dict[str, Sheet] = sheets_by_key(SHEETS)


@dataclass
class RawRow:
    """One data row: its number as the user sees it and its cells by column name."""

    number: int
    cells: dict[str, object]


@dataclass
class RawSheet:
    """The rows of one sheet, and where each column (or Mission field) sits.

    ``letters`` maps column names to spreadsheet letters (empty for YAML);
    ``field_rows`` is used by the key/value Mission sheet, whose fields each
    sit on their own row.
    """

    spec: Sheet
    title: str
    rows: list[RawRow] = field(default_factory=list)
    letters: dict[str, str] = field(default_factory=dict)
    field_rows: dict[str, int] = field(default_factory=dict)
    unknown_columns: list[tuple[str, int | None, str]] = field(default_factory=list)

    def place(self, row: int, column: str) -> tuple[int, str]:
        """(row number, column letter) of a cell, for reports."""
        if self.spec.key_value:
            return self.field_rows.get(column, 0), self.letters.get("value", "")
        return row, self.letters.get(column, "")


@dataclass
class RawBook:
    """All sheets found in a file, keyed by the spec's sheet name.

    ``unknown_sheets`` lists titles that match no sheet of the format.
    ``typed_cells`` is true for workbooks, where cells carry their own type.
    """

    source: str
    sheets: dict[str, RawSheet] = field(default_factory=dict)
    unknown_sheets: list[str] = field(default_factory=list)
    typed_cells: bool = True
