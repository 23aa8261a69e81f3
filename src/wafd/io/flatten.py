"""From the ``Mission`` to rows of typed cells, sheet by sheet (the writers' input).

Writers then only decide how a typed value looks in their format (an Excel
date, a YAML list); which value goes into which column is decided here, from
the same column specs the reader uses.
"""

from enum import Enum
from typing import Any

from pydantic import BaseModel

from wafd.io.columns import Sheet
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
from wafd.model import Mission

Row = dict[str, object]


def model_row(sheet: Sheet, item: BaseModel, extra: Row | None = None) -> Row:
    """The cells of one model object; blank (``None``) for unset optional values."""
    row: Row = dict(extra or {})
    for column in sheet.columns:
        if column.name in row:
            continue
        value: Any = getattr(item, column.attribute, None)
        if column.language is not None and value is not None:
            value = getattr(value, column.language)
        row[column.name] = _plain(value)
    return row


def _plain(value: object) -> object:
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, tuple):
        return tuple(_plain(item) for item in value)
    if value == "":
        return None
    return value


def mission_rows(mission: Mission) -> dict[str, list[Row]]:
    """Every sheet's rows for ``mission``, keyed by sheet name, in sheet order."""
    return {
        MISSION.name: [model_row(MISSION, mission)],
        LEGS.name: [model_row(LEGS, leg) for leg in mission.legs],
        VENUES.name: [model_row(VENUES, venue) for venue in mission.venues],
        ORGANISATIONS.name: [model_row(ORGANISATIONS, org) for org in mission.organisations],
        PARTICIPANTS.name: [model_row(PARTICIPANTS, person) for person in mission.participants],
        AVAILABILITY.name: [
            model_row(AVAILABILITY, window, {"participant": person.id})
            for person in mission.participants
            for window in person.availability
        ],
        REQUESTS.name: [model_row(REQUESTS, request) for request in mission.requests],
        MEETINGS.name: [model_row(MEETINGS, meeting) for meeting in mission.meetings],
        TRAVEL_TIMES.name: [model_row(TRAVEL_TIMES, hop) for hop in mission.travel_times],
        THEMES.name: [model_row(THEMES, theme) for theme in mission.themes],
        TRANSPORT.name: [model_row(TRANSPORT, segment) for segment in mission.segments],
        HOTELS.name: [model_row(HOTELS, stay) for stay in mission.stays],
        CONTACTS.name: [model_row(CONTACTS, contact) for contact in mission.contacts],
        BRIEFS.name: [model_row(BRIEFS, brief) for brief in mission.briefs],
    }
