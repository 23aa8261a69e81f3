"""A file that cannot be read as a whole, or only past a limit: one located problem to report."""

from pathlib import Path

from wafd.i18n import N_
from wafd.io.report import Severity
from wafd.model.limits import InputLimits, input_limits


class UnreadableFile(Exception):  # noqa: N818 - a finding about the file, reported to the user
    """The file cannot be read; carries the message and, when known, the sheet, row and column."""

    def __init__(
        self,
        message_id: str,
        hint_id: str,
        *,
        sheet: str = "",
        row: int | None = None,
        letter: str = "",
        **params: object,
    ) -> None:
        super().__init__(message_id)
        self.message_id = message_id
        self.hint_id = hint_id
        self.severity = Severity.ERROR
        self.sheet = sheet
        self.row = row
        self.letter = letter
        self.params = params


def damaged(detail: str) -> UnreadableFile:
    """The workbook's zip or XML is broken; ``detail`` names the part or the error kind."""
    return UnreadableFile(
        N_("The workbook is damaged and cannot be opened ({detail})."),
        N_("Open it in Excel or LibreOffice, repair it and save it again as .xlsx."),
        detail=detail,
    )


def cannot_read(path: Path, error: OSError) -> UnreadableFile:
    """The operating system refused to read ``path``; names the file and the system's reason."""
    return UnreadableFile(
        N_("The file {name} cannot be read ({detail})."),
        N_("Check that the file is complete and readable."),
        name=str(path),
        detail=error.strerror or type(error).__name__,
    )


def refuse_large_file(path: Path, limits: InputLimits | None = None) -> None:
    """Refuse a file larger than the limit before reading a byte of it."""
    limit = (limits or input_limits()).max_file_bytes
    size = path.stat().st_size
    if size > limit:
        raise UnreadableFile(
            N_("The file is {size} MB, more than the {limit} MB Wafd reads."),
            N_("Remove pictures or data that are not part of the mission, or split it."),
            size=size >> 20,
            limit=limit >> 20,
        )
