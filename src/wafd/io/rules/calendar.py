"""Do the legs make a coherent calendar, and does every date and time fit in it?

Times of day are local to the leg that holds the day, so windows are compared
with that leg's working hours; a day no leg covers cannot be used at all.
"""

from dataclasses import dataclass
from datetime import date, time
from itertools import pairwise

from wafd.i18n import N_
from wafd.io.parse import IssueLog, ParsedBook, ParsedRow, ParsedSheet
from wafd.io.report import Severity
from wafd.io.sheets import AVAILABILITY, LEGS
from wafd.model import Leg

DEFAULT_START: time = Leg.model_fields["day_start"].default
DEFAULT_END: time = Leg.model_fields["day_end"].default


@dataclass(frozen=True)
class LegDays:
    id: str
    row: int
    start: date
    end: date
    opens: time
    closes: time
    lunch: tuple[time, time] | None = None


def check_calendar(book: ParsedBook, log: IssueLog) -> list[LegDays]:
    """Check the legs and availability; return the legs' days for the checks that follow."""
    legs = _check_legs(book.get(LEGS.name), log)
    _check_availability(book.get(AVAILABILITY.name), legs, log)
    return legs


def _ordered(
    sheet: ParsedSheet,
    row: ParsedRow,
    first: str,
    second: str,
    log: IssueLog,
    *,
    same_allowed: bool = False,
) -> bool:
    """Whether ``second`` comes after ``first`` in ``row`` (an error is logged if not)."""
    low, high = row.values.get(first), row.values.get(second)
    if low is None or high is None or high > low or (same_allowed and high == low):  # type: ignore[operator]
        return True
    log.add(
        sheet.raw,
        row.number,
        second,
        row.raw.get(second),
        N_("“{second}” must come after “{first}”."),
        N_("Check both cells: {first} is {low}."),
        first=first,
        second=second,
        low=show(low),
    )
    return False


def show(value: object) -> str:
    return value.strftime("%H:%M") if isinstance(value, time) else str(value)


def _check_legs(sheet: ParsedSheet | None, log: IssueLog) -> list[LegDays]:
    if sheet is None:
        return []
    legs: list[LegDays] = []
    complete = True
    for row in sheet.rows:
        values = row.values
        dates_ok = _ordered(sheet, row, "start_date", "end_date", log, same_allowed=True)
        hours_ok = _ordered(sheet, row, "day_start", "day_end", log)
        if (values.get("lunch_start") is None) != (values.get("lunch_end") is None):
            missing = "lunch_end" if values.get("lunch_end") is None else "lunch_start"
            log.add(
                sheet.raw,
                row.number,
                missing,
                None,
                N_("A lunch break needs both lunch_start and lunch_end."),
                N_("Fill in both cells, or leave both empty for no lunch break."),
            )
        else:
            _ordered(sheet, row, "lunch_start", "lunch_end", log)
        start, end = values.get("start_date"), values.get("end_date")
        if isinstance(start, date) and isinstance(end, date) and dates_ok and end >= start:
            legs.append(
                LegDays(
                    id=str(values.get("id", "")),
                    row=row.number,
                    start=start,
                    end=end,
                    opens=values.get("day_start", DEFAULT_START) if hours_ok else DEFAULT_START,  # type: ignore[arg-type]
                    closes=values.get("day_end", DEFAULT_END) if hours_ok else DEFAULT_END,  # type: ignore[arg-type]
                    lunch=_lunch(values),
                )
            )
        else:
            complete = False
    _check_leg_overlaps(sheet, legs, log)
    # With a leg's dates unknown, "outside every leg" would only echo that one error.
    return legs if complete else []


def _lunch(values: dict[str, object]) -> tuple[time, time] | None:
    start, end = values.get("lunch_start"), values.get("lunch_end")
    if isinstance(start, time) and isinstance(end, time) and start < end:
        return start, end
    return None


def _check_leg_overlaps(sheet: ParsedSheet, legs: list[LegDays], log: IssueLog) -> None:
    ordered = sorted(legs, key=lambda leg: (leg.start, leg.row))
    for earlier, later in pairwise(ordered):
        if later.start <= earlier.end:
            log.add(
                sheet.raw,
                later.row,
                "start_date",
                later.start,
                N_("Leg “{leg}” starts on {start}, before leg “{other}” (row {row}) ends."),
                N_("Legs must not share days: move this start after {end}."),
                leg=later.id,
                start=later.start.isoformat(),
                other=earlier.id,
                row=earlier.row,
                end=earlier.end.isoformat(),
            )


def leg_on(legs: list[LegDays], day: object) -> LegDays | None:
    return next((leg for leg in legs if leg.start <= day <= leg.end), None)  # type: ignore[operator]


def outside_legs(
    sheet: ParsedSheet, row: ParsedRow, column: str, legs: list[LegDays], log: IssueLog
) -> LegDays | None:
    """The leg holding the row's day, or ``None`` with an error when no leg does."""
    day = row.values.get(column)
    if not isinstance(day, date) or not legs:
        return None
    leg = leg_on(legs, day)
    if leg is None:
        spans = ", ".join(f"{leg.start.isoformat()}–{leg.end.isoformat()}" for leg in legs)
        log.add(
            sheet.raw,
            row.number,
            column,
            row.raw.get(column),
            N_("{day} is not a day of any leg of the mission."),
            N_("Use a day within the legs ({spans}), or extend a leg in the Legs sheet."),
            day=day.isoformat(),
            spans=spans,
        )
    return leg


def _check_availability(sheet: ParsedSheet | None, legs: list[LegDays], log: IssueLog) -> None:
    if sheet is None:
        return
    seen: dict[tuple[str, object, object], list[ParsedRow]] = {}
    for row in sheet.rows:
        if not _ordered(sheet, row, "start", "end", log):
            continue
        leg = outside_legs(sheet, row, "day", legs, log)
        start, end = row.values.get("start"), row.values.get("end")
        if not isinstance(start, time) or not isinstance(end, time):
            continue
        if leg is not None:
            _check_window(sheet, row, leg, start, end, log)
        key = (
            str(row.values.get("participant")),
            row.values.get("day"),
            row.values.get("status", "available"),
        )
        for other in seen.get(key, []):
            if start < other.values["end"] and other.values["start"] < end:  # type: ignore[operator]
                log.add(
                    sheet.raw,
                    row.number,
                    "start",
                    row.raw.get("start"),
                    N_("This window overlaps the one on row {row} for the same person."),
                    N_("Merge the two rows into one window, or correct the times."),
                    Severity.WARNING,
                    row=other.number,
                )
                break
        seen.setdefault(key, []).append(row)


def _check_window(
    sheet: ParsedSheet, row: ParsedRow, leg: LegDays, start: time, end: time, log: IssueLog
) -> None:
    if start >= leg.opens and end <= leg.closes:
        return
    entirely = end <= leg.opens or start >= leg.closes
    log.add(
        sheet.raw,
        row.number,
        "start" if start < leg.opens or entirely else "end",
        f"{show(start)}–{show(end)}",
        N_("{start}–{end} is outside the working hours of leg “{leg}” ({opens}–{closes})."),
        N_("Keep windows within the leg's hours, or widen day_start/day_end in Legs."),
        Severity.ERROR if entirely else Severity.WARNING,
        start=show(start),
        end=show(end),
        leg=leg.id,
        opens=show(leg.opens),
        closes=show(leg.closes),
    )
