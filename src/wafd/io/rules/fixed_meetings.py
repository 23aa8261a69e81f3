"""Can the scheduler place each meeting the organisers fixed, where and when they fixed it?

A fixed meeting (day and start given) is placed as it stands: the scheduler cannot move it
out of lunch, into the working day, onto the slot grid or into the city where its venue is.
Each of those would make ``schedule`` fail later with a message about someone else, so each
is an error at the meeting's cell here. ``after`` must not point at the meeting itself nor
close a circle (A after B after A): no order satisfies it.
"""

from datetime import date, datetime, time, timedelta

from wafd.i18n import N_
from wafd.io.parse import IssueLog, ParsedBook, ParsedRow, ParsedSheet
from wafd.io.rules.calendar import LegDays, outside_legs, show
from wafd.io.sheets import MEETINGS, MISSION, VENUES


def check_fixed_meetings(book: ParsedBook, legs: list[LegDays], log: IssueLog) -> None:
    sheet = book.get(MEETINGS.name)
    if sheet is None:
        return
    slot = _setting(book, "slot_minutes", 15)
    known = {leg.id for leg in legs}
    venue_legs = {v: leg for v, leg in _venue_legs(book).items() if leg in known}
    for row in sheet.rows:
        start, day = row.values.get("start"), row.values.get("day")
        if start is not None and day is None and "day" not in row.bad:
            log.add(
                sheet.raw,
                row.number,
                "day",
                None,
                N_("A fixed start time needs a day."),
                N_("Fill in the day, or clear the start time."),
            )
        leg = outside_legs(sheet, row, "day", legs, log)
        if leg is None:
            continue
        _check_city(sheet, row, leg, venue_legs, log)
        minutes = row.values.get("duration_minutes")
        if isinstance(start, time) and isinstance(minutes, int):
            _check_hours(sheet, row, leg, start, minutes, slot, log)
    _check_order(sheet, log)


def _setting(book: ParsedBook, name: str, default: int) -> int:
    settings = book.get(MISSION.name)
    value = settings.rows[0].values.get(name) if settings and settings.rows else None
    return value if isinstance(value, int) and value > 0 else default


def _venue_legs(book: ParsedBook) -> dict[str, str]:
    sheet = book.get(VENUES.name)
    rows = sheet.rows if sheet else []
    return {
        str(r.values["id"]): str(r.values["leg"])
        for r in rows
        if "id" in r.values and "leg" in r.values
    }


def _check_city(
    sheet: ParsedSheet, row: ParsedRow, leg: LegDays, venue_legs: dict[str, str], log: IssueLog
) -> None:
    venue = row.values.get("venue")
    where = venue_legs.get(str(venue))
    if where is not None and where != leg.id:
        log.add(
            sheet.raw,
            row.number,
            "venue",
            row.raw.get("venue"),
            N_("The venue {venue} is in leg “{where}”, but on {day} the mission is in “{leg}”."),
            N_("Choose a venue of leg “{leg}”, or move the meeting to a day of “{where}”."),
            venue=str(venue),
            where=where,
            day=str(row.values.get("day")),
            leg=leg.id,
        )


def _check_hours(
    sheet: ParsedSheet,
    row: ParsedRow,
    leg: LegDays,
    start: time,
    minutes: int,
    slot: int,
    log: IssueLog,
) -> None:
    begin = datetime.combine(date.min, start)
    finish = begin + timedelta(minutes=minutes)
    opens, closes = (datetime.combine(date.min, t) for t in (leg.opens, leg.closes))
    params = {"start": show(start), "end": show(finish.time()), "leg": leg.id}
    if begin < opens or finish > closes:
        log.add(
            sheet.raw,
            row.number,
            "start",
            row.raw.get("start"),
            N_(
                "The meeting ({start}–{end}) is outside the working hours of leg "
                "“{leg}” ({opens}–{closes})."
            ),
            N_("Move the start, shorten the meeting, or widen day_start/day_end in Legs."),
            opens=show(leg.opens),
            closes=show(leg.closes),
            **params,
        )
    elif (
        leg.lunch
        and begin < datetime.combine(date.min, leg.lunch[1])
        and (datetime.combine(date.min, leg.lunch[0]) < finish)
    ):
        log.add(
            sheet.raw,
            row.number,
            "start",
            row.raw.get("start"),
            N_("The meeting ({start}–{end}) overlaps the lunch break of leg “{leg}” ({lunch})."),
            N_("Move it before or after lunch, or change lunch_start/lunch_end in Legs."),
            lunch=f"{show(leg.lunch[0])}–{show(leg.lunch[1])}",
            **params,
        )
    elif (begin - opens) % timedelta(minutes=slot):
        log.add(
            sheet.raw,
            row.number,
            "start",
            row.raw.get("start"),
            N_("{start} is not on the {minutes}-minute grid that starts at {opens}."),
            N_("Start the meeting a whole number of slots after the day starts."),
            start=show(start),
            minutes=slot,
            opens=show(leg.opens),
        )


def _check_order(sheet: ParsedSheet, log: IssueLog) -> None:
    after: dict[str, tuple[ParsedRow, tuple[str, ...]]] = {}
    for row in sheet.rows:
        ids = row.values.get("after")
        if "id" in row.values and isinstance(ids, tuple):
            after[str(row.values["id"])] = (row, ids)
    reported: set[str] = set()
    for meeting, (row, _) in after.items():
        circle = _circle_from(meeting, after)
        if circle and not reported & set(circle):
            reported.update(circle)
            if len(circle) == 1:
                log.add(
                    sheet.raw,
                    row.number,
                    "after",
                    row.raw.get("after"),
                    N_("The meeting {meeting} is listed in its own “after”."),
                    N_("Remove {meeting} from “after”: list the meetings that come before it."),
                    meeting=meeting,
                )
                continue
            log.add(
                sheet.raw,
                row.number,
                "after",
                row.raw.get("after"),
                N_("The meetings {circle} must each come after the other: no order fits."),
                N_("Remove one of these ids from “after”."),
                circle=" → ".join([*circle, circle[0]]),
            )


def _circle_from(first: str, after: dict[str, tuple[ParsedRow, tuple[str, ...]]]) -> list[str]:
    """The meetings of a circle of ``after`` through ``first`` (empty when there is none)."""
    path, seen, stack = [first], {first}, [iter(after[first][1])]
    while stack:
        following = next(stack[-1], None)
        if following is None:
            stack.pop()
            path.pop()
            continue
        if following == first:
            return list(path)
        if following in after and following not in seen:
            seen.add(following)
            path.append(following)
            stack.append(iter(after[following][1]))
    return []
