"""From typed rows to the ``Mission``: the model's own checks are the last word.

Each row becomes its model object separately, so one bad row yields one
issue at its place and the others still build. Pydantic's messages are mapped
back to the column that caused them.
"""

from collections.abc import Callable
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from wafd.i18n import N_
from wafd.io.columns import Blank
from wafd.io.parse import IssueLog, ParsedBook, ParsedRow, ParsedSheet
from wafd.io.rules.journey import check_journey
from wafd.io.sheets import (
    AVAILABILITY,
    BRIEFS,
    CONTACTS,
    HOTELS,
    LEGS,
    MEETINGS,
    MISSION,
    ORGANISATIONS,
    PARTICIPANTS,
    REQUESTS,
    THEMES,
    TRANSPORT,
    TRAVEL_TIMES,
    VENUES,
)
from wafd.model import (
    DEFAULT_THEMES,
    Availability,
    Brief,
    Contact,
    HotelStay,
    Leg,
    MeetingRequest,
    Mission,
    Organisation,
    Participant,
    PlannedMeeting,
    Segment,
    Theme,
    TravelTime,
    Venue,
)

M = TypeVar("M", bound=BaseModel)


def row_fields(sheet: ParsedSheet, row: ParsedRow, exclude: tuple[str, ...] = ()) -> dict[str, Any]:
    """Model keyword arguments from a row: localized columns grouped, blanks resolved."""
    fields: dict[str, Any] = {}
    for column in sheet.raw.spec.columns:
        if column.name in exclude:
            continue
        if column.name in row.values:
            value = row.values[column.name]
        elif column.blank == Blank.NONE and column.name not in row.bad:
            value = None
        else:
            continue
        if column.language is not None:
            if value:
                fields.setdefault(column.attribute, {})[column.language] = value
        else:
            fields[column.attribute] = value
    return fields


def _build(
    model: type[M],
    sheet: ParsedSheet,
    row: ParsedRow,
    log: IssueLog,
    fields: dict[str, Any] | None = None,
) -> M | None:
    """The model object of one row, or ``None`` with the model's complaints logged."""
    if log.has_error(sheet.raw.spec.name, row.number):
        return None
    try:
        return model.model_validate(fields if fields is not None else row_fields(sheet, row))
    except ValidationError as error:
        for detail in error.errors():
            column = _column_of(sheet, detail["loc"])
            log.add(
                sheet.raw,
                row.number,
                column,
                row.raw.get(column),
                N_("Invalid value: {detail}."),
                N_("Correct the cell; see docs/mission-format.md for what it accepts."),
                detail=str(detail["msg"]).removeprefix("Value error, "),
            )
        return None


def _column_of(sheet: ParsedSheet, loc: tuple[int | str, ...]) -> str:
    """The column behind a pydantic error location (``("name", "en")`` → ``name_en``)."""
    names = [str(part) for part in loc]
    for column in sheet.raw.spec.columns:
        if (
            names
            and column.attribute == names[0]
            and (column.language is None or names[1:2] in ([column.language], []))
        ):
            return column.name
    return ""


def _rows(model: type[M], book: ParsedBook, name: str, log: IssueLog) -> list[M]:
    sheet = book.get(name)
    if sheet is None:
        return []
    built = (_build(model, sheet, row, log) for row in sheet.rows)
    return [item for item in built if item is not None]


def build_mission(book: ParsedBook, log: IssueLog) -> Mission | None:
    """The mission, or ``None`` when any error was found (all of them are in ``log``)."""
    availability = _availability(book, log)
    participants = _participants(book, log, availability)
    collections: dict[str, Callable[[], list[Any]]] = {
        "legs": lambda: _rows(Leg, book, LEGS.name, log),
        "venues": lambda: _rows(Venue, book, VENUES.name, log),
        "organisations": lambda: _rows(Organisation, book, ORGANISATIONS.name, log),
        "requests": lambda: _rows(MeetingRequest, book, REQUESTS.name, log),
        "meetings": lambda: _rows(PlannedMeeting, book, MEETINGS.name, log),
        "travel_times": lambda: _rows(TravelTime, book, TRAVEL_TIMES.name, log),
        "themes": lambda: _rows(Theme, book, THEMES.name, log),
        "segments": lambda: _rows(Segment, book, TRANSPORT.name, log),
        "stays": lambda: _rows(HotelStay, book, HOTELS.name, log),
        "contacts": lambda: _rows(Contact, book, CONTACTS.name, log),
        "briefs": lambda: _rows(Brief, book, BRIEFS.name, log),
    }
    fields: dict[str, Any] = {key: tuple(make()) for key, make in collections.items()}
    fields["participants"] = tuple(participants)
    if not fields["themes"]:
        fields["themes"] = DEFAULT_THEMES
    settings = book.get(MISSION.name)
    if settings is None or not settings.rows:
        return None
    mission = _build(
        Mission,
        settings,
        settings.rows[0],
        log,
        {**row_fields(settings, settings.rows[0]), **fields},
    )
    if any(issue.severity == "error" for issue in log.issues):
        return None
    if mission is not None:
        check_journey(mission, book, log)  # needs a coherent mission (legs, venues, zones)
    if any(issue.severity == "error" for issue in log.issues):
        return None
    return mission


def _availability(book: ParsedBook, log: IssueLog) -> dict[str, list[Availability]]:
    sheet = book.get(AVAILABILITY.name)
    windows: dict[str, list[Availability]] = {}
    if sheet is None:
        return windows
    for row in sheet.rows:
        fields = row_fields(sheet, row, exclude=("participant",))
        window = _build(Availability, sheet, row, log, fields)
        if window is not None:
            windows.setdefault(str(row.values["participant"]), []).append(window)
    return windows


def _participants(
    book: ParsedBook, log: IssueLog, availability: dict[str, list[Availability]]
) -> list[Participant]:
    sheet = book.get(PARTICIPANTS.name)
    people: list[Participant] = []
    if sheet is None:
        return people
    for row in sheet.rows:
        fields = row_fields(sheet, row)
        fields["availability"] = tuple(availability.get(str(fields.get("id")), ()))
        person = _build(Participant, sheet, row, log, fields)
        if person is not None:
            people.append(person)
    return people
