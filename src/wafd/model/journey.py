"""The delegation's journey: transport segments, hotel stays, contacts and briefs.

A tour is a journey: flights between cities, a coach from one city to the next, hotels in
each city, transfers to the airport. Segments and stays say who travels or sleeps where and
when; the scheduler keeps those people out of meetings while they travel, and every document
shows the journey. Contacts and briefs are what organisers write for the briefing book.
"""

from datetime import date, time

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from wafd.model.enums import ContactKind, TransportMode
from wafd.model.places import ID_PATTERN, Identifier, known_zone
from wafd.model.text import LocalizedText

FLIGHT_BUFFER_MINUTES = 120
"""Default time before a flight's departure when nobody can be in a meeting (check-in, security)."""


class Segment(BaseModel):
    """One movement of some travellers: a flight, a train, a coach, a car transfer or a walk.

    ``origin``/``destination`` are venue ids (a hotel, an airport entered as a venue) or left
    blank with a free-text address. Times are local wall-clock times in their zone; a blank
    zone is that of the venue's leg, else of the leg covering the day. ``travellers`` lists
    participant or organisation ids, or ``all_delegates`` / ``delegation`` (delegates and
    organisers).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: Identifier = Field(pattern=ID_PATTERN)
    mode: TransportMode
    origin: Identifier | None = None
    origin_address: str = ""
    destination: Identifier | None = None
    destination_address: str = ""
    depart_day: date
    depart_time: time
    depart_zone: str = ""
    arrive_day: date
    arrive_time: time
    arrive_zone: str = ""
    carrier: str = ""
    number: str = ""
    booking: str = ""
    travellers: tuple[Identifier, ...] = Field(min_length=1)
    buffer_minutes: int | None = Field(default=None, ge=0, le=12 * 60)
    notes: str = ""

    @field_validator("depart_zone", "arrive_zone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        return known_zone(value) if value else value

    @property
    def buffer(self) -> int:
        """Minutes before departure kept free: given, else two hours for a flight, else none."""
        if self.buffer_minutes is not None:
            return self.buffer_minutes
        return FLIGHT_BUFFER_MINUTES if self.mode == TransportMode.FLIGHT else 0


class HotelStay(BaseModel):
    """Nights at a hotel (a venue) for some travellers, from ``check_in`` to ``check_out``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    hotel: Identifier
    check_in: date
    check_out: date
    travellers: tuple[Identifier, ...] = Field(min_length=1)
    confirmation: str = ""
    notes: str = ""

    @model_validator(mode="after")
    def _ordered(self) -> "HotelStay":
        if self.check_out <= self.check_in:
            raise ValueError("check_out must be after check_in")
        return self

    @property
    def nights(self) -> int:
        return (self.check_out - self.check_in).days


class Contact(BaseModel):
    """Someone to call: an organiser on duty, an emergency number, the consulate."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = Field(min_length=1)
    kind: ContactKind = ContactKind.ORGANISER
    role: str = ""
    phone: str = ""
    email: str = ""
    leg: Identifier | None = None
    hours: str = ""
    notes: str = ""


class Brief(BaseModel):
    """What organisers write about a host or a meeting for the briefing book.

    ``subject`` is an organisation, participant or planned-meeting id (a tour's visit to a
    host organisation is briefed under that organisation's id). Talking points are separated
    by semicolons or new lines.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    subject: Identifier
    background: LocalizedText = LocalizedText()
    objectives: LocalizedText = LocalizedText()
    talking_points: LocalizedText = LocalizedText()
    history: LocalizedText = LocalizedText()
    """Earlier meetings with this host (an earlier mission, a visit to Morocco)."""
