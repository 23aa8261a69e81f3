"""How large a mission file may be: one settings object for every reader of untrusted files.

A workbook is a zip of XML parts; a reader that trusts it can be made to allocate a dense
rectangle up to ``XFD1048576`` (17 billion cells), inflate a small part to gigabytes, or expand
a YAML alias bomb. Every bound is checked *before* the data is allocated: the zip directory and
each part's inflated size first, then the extent of the cells of each sheet (scanned as a
stream), then the YAML events (no anchors, no aliases, no nesting deeper than the format).

The limits live beside the model so that every engine layer (``io`` reading, ``schedule``
sizing its model) and every caller (the CLI, the web import, the background tasks) reads the
same numbers through :func:`input_limits`; a deployment
can lower or raise the bounds with ``WAFD_LIMIT_<NAME>`` environment variables (e.g.
``WAFD_LIMIT_MAX_ROWS=20000``), read once per call so tests may change them.
"""

import os
from dataclasses import dataclass, fields, replace

MEBIBYTE = 1 << 20


@dataclass(frozen=True)
class InputLimits:
    """Bounds on one mission file; the defaults hold a 5,000-participant B2B event easily."""

    max_file_bytes: int = 50 * MEBIBYTE
    """Size of the file as uploaded (workbook or YAML)."""
    max_part_bytes: int = 200 * MEBIBYTE
    """Inflated size of one part (one sheet's XML, the shared strings) of a workbook."""
    max_total_bytes: int = 400 * MEBIBYTE
    """Inflated size of all parts of a workbook together."""
    max_parts: int = 1000
    """Entries in the workbook's zip directory."""
    max_rows: int = 100_000
    """Last row of a sheet that may hold a value (row numbers as Excel shows them)."""
    max_columns: int = 64
    """Last column of a sheet that may hold a value (64 = BL; the widest sheet uses 18)."""
    max_cells: int = 2_000_000
    """Cells holding a value in all sheets together."""
    max_text_length: int = 5000
    """Characters in one cell of free text (notes, descriptions); names and ids are shorter."""
    max_name_length: int = 200
    """Characters in a name, title, city, address or other one-line text."""
    max_id_length: int = 64
    """Characters in an id."""
    max_yaml_depth: int = 6
    """Nesting of a YAML mission (the format needs 4: document, list, item, list of ids)."""
    max_leg_days: int = 366
    """Days in one leg (a mission is a trip, not a calendar)."""
    max_model_variables: int = 1_000_000
    """Candidate meeting times (slots × meetings to place) above which ``schedule`` refuses
    the mission: building such a model alone takes longer than any interactive time limit
    (3× the largest benchmarked event, 3,000 participants and 15,000 meetings on 20 slots)."""


def input_limits() -> InputLimits:
    """The limits in force: the defaults, overridden by ``WAFD_LIMIT_*`` environment variables."""
    overrides: dict[str, int] = {}
    for spec in fields(InputLimits):
        text = os.environ.get(f"WAFD_LIMIT_{spec.name.upper()}", "").strip()
        if text.isdigit() and int(text) > 0:
            overrides[spec.name] = int(text)
    return replace(InputLimits(), **overrides)
