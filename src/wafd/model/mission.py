"""The mission: everything organisers know before the schedule exists."""

from datetime import date

from pydantic import BaseModel, ConfigDict, Field

from wafd.model.enums import EventKind, Language, Role
from wafd.model.journey import Brief, Contact, HotelStay, Segment
from wafd.model.meetings import PlannedMeeting
from wafd.model.people import Organisation, Participant
from wafd.model.places import ID_PATTERN, Leg, TravelTime, Venue
from wafd.model.requests import MeetingRequest
from wafd.model.text import LocalizedText
from wafd.model.themes import DEFAULT_THEMES, Theme


class Mission(BaseModel):
    """A trade mission or brokerage event, complete and immutable.

    Collections are tuples so that a mission can be shared between threads,
    cached and compared; edits produce a new mission (``model_copy(update=…)``).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=ID_PATTERN)
    name: LocalizedText
    kind: EventKind = EventKind.TOUR
    organisers: tuple[str, ...] = ()
    languages: tuple[Language, ...] = (Language.EN,)
    objectives: LocalizedText = LocalizedText()
    meeting_minutes: int = Field(default=60, ge=5, le=8 * 60)
    slot_minutes: int = Field(default=15, ge=5, le=120)
    max_meetings_per_day: int | None = Field(default=None, ge=1, le=48)
    themes: tuple[Theme, ...] = DEFAULT_THEMES
    legs: tuple[Leg, ...] = ()
    venues: tuple[Venue, ...] = ()
    organisations: tuple[Organisation, ...] = ()
    participants: tuple[Participant, ...] = ()
    requests: tuple[MeetingRequest, ...] = ()
    meetings: tuple[PlannedMeeting, ...] = ()
    travel_times: tuple[TravelTime, ...] = ()
    segments: tuple[Segment, ...] = ()
    stays: tuple[HotelStay, ...] = ()
    contacts: tuple[Contact, ...] = ()
    briefs: tuple[Brief, ...] = ()

    @property
    def start_date(self) -> date | None:
        return min((leg.start_date for leg in self.legs), default=None)

    @property
    def end_date(self) -> date | None:
        return max((leg.end_date for leg in self.legs), default=None)

    def leg_on(self, day: date) -> Leg | None:
        """The leg whose dates include ``day``, if any."""
        return next((leg for leg in self.legs if leg.covers(day)), None)

    def participants_with_role(self, role: Role) -> list[Participant]:
        return [p for p in self.participants if p.role == role]

    def withdrawn_ids(self) -> set[str]:
        """Participants marked withdrawn in the mission itself."""
        return {p.id for p in self.participants if p.withdrawn}

    def participant_index(self) -> dict[str, Participant]:
        return {p.id: p for p in self.participants}

    def organisation_index(self) -> dict[str, Organisation]:
        return {o.id: o for o in self.organisations}

    def venue_index(self) -> dict[str, Venue]:
        return {v.id: v for v in self.venues}

    def leg_index(self) -> dict[str, Leg]:
        return {leg.id: leg for leg in self.legs}

    def theme_index(self) -> dict[str, Theme]:
        return {t.id: t for t in self.themes}
