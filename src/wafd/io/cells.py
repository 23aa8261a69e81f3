"""Reading one cell: turn what Excel or YAML holds into the value the model wants.

Each cell type has one parser. A parser returns the typed value, or raises
``CellProblem`` saying what is wrong and what to do; a problem that does not
stop the value from being used (a date typed as text) is returned as a warning.
"""

import math
import re
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from functools import cache
from zoneinfo import available_timezones

from wafd.i18n import N_
from wafd.io.columns import CellType, Column
from wafd.io.report import Phrase, Severity, did_you_mean
from wafd.io.suggest import closest
from wafd.model.limits import input_limits
from wafd.model.places import ID_PATTERN

_ID = re.compile(ID_PATTERN)
_ID_SPLIT = re.compile(r"[,;،؛\n]")
_TEXT_SPLIT = re.compile(r"[;؛\n]")
_TIME_TEXT = re.compile(r"^(\d{1,2})[:h.](\d{2})(?::(\d{2}))?$")
_INTEGER_TEXT = re.compile(r"^\s*[+-]?\d+\s*$")
_UNPRINTABLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
    + "".join(
        f"{chr(plane + 0xFFFE)}{chr(plane + 0xFFFF)}" for plane in range(0x10000, 0x110000, 0x10000)
    )
    + "]"
)
"""Control characters, lone surrogates and Unicode non-characters: no document can hold them."""
_LINE_BREAKS = re.compile(r"\s*[\r\n\t\v\f\x85\u2028\u2029]+\s*")
_TRUE = frozenset({"yes", "y", "true", "1", "oui", "vrai", "نعم", "x"})
_FALSE = frozenset({"no", "n", "false", "0", "non", "faux", "لا"})
_EXCEL_EPOCH = date(1899, 12, 30)


class CellProblem(Exception):  # noqa: N818 - it is a problem with a cell, not a crash
    """What is wrong with a cell, as gettext message ids with parameters."""

    def __init__(
        self,
        message_id: str,
        hint_id: str = "",
        severity: Severity = Severity.ERROR,
        **params: object,
    ) -> None:
        super().__init__(message_id)
        self.message_id = message_id
        self.hint_id = hint_id
        self.severity = severity
        self.params = params


Parsed = tuple[object, CellProblem | None]


class ErrorValue(str):
    """A formula's cached error (``#DIV/0!``, ``#REF!``): a value that failed, not a blank."""

    __slots__ = ()


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip()) or value == []


def parse_cell(column: Column, value: object, *, strict_types: bool = True) -> Parsed:
    """The typed value of a non-blank cell and an optional warning.

    ``strict_types`` is set for workbooks, where a date typed as text is worth
    a warning (Excel sorts it as text); YAML has no date type for times, so
    text is normal there.
    """
    if isinstance(value, ErrorValue):
        raise CellProblem(
            N_("The cell holds the error {code}: its formula failed."),
            N_("Correct the formula, or type the value itself."),
            code=str(value),
        )
    for text in value if isinstance(value, list) else [value]:
        if isinstance(text, str):
            _check_text(column, text)
    return _PARSERS[column.type](column, value, strict_types)


def _check_text(column: Column, text: str) -> None:
    """Refuse characters no document can hold and text longer than the column's limit."""
    bad = _UNPRINTABLE.search(text)
    if bad:
        raise CellProblem(
            N_("The text holds the invisible character U+{code}, which documents cannot show."),
            N_("Retype the text, or paste it as plain text (without formatting)."),
            code=f"{ord(bad.group()):04X}",
        )
    limits = input_limits()
    limit = limits.max_text_length
    if column.type == CellType.ID:
        limit = limits.max_id_length
    elif column.type == CellType.TEXT and not column.multiline:
        limit = limits.max_name_length
    if len(text) > limit:
        raise CellProblem(
            N_("The text is {length} characters long; this column takes at most {limit}."),
            N_("Shorten it; put longer explanations in a notes or description column."),
            length=len(text),
            limit=limit,
        )


def _text(column: Column, value: object, strict: bool) -> Parsed:
    if isinstance(value, float) and value.is_integer():
        return str(int(value)), None
    if isinstance(value, datetime | date | time):
        return value.isoformat(), None
    text = str(value)
    if column.multiline or not _LINE_BREAKS.search(text):
        return text, None
    return _LINE_BREAKS.sub(" ", text).strip(), CellProblem(
        N_("The line break in this one-line text was replaced by a space."),
        N_("Remove the line break (Alt+Enter in Excel) so the cell reads as it will print."),
        Severity.WARNING,
    )


def _one_id(value: object) -> str:
    text = str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)
    text = text.strip()
    if not _ID.match(text):
        raise CellProblem(
            N_("“{token}” is not a valid code."),
            N_(
                "Use letters, digits, “-”, “_” or “.”, starting with a letter or digit, "
                "without spaces."
            ),
            token=text,
        )
    return text


def _id(column: Column, value: object, strict: bool) -> Parsed:
    return _one_id(value), None


def _split(value: object, pattern: re.Pattern[str]) -> list[str]:
    items = value if isinstance(value, list | tuple) else pattern.split(str(value))
    return [str(item).strip() for item in items if str(item).strip()]


def _ids(column: Column, value: object, strict: bool) -> Parsed:
    return tuple(_one_id(item) for item in _split(value, _ID_SPLIT)), None


def _tags(column: Column, value: object, strict: bool) -> Parsed:
    return tuple(_split(value, _ID_SPLIT)), None


def _texts(column: Column, value: object, strict: bool) -> Parsed:
    return tuple(_split(value, _TEXT_SPLIT)), None


def _date(column: Column, value: object, strict: bool) -> Parsed:
    if isinstance(value, datetime):
        if value.time() != time(0):
            raise CellProblem(
                N_("A date is expected but the cell holds a date and a time."),
                N_("Keep only the day, formatted as a date (YYYY-MM-DD)."),
            )
        return value.date(), None
    if isinstance(value, date):
        return value, None
    if isinstance(value, bool):
        raise _not_a_date()
    if isinstance(value, int | float):
        serial = _EXCEL_EPOCH + timedelta(days=int(value)) if 0 < value < 2958466 else None
        raise CellProblem(
            N_("A date is expected but the cell holds the number {number}."),
            N_("Format the cell as a date (Format › Cells › Date){maybe}."),
            number=_plain(value),
            maybe=Phrase(N_(" — as a date it would be {date}"), {"date": serial.isoformat()})
            if serial
            else "",
        )
    text = str(value).strip()
    try:
        parsed = date.fromisoformat(text)
    except ValueError:
        raise _not_a_date() from None
    if strict:
        return parsed, CellProblem(
            N_("The date {date} is typed as text."),
            N_("Format the cell as a date so that Excel sorts and checks it."),
            Severity.WARNING,
            date=parsed.isoformat(),
        )
    return parsed, None


def _not_a_date() -> CellProblem:
    return CellProblem(
        N_("A date is expected but the cell does not hold one."),
        N_("Type the date as YYYY-MM-DD, e.g. 2024-02-12, in a cell formatted as a date."),
    )


def _time(column: Column, value: object, strict: bool) -> Parsed:
    if isinstance(value, time):
        return value, None
    if isinstance(value, timedelta) and timedelta(0) <= value < timedelta(days=1):
        return (datetime.min + value).time(), None
    if isinstance(value, datetime | date):
        raise CellProblem(
            N_("A time of day is expected but the cell holds a date."),
            N_("Type the time as HH:MM, e.g. 09:30."),
        )
    match = _TIME_TEXT.match(str(value).strip()) if isinstance(value, str) else None
    if match:
        hour, minute, second = (int(group or 0) for group in match.groups())
        if hour < 24 and minute < 60 and second < 60:
            return time(hour, minute, second), None
    raise CellProblem(
        N_("A time of day is expected but the cell does not hold one."),
        N_("Type the time as HH:MM, e.g. 09:30, in a cell formatted as a time."),
    )


def _bounded(column: Column, number: float) -> None:
    low, high = column.minimum, column.maximum
    outside = (low is not None and number < low) or (high is not None and number > high)
    if outside or not math.isfinite(number):
        raise CellProblem(
            N_("{number} is out of range."),
            N_("Give a number between {low} and {high}."),
            number=number,
            low=_plain(low) if low is not None else "−∞",
            high=_plain(high) if high is not None else "∞",
        )


def _plain(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else str(number)


def _looks_whole(value: object) -> bool:
    if isinstance(value, float):
        return value.is_integer()
    return isinstance(value, str) and bool(_INTEGER_TEXT.match(value))


def _integer(column: Column, value: object, strict: bool) -> Parsed:
    number: int | None = None
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif _looks_whole(value):
        number = int(value)  # type: ignore[call-overload]
    if number is None:
        raise CellProblem(
            N_("A whole number is expected."),
            N_("Type digits only, e.g. 60."),
        )
    _bounded(column, number)
    return number, None


def _number(column: Column, value: object, strict: bool) -> Parsed:
    if isinstance(value, int | float) and not isinstance(value, bool):
        number = float(value) if abs(value) < 1e300 else math.inf
    else:
        try:
            number = float(str(value).strip().replace(",", "."))
        except ValueError:
            raise CellProblem(
                N_("A number is expected."),
                N_("Type a number, e.g. 29.76."),
            ) from None
    _bounded(column, number)
    return number, None


def _boolean(column: Column, value: object, strict: bool) -> Parsed:
    if isinstance(value, bool):
        return value, None
    text = str(int(value) if isinstance(value, float) else value).strip().lower()
    if text in _TRUE:
        return True, None
    if text in _FALSE:
        return False, None
    raise CellProblem(N_("yes or no is expected."), N_("Type yes or no."))


def _one_choice(column: Column, value: object) -> str:
    text = str(value).strip().lower().replace(" ", "_").replace("-", "_")
    if text in column.choices:
        return text
    suggestion = closest(text, column.choices, cutoff=0.5)
    raise CellProblem(
        N_("“{token}” is not one of the allowed values."),
        N_("Use one of: {allowed}{suggestion}."),
        token=str(value).strip(),
        allowed=", ".join(column.choices),
        suggestion=did_you_mean(suggestion),
    )


def _choice(column: Column, value: object, strict: bool) -> Parsed:
    return _one_choice(column, value), None


def _choices(column: Column, value: object, strict: bool) -> Parsed:
    return tuple(_one_choice(column, item) for item in _split(value, _ID_SPLIT)), None


@cache
def _zones() -> dict[str, str]:
    return {zone.lower(): zone for zone in available_timezones()}


def _timezone(column: Column, value: object, strict: bool) -> Parsed:
    text = str(value).strip()
    zones = _zones()
    if text in zones.values():
        return text, None
    suggestion = closest(text.lower().replace(" ", "_"), zones)
    raise CellProblem(
        N_("“{token}” is not a known time zone."),
        N_("Use an IANA time zone name such as America/Chicago or Africa/Casablanca{suggestion}."),
        token=text,
        suggestion=did_you_mean(zones[suggestion] if suggestion else None),
    )


_PARSERS: dict[CellType, Callable[[Column, object, bool], Parsed]] = {
    CellType.TEXT: _text,
    CellType.ID: _id,
    CellType.IDS: _ids,
    CellType.TAGS: _tags,
    CellType.TEXTS: _texts,
    CellType.DATE: _date,
    CellType.TIME: _time,
    CellType.INTEGER: _integer,
    CellType.NUMBER: _number,
    CellType.BOOLEAN: _boolean,
    CellType.CHOICE: _choice,
    CellType.CHOICES: _choices,
    CellType.TIMEZONE: _timezone,
}
