"""What an uploaded workbook may hold, checked on the zip's own directory before parsing.

An ``.xlsx`` is a zip: a small upload can inflate to gigabytes. Before any parser sees
it, the declared inflated size of each part and of all parts, the number of parts and of
worksheets are checked, then each worksheet is streamed (never held whole) to count its
rows and cells. Python's zip reader never hands out more than a part's declared size, so
the declared sizes bound what openpyxl will read. Limits are settings (``WAFD_IMPORT_*``).
"""

import re
import zipfile
from pathlib import Path
from typing import IO

from django.conf import settings
from django.utils.translation import gettext as _

WORKSHEET = re.compile(r"^xl/worksheets/[^/]+\.xml$")
CHUNK = 1 << 16


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def _count(archive: zipfile.ZipFile, name: str, marker: bytes) -> int:
    """Occurrences of ``marker`` in a part, streamed in chunks."""
    found, tail = 0, b""
    with archive.open(name) as part:
        while chunk := part.read(CHUNK):
            data = tail + chunk
            found += data.count(marker)
            tail = data[-(len(marker) - 1) :]
            found -= tail.count(marker)
    return found + tail.count(marker)


def workbook_problems(path: Path | IO[bytes]) -> list[str]:
    """Why this workbook is too large to read, or [] when it is within every limit."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        return [
            _(
                "The file is not an Excel workbook (.xlsx): save it again from your "
                "spreadsheet program."
            )
        ]
    with archive:
        parts = archive.infolist()
        if len(parts) > settings.WAFD_IMPORT_MAX_PARTS:
            return [
                _("The workbook has %(n)d parts; at most %(max)d are read.")
                % {"n": len(parts), "max": settings.WAFD_IMPORT_MAX_PARTS}
            ]
        total = sum(part.file_size for part in parts)
        if total > settings.WAFD_IMPORT_MAX_INFLATED_BYTES:
            return [
                _("Unpacked, the workbook would take %(size)s; at most %(max)s are read.")
                % {
                    "size": _megabytes(total),
                    "max": _megabytes(settings.WAFD_IMPORT_MAX_INFLATED_BYTES),
                }
            ]
        sheets = [part.filename for part in parts if WORKSHEET.match(part.filename)]
        if len(sheets) > settings.WAFD_IMPORT_MAX_SHEETS:
            return [
                _("The workbook has %(n)d sheets; at most %(max)d are read.")
                % {"n": len(sheets), "max": settings.WAFD_IMPORT_MAX_SHEETS}
            ]
        cells = 0
        for name in sheets:
            rows = _count(archive, name, b"<row")
            if rows > settings.WAFD_IMPORT_MAX_ROWS:
                return [
                    _("A sheet has %(n)d rows; at most %(max)d are read per sheet.")
                    % {"n": rows, "max": settings.WAFD_IMPORT_MAX_ROWS}
                ]
            cells += _count(archive, name, b"<c ") + _count(archive, name, b"<c>")
            if cells > settings.WAFD_IMPORT_MAX_CELLS:
                return [
                    _("The workbook has more than %(max)d filled cells.")
                    % {"max": settings.WAFD_IMPORT_MAX_CELLS}
                ]
    return []
