"""Reading one cell of a schedule workbook: dates, times, zones, enums, lists.

Cells arrive as whatever Excel or LibreOffice made of a hand edit: a date or a datetime, a
time, a fraction of a day, or text. Each reader returns the value or records a ``CellIssue``
naming the sheet, row and column, so one pass reports every bad cell at once.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from enum import StrEnum
from functools import cache
from typing import TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from wafd.i18n import N_
from wafd.io.schedule_errors import CellIssue

MEETING_COLUMNS: tuple[str, ...] = (
    "id", "day", "start", "end", "time zone", "leg", "venue", "table", "kind", "title",
    "participants", "status", "sequence", "themes", "requests", "locked",
)  # fmt: skip
UNSCHEDULED_COLUMNS: tuple[str, ...] = ("requester", "target", "preference", "reason")
CANCELLATION_COLUMNS: tuple[str, ...] = ("id", "kind", "on", "meetings")

MISSING = N_("this cell is required")
BAD_DATE = N_("expected a date like 2024-02-13")
BAD_TIME = N_("expected a time like 09:30")
BAD_ZONE = N_("unknown time zone; use an IANA name such as America/Chicago")
BAD_CHOICE = N_("expected one of: {choices}")
BAD_NUMBER = N_("expected a whole number of at least {minimum}")
BAD_REQUEST = N_("expected requests like 'requester > target; …'")

TIME_TEXT = re.compile(r"^\s*(\d{1,2})[:h.](\d{2})(?::(\d{2}))?\s*$")
E = TypeVar("E", bound=StrEnum)


@cache
def known_zones() -> frozenset[str]:
    """IANA zone names (scanning tzdata is slow: once per process)."""
    return frozenset(available_timezones())


def text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def split_list(value: object) -> tuple[str, ...]:
    return tuple(part.strip() for part in re.split(r"[;,\n]", text(value)) if part.strip())


class RowReader:
    """Reads the cells of one row, collecting issues instead of stopping at the first."""

    def __init__(self, sheet: str, row: int, cells: dict[str, object], issues: list[CellIssue]):
        self.sheet = sheet
        self.row = row
        self.cells = cells
        self.issues = issues

    def fail(self, column: str, message: str, **params: str) -> None:
        shown = text(self.cells.get(column))
        issue = CellIssue(self.sheet, self.row, column, shown, message, tuple(params.items()))
        self.issues.append(issue)

    def required(self, column: str) -> str:
        value = text(self.cells.get(column))
        if not value:
            self.fail(column, MISSING)
        return value

    def day(self, column: str) -> date | None:
        value = self.cells.get(column)
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(text(value))
        except ValueError:
            self.fail(column, BAD_DATE)
            return None

    def time(self, column: str) -> time | None:
        value = self.cells.get(column)
        if isinstance(value, datetime):
            return value.time()
        if isinstance(value, time):
            return value
        if isinstance(value, float | int) and 0 <= value < 1:
            minutes = round(value * 24 * 60)
            return time(minutes // 60, minutes % 60)
        match = TIME_TEXT.match(text(value))
        if match and int(match[1]) < 24 and int(match[2]) < 60:
            return time(int(match[1]), int(match[2]), int(match[3] or 0))
        self.fail(column, BAD_TIME)
        return None

    def zone(self, column: str) -> ZoneInfo | None:
        name = text(self.cells.get(column))
        if not name:
            return None
        if name in known_zones():
            try:
                return ZoneInfo(name)
            except ZoneInfoNotFoundError:  # pragma: no cover - tzdata missing
                pass
        self.fail(column, BAD_ZONE)
        return None

    def choice(self, column: str, enum: type[E], default: E) -> E:
        value = text(self.cells.get(column)).lower()
        if not value:
            return default
        try:
            return enum(value)
        except ValueError:
            self.fail(column, BAD_CHOICE, choices=", ".join(e.value for e in enum))
            return default

    def number(self, column: str, *, minimum: int, default: int | None) -> int | None:
        value = self.cells.get(column)
        if value is None or text(value) == "":
            return default
        try:
            number = int(text(value))
        except ValueError:
            number = minimum - 1
        if number < minimum:
            self.fail(column, BAD_NUMBER, minimum=str(minimum))
            return default
        return number

    def requests(self, column: str) -> tuple[tuple[str, str], ...]:
        pairs: list[tuple[str, str]] = []
        for part in re.split(r"[;\n]", text(self.cells.get(column))):
            if not part.strip():
                continue
            sides = [side.strip() for side in part.split(">")]
            if len(sides) != 2 or not all(sides):
                self.fail(column, BAD_REQUEST)
                return ()
            pairs.append((sides[0], sides[1]))
        return tuple(pairs)
