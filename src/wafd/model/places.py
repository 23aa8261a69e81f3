"""Where a mission happens: legs (a city over some days) and venues."""

from datetime import date, time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Identifier = str
ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,63}$"
"""A code of letters, digits, ``-``, ``_`` and ``.``, at most 64 characters (file names use it)."""


def known_zone(value: str) -> str:
    """``value`` when it names an installed IANA time zone; ``ValueError`` otherwise."""
    if value not in available_timezones():
        raise ValueError(f"unknown IANA time zone {value!r} (e.g. America/Chicago)")
    try:
        ZoneInfo(value)
    except ZoneInfoNotFoundError as error:  # pragma: no cover - tzdata missing
        raise ValueError(f"time zone {value!r} is not installed") from error
    return value


class Leg(BaseModel):
    """A stop of the mission: one city, consecutive days, one time zone.

    All times of day on a leg (working window, lunch, availability) are local
    wall-clock times in ``timezone``; conversion to instants happens only when
    the schedule or a calendar needs it.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: Identifier = Field(pattern=ID_PATTERN)
    city: str = Field(min_length=1)
    timezone: str
    start_date: date
    end_date: date
    day_start: time = time(9, 0)
    day_end: time = time(18, 0)
    lunch_start: time | None = time(12, 30)
    lunch_end: time | None = time(13, 30)
    lodging: Identifier | None = None
    """Venue where the delegation stays on this leg; each day's first transfer starts there."""

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        return known_zone(value)

    @model_validator(mode="after")
    def _coherent(self) -> "Leg":
        if self.end_date < self.start_date:
            raise ValueError("end_date is before start_date")
        if self.day_end <= self.day_start:
            raise ValueError("day_end must be after day_start")
        if (self.lunch_start is None) != (self.lunch_end is None):
            raise ValueError("give both lunch_start and lunch_end, or neither")
        if self.lunch_start and self.lunch_end and self.lunch_end <= self.lunch_start:
            raise ValueError("lunch_end must be after lunch_start")
        return self

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def covers(self, day: date) -> bool:
        return self.start_date <= day <= self.end_date

    def days(self) -> list[date]:
        span = (self.end_date - self.start_date).days
        return [date.fromordinal(self.start_date.toordinal() + i) for i in range(span + 1)]


class Venue(BaseModel):
    """A place where meetings happen: a host's office, a hotel, a fair hall."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: Identifier = Field(pattern=ID_PATTERN)
    name: str = Field(min_length=1)
    leg: Identifier
    address: str = ""
    latitude: float | None = Field(default=None, ge=-90, le=90)
    longitude: float | None = Field(default=None, ge=-180, le=180)
    tables: int = Field(default=1, ge=1, le=1000)
    contact: str = ""


class TravelTime(BaseModel):
    """Door-to-door minutes between two venues, when the organiser knows better than a map."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    origin: Identifier
    destination: Identifier
    minutes: int = Field(ge=0, le=24 * 60)
