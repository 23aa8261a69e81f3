"""The schedule board: a version's meetings in a grid of days and times, one grid per leg.

Each cell is a start time on the wall clock of its leg, which is what the move form and
the move endpoints take, so dropping a meeting on a cell needs no time-zone arithmetic in
the browser. The grid covers each leg's working hours (and any meeting outside them) in
steps of the mission's slot length, at least a quarter of an hour. A meeting alone in its
cell is drawn over the rows it lasts (``span``); several in one cell stay listed in it.
"""

import math
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from django.utils import formats
from django.utils.translation import gettext as _

from wafd.web.models import MeetingRow

MAX_SPAN = 32
"""Longest meeting drawn to its length, in board rows (the stylesheet has a rule for each)."""
BOARD_LIMIT = 400
"""Above this many meetings the board is left out: it would be unreadable, and slow to send."""


@dataclass
class Cell:
    start: str
    """The cell's local start as the move form writes it (``2024-02-05T10:00``)."""
    label: str
    meetings: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class LegBoard:
    city: str
    zone: str
    days: list[date]
    rows: list[tuple[time, bool, list[Cell]]]
    """Each row's time, whether it is in the lunch break, and its cells, one per day."""


def _step(slot_minutes: int) -> int:
    return slot_minutes * -(-15 // slot_minutes)


def _minutes(moment: time) -> int:
    return moment.hour * 60 + moment.minute


def _times(first: int, last: int, step: int) -> list[time]:
    """Start times from minute ``first`` of the day up to, not including, minute ``last``."""
    return [time(m // 60, m % 60) for m in range(first, min(last, 24 * 60), step)]


def leg_board(
    leg: dict[str, Any], rows: list[MeetingRow], venues: dict[str, str], step: int
) -> LegBoard:
    zone = ZoneInfo(leg["timezone"])
    first_day, last_day = date.fromisoformat(leg["start_date"]), date.fromisoformat(leg["end_date"])
    days = [first_day + timedelta(days=n) for n in range((last_day - first_day).days + 1)]
    placed: dict[tuple[date, time], list[dict[str, Any]]] = defaultdict(list)
    first = _minutes(time.fromisoformat(leg["day_start"])) // step * step
    last = _minutes(time.fromisoformat(leg["day_end"]))
    for row in rows:
        start, end = row.start.astimezone(zone), row.end.astimezone(zone)
        slot = _minutes(start.time()) // step * step
        minutes = (end - start).total_seconds() / 60
        placed[(start.date(), time(slot // 60, slot % 60))].append(
            {
                "row": row,
                "start": start,
                "end": end,
                "venue": venues.get(row.data.get("venue")),
                "span": min(MAX_SPAN, max(1, math.ceil(minutes / step))),
            }
        )
        first, last = min(first, slot), max(last, slot + step)
        if start.date() not in days:
            days.append(start.date())  # shown where it is, so it can be dragged back
    days.sort()
    lunch = (leg.get("lunch_start") or "", leg.get("lunch_end") or "")
    grid = [
        (
            moment,
            lunch[0] <= moment.isoformat() < lunch[1],
            [
                Cell(
                    start=datetime.combine(day, moment).strftime("%Y-%m-%dT%H:%M"),
                    label=_("%(day)s, %(time)s")
                    % {"day": formats.date_format(day, "l j F"), "time": moment.strftime("%H:%M")},
                    meetings=placed.get((day, moment), []),
                )
                for day in days
            ],
        )
        for moment in _times(first, last, step)
    ]
    return LegBoard(city=leg["city"], zone=leg["timezone"], days=days, rows=grid)


def board(
    content: dict[str, Any], rows: list[MeetingRow], *, day: date | None = None
) -> list[LegBoard]:
    """One grid per leg that has meetings; cancelled meetings and ones without a leg stay out.

    With ``day``, the compact view: only that day's column, of the legs meeting that day.
    """
    by_leg: dict[str, list[MeetingRow]] = defaultdict(list)
    zones = {leg["id"]: ZoneInfo(leg["timezone"]) for leg in content.get("legs", [])}
    for row in rows:
        leg = row.data.get("leg")
        if row.status == "cancelled" or not leg or leg not in zones:
            continue
        if day is None or row.start.astimezone(zones[leg]).date() == day:
            by_leg[leg].append(row)
    venues = {v["id"]: v.get("name") or v["id"] for v in content.get("venues", [])}
    step = _step(int(content.get("slot_minutes") or 15))
    boards = [
        leg_board(leg, by_leg[leg["id"]], venues, step)
        for leg in content.get("legs", [])
        if by_leg.get(leg["id"])
    ]
    if day is not None:
        for one in boards:
            keep = [i for i, shown in enumerate(one.days) if shown == day]
            one.days = [one.days[i] for i in keep]
            one.rows = [(t, lunch, [cells[i] for i in keep]) for t, lunch, cells in one.rows]
    return boards


def board_days(content: dict[str, Any], rows: list[MeetingRow]) -> list[date]:
    """The days that have meetings on the board, for the compact view's day links."""
    zones = {leg["id"]: ZoneInfo(leg["timezone"]) for leg in content.get("legs", [])}
    return sorted(
        {
            row.start.astimezone(zones[row.data["leg"]]).date()
            for row in rows
            if row.status != "cancelled" and row.data.get("leg") in zones
        }
    )
