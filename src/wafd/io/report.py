"""The validation report: every problem of a mission file, where it is, what to do.

Messages are English gettext msgids with ``{placeholders}``; they are rendered
in the reader's language on demand so that the CLI and the web show the same
report in Arabic, French or English.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import StrEnum
from types import MappingProxyType

from wafd.i18n import N_, translate

DOMAIN = "io"


class Severity(StrEnum):
    """Errors stop the mission from being read; warnings are worth a look."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Issue:
    """One problem at one place of the file.

    ``sheet`` is the sheet name (the YAML key for YAML files); ``row`` is the
    row number the user sees in Excel (or the item number in a YAML list);
    ``column`` the header name and ``column_letter`` its letter, when known.
    """

    sheet: str
    row: int | None
    column: str
    value: object
    message_id: str
    hint_id: str = ""
    severity: Severity = Severity.ERROR
    column_letter: str = ""
    params: Mapping[str, object] = field(default_factory=lambda: MappingProxyType({}))
    domain: str = DOMAIN
    """The gettext domain of the message (``io``, or the area whose rule found the issue)."""

    @property
    def message(self) -> str:
        return self.message_in("en")

    @property
    def hint(self) -> str:
        return self.hint_in("en")

    def message_in(self, language: str) -> str:
        return _render(language, self.message_id, self.params, self.domain)

    def hint_in(self, language: str) -> str:
        if not self.hint_id:
            return ""
        return _render(language, self.hint_id, self.params, self.domain)

    @property
    def place(self) -> str:
        """``Participants!C7`` style reference, or the parts that are known."""
        cell = f"{self.column_letter}{self.row}" if self.column_letter and self.row else ""
        if cell:
            return f"{self.sheet}!{cell}"
        parts = [self.sheet, f"row {self.row}" if self.row else "", self.column]
        return ", ".join(part for part in parts if part)

    def to_dict(self, language: str = "en") -> dict[str, object]:
        """A JSON-ready view, for ``wafd validate --json`` and the web API."""
        return {
            "severity": str(self.severity),
            "sheet": self.sheet,
            "row": self.row,
            "column": self.column,
            "column_letter": self.column_letter,
            "value": _jsonable(self.value),
            "message": self.message_in(language),
            "hint": self.hint_in(language),
        }


@dataclass(frozen=True)
class Phrase:
    """A translatable fragment placed inside another message (e.g. "did you mean …?")."""

    message_id: str
    params: Mapping[str, object] = field(default_factory=lambda: MappingProxyType({}))

    def render(self, language: str) -> str:
        return _render(language, self.message_id, self.params)


def did_you_mean(candidate: str | None) -> Phrase | str:
    """The " (did you mean “x”?)" suffix of a hint, or nothing when there is no candidate."""
    if not candidate:
        return ""
    return Phrase(N_(" (did you mean “{candidate}”?)"), {"candidate": candidate})


def _render(
    language: str, message_id: str, params: Mapping[str, object], domain: str = DOMAIN
) -> str:
    values = {
        key: value.render(language) if isinstance(value, Phrase) else value
        for key, value in params.items()
    }
    text = translate(domain, language, message_id)
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):  # a broken translation must not hide the issue
        return message_id.format(**values)


def _jsonable(value: object) -> object:
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return shown_value(value)


def shown_value(value: object) -> str:
    """A cell value as the user typed it: ``09:30`` rather than ``09:30:00``, no ``60.0``."""
    if value is None:
        return ""
    if isinstance(value, time):
        return value.isoformat(timespec="seconds" if value.second else "minutes")
    if isinstance(value, datetime) and value.time() == time(0):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


@dataclass(frozen=True)
class ValidationReport:
    """All issues of one file, in the order of the workbook."""

    source: str
    issues: tuple[Issue, ...] = ()

    @property
    def errors(self) -> tuple[Issue, ...]:
        return tuple(i for i in self.issues if i.severity == Severity.ERROR)

    @property
    def warnings(self) -> tuple[Issue, ...]:
        return tuple(i for i in self.issues if i.severity == Severity.WARNING)

    @property
    def ok(self) -> bool:
        """True when there is no error (warnings allowed)."""
        return not self.errors

    def by_sheet(self) -> dict[str, list[Issue]]:
        grouped: dict[str, list[Issue]] = {}
        for issue in self.issues:
            grouped.setdefault(issue.sheet, []).append(issue)
        return grouped

    def to_dict(self, language: str = "en") -> dict[str, object]:
        return {
            "source": self.source,
            "ok": self.ok,
            "errors": len(self.errors),
            "warnings": len(self.warnings),
            "issues": [issue.to_dict(language) for issue in self.issues],
        }


def sorted_report(
    source: str, issues: Iterable[Issue], sheet_order: Iterable[str]
) -> ValidationReport:
    """Issues grouped by sheet in workbook order, then by row, errors first within a cell."""
    rank: dict[str, int] = {"": -1}
    for name in sheet_order:
        rank.setdefault(name, len(rank))
    ordered = sorted(
        issues,
        key=lambda i: (rank.get(i.sheet, len(rank)), i.row or 0, i.column_letter.rjust(3)),
    )
    return ValidationReport(source=source, issues=tuple(ordered))


class MissionFileError(Exception):
    """A mission file could not be read; ``report`` says every reason, place by place."""

    def __init__(self, report: ValidationReport) -> None:
        self.report = report
        first = report.errors[0] if report.errors else None
        summary = f"{first.place}: {first.message}" if first else "invalid mission file"
        count = len(report.errors)
        more = f" (and {count - 1} more errors)" if count > 1 else ""
        super().__init__(f"{report.source}: {summary}{more}")
