"""Documents a mission hands out: itineraries, briefing books, calendars, logistics, workbooks.

``export_documents`` is the one entry point; the CLI, the web views and the
demo call it. Each document is first built as plain words (``build_*``), then
drawn as PDF or HTML, so every format says the same thing.
"""

from wafd.export.calendar import meeting_uid
from wafd.export.documents import FORMATS, ExportError, export_documents, reader_language
from wafd.export.folder import FolderRefusedError
from wafd.export.fonts import FontNotInstalledError

__all__ = [
    "FORMATS",
    "ExportError",
    "FolderRefusedError",
    "FontNotInstalledError",
    "export_documents",
    "meeting_uid",
    "reader_language",
]
