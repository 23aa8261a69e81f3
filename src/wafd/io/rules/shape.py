"""Is the mission of a shape the scheduler handles: people to schedule, a grid that fits an
hour, legs of a trip's length, one city for a B2B event?

Each of these was accepted once and then failed in ``schedule``: an empty Participants sheet
gave an empty schedule, ``slot_minutes = 7`` a grid the fixed times miss, a leg from 1900 a
model of 45,000 days, a B2B event over two cities tables in the wrong city.
"""

from datetime import date

from wafd.i18n import N_
from wafd.io.parse import IssueLog, ParsedBook
from wafd.io.sheets import LEGS, MISSION, SHEETS
from wafd.model import EventKind
from wafd.model.limits import input_limits

MINUTES_PER_HOUR = 60


def check_shape(book: ParsedBook, log: IssueLog) -> None:
    for spec in SHEETS:
        sheet = book.get(spec.name)
        if spec.required and not spec.key_value and sheet is not None and not sheet.rows:
            log.add(
                sheet.raw,
                None,
                "",
                None,
                N_("The sheet “{title}” has no rows."),
                N_("Add at least one row under the headers (see “wafd template”)."),
                title=sheet.raw.title,
            )
    _check_settings(book, log)
    _check_leg_lengths(book, log)


def _check_settings(book: ParsedBook, log: IssueLog) -> None:
    settings = book.get(MISSION.name)
    if settings is None or not settings.rows:
        return
    row = settings.rows[0]
    slot = row.values.get("slot_minutes")
    if isinstance(slot, int) and MINUTES_PER_HOUR % slot:
        log.add(
            settings.raw,
            row.number,
            "slot_minutes",
            slot,
            N_("A slot of {minutes} minutes does not divide an hour."),
            N_("Use 5, 10, 15, 20, 30 or 60 minutes (or 6 or 12)."),
            minutes=slot,
        )
    legs = book.get(LEGS.name)
    count = len(legs.rows) if legs else 0
    if row.values.get("kind") == EventKind.B2B.value and count > 1:
        log.add(
            settings.raw,
            row.number,
            "kind",
            row.raw.get("kind"),
            N_("A b2b event takes place in one city, but the mission has {count} legs."),
            N_("Keep one leg for a b2b event, or set kind to tour."),
            count=count,
        )


def _check_leg_lengths(book: ParsedBook, log: IssueLog) -> None:
    legs = book.get(LEGS.name)
    limit = input_limits().max_leg_days
    for row in legs.rows if legs else []:
        start, end = row.values.get("start_date"), row.values.get("end_date")
        if isinstance(start, date) and isinstance(end, date) and (end - start).days >= limit:
            log.add(
                legs.raw,  # type: ignore[union-attr]
                row.number,
                "start_date",
                row.raw.get("start_date"),
                N_("The leg lasts {days} days; a leg may last at most {limit} days."),
                N_("Check the year of start_date and end_date."),
                days=(end - start).days + 1,
                limit=limit,
            )
