"""The mission workbook, sheet by sheet and column by column.

This table is the single source of truth for the file format: change a column
here and the reader, writer, template, validator and the reference in
``docs/mission-format.md`` (checked by a test) follow.
"""

from wafd.io.columns import Sheet
from wafd.io.sheets.journey import BRIEFS, CONTACTS, HOTELS, TRANSPORT
from wafd.io.sheets.people import AVAILABILITY, MEETINGS, ORGANISATIONS, PARTICIPANTS, REQUESTS
from wafd.io.sheets.places import LEGS, MISSION, THEMES, TRAVEL_TIMES, VENUES

SHEETS: tuple[Sheet, ...] = (
    MISSION,
    LEGS,
    VENUES,
    ORGANISATIONS,
    PARTICIPANTS,
    AVAILABILITY,
    REQUESTS,
    MEETINGS,
    TRAVEL_TIMES,
    THEMES,
    TRANSPORT,
    HOTELS,
    CONTACTS,
    BRIEFS,
)

__all__ = [
    "AVAILABILITY",
    "BRIEFS",
    "CONTACTS",
    "HOTELS",
    "LEGS",
    "MEETINGS",
    "MISSION",
    "ORGANISATIONS",
    "PARTICIPANTS",
    "REQUESTS",
    "SHEETS",
    "THEMES",
    "TRANSPORT",
    "TRAVEL_TIMES",
    "VENUES",
]
