"""What goes wrong when reading a schedule file, said cell by cell."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from wafd.i18n import translate

DOMAIN = "schedule"


@dataclass(frozen=True, slots=True)
class CellIssue:
    """One unreadable cell (or JSON field): where it is, what it holds and what is wrong.

    ``message`` is a msgid of the ``schedule`` domain with ``{name}`` fields from ``params``.
    """

    sheet: str
    row: int | None
    column: str
    value: str
    message: str
    params: tuple[tuple[str, str], ...] = ()

    def describe(self, language: str = "en") -> str:
        text = translate(DOMAIN, language, self.message).format(**dict(self.params))
        place = self.sheet
        if self.row is not None:
            place += f" row {self.row}"
        if self.column:
            place += f", {self.column}"
        if self.value:
            place += f" ({self.value!r})"
        return f"{place}: {text}" if place else text


class ScheduleFileError(ValueError):
    """The file cannot be read (or written) as a schedule; ``issues`` names every bad cell."""

    def __init__(self, path: Path, issues: list[CellIssue]) -> None:
        self.path = path
        self.issues = issues
        lines = "\n".join(f"  {issue.describe()}" for issue in issues)
        super().__init__(f"{path}:\n{lines}")
