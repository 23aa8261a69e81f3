"""The empty mission workbook organisers start from.

Every sheet holds its headers (with a comment explaining each column), the
drop-downs and formats of a written mission, and example rows that together
form a tiny valid mission: ``wafd validate`` passes on a fresh template, and
the organiser overwrites the examples with the real thing. The hints are
written in the organiser's language; the headers are the same in every
language, so any template reads back. The Themes sheet
starts with Wafd's built-in taxonomy so that its ids are in view.
"""

import os
from pathlib import Path

from wafd.io.columns import Sheet
from wafd.io.flatten import Row, model_row
from wafd.io.mission_file import write_workbook_rows
from wafd.io.sheets import SHEETS, THEMES
from wafd.model import DEFAULT_THEMES


def example_rows(sheet: Sheet) -> list[Row]:
    """The template's rows for ``sheet``: the column examples, then any extra examples."""
    if sheet is THEMES:
        return [model_row(THEMES, theme) for theme in DEFAULT_THEMES]
    first = {column.name: column.example for column in sheet.columns}
    return [first, *(dict(extra) for extra in sheet.extra_examples)]


def write_template(
    path: str | os.PathLike[str], *, force: bool = False, language: str = "en"
) -> Path:
    """Write the template workbook, hints in ``language`` (ar, fr, en).

    ``FileExistsError`` if ``path`` exists and not ``force``.
    """
    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        raise ValueError(f"{target}: a template is an Excel workbook; name it *.xlsx")
    if target.exists() and not force:
        raise FileExistsError(target)
    rows = {sheet.name: example_rows(sheet) for sheet in SHEETS}
    write_workbook_rows(rows, target, language)
    return target
