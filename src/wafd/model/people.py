"""Who takes part: organisations and participants with their availability."""

from datetime import date, time

from pydantic import BaseModel, ConfigDict, Field, model_validator

from wafd.model.enums import (
    AvailabilityStatus,
    Language,
    OrganisationKind,
    ParticipantStatus,
    Role,
)
from wafd.model.places import ID_PATTERN, Identifier
from wafd.model.text import LocalizedText


class Organisation(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: Identifier = Field(pattern=ID_PATTERN)
    name: LocalizedText
    acronym: str = ""
    kind: OrganisationKind = OrganisationKind.OTHER
    country: str = Field(default="", pattern=r"^([A-Z]{2})?$")
    city: str = ""
    website: str = ""
    description: LocalizedText = LocalizedText()
    fictional: bool = False


class Availability(BaseModel):
    """A window on one local day (in the time zone of the leg holding that day).

    ``available`` rows restrict a participant to those windows; ``unavailable``
    rows carve time out. With no rows at all a participant is available for the
    whole working window of every leg.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    day: date
    start: time
    end: time
    status: AvailabilityStatus = AvailabilityStatus.AVAILABLE
    note: str = ""

    @model_validator(mode="after")
    def _ordered(self) -> "Availability":
        if self.end <= self.start:
            raise ValueError("end must be after start")
        return self


class Participant(BaseModel):
    """A delegate, a host or an organiser: one person (or a host's receiving team)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: Identifier = Field(pattern=ID_PATTERN)
    name: str = Field(min_length=1)
    name_ar: str = ""
    organisation: Identifier
    role: Role
    title: str = ""
    email: str = ""
    phone: str = ""
    languages: tuple[Language, ...] = ()
    preferred_language: Language = Language.EN
    themes: tuple[str, ...] = ()
    offers: str = ""
    needs: str = ""
    needs_in: LocalizedText = LocalizedText()
    """The organisers' translations of ``needs``; documents prefer the reader's language."""
    venue: Identifier | None = None
    group: str = ""
    max_meetings_per_day: int | None = Field(default=None, ge=0, le=48)
    availability: tuple[Availability, ...] = ()
    status: ParticipantStatus = ParticipantStatus.CONFIRMED
    withdrawn_on: date | None = None
    """The day the organiser learnt of the withdrawal (documents and calendars say so)."""

    @model_validator(mode="after")
    def _withdrawal_dated_only_when_withdrawn(self) -> "Participant":
        if self.withdrawn_on is not None and self.status != ParticipantStatus.WITHDRAWN:
            raise ValueError("withdrawn_on needs status withdrawn")
        return self

    @property
    def withdrawn(self) -> bool:
        return self.status == ParticipantStatus.WITHDRAWN

    def display_name(self, language: Language | str) -> str:
        """The name in the reader's script when known (Arabic for ``ar``)."""
        if str(language) == Language.AR and self.name_ar:
            return self.name_ar
        return self.name
