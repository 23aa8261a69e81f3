"""Look-ups every document needs: who a participant is, where a venue is, why two parties meet.

Built once per export from the mission so that each document asks questions
(``travel(a, b)``, ``reasons(meeting)``) instead of re-indexing tuples.
"""

from dataclasses import dataclass, field
from datetime import date

from wafd.export.localize import Localizer, guess_language
from wafd.model import (
    Leg,
    LocalizedText,
    MeetingStatus,
    Mission,
    Organisation,
    Participant,
    Role,
    Schedule,
    ScheduledMeeting,
    Venue,
)
from wafd.schedule.travel import TravelSource, travel_minutes, travel_source


@dataclass(frozen=True)
class MissionFacts:
    mission: Mission
    participants: dict[str, Participant] = field(init=False)
    organisations: dict[str, Organisation] = field(init=False)
    venues: dict[str, Venue] = field(init=False)
    legs: dict[str, Leg] = field(init=False)

    def __post_init__(self) -> None:
        set_ = object.__setattr__
        set_(self, "participants", self.mission.participant_index())
        set_(self, "organisations", self.mission.organisation_index())
        set_(self, "venues", self.mission.venue_index())
        set_(self, "legs", self.mission.leg_index())

    def organisation_name(self, participant: Participant, say: Localizer) -> str:
        organisation = self.organisations.get(participant.organisation)
        if organisation is None:
            return participant.organisation
        return say.text(organisation.name) or organisation.acronym or organisation.id

    def short_organisation(self, participant: Participant, say: Localizer) -> str:
        """The acronym when there is one: rosters and attendee lists stay on one line."""
        organisation = self.organisations.get(participant.organisation)
        if organisation is not None and organisation.acronym:
            return organisation.acronym
        return self.organisation_name(participant, say)

    def person(self, participant_id: str, say: Localizer) -> str:
        """``Name (Organisation)`` for attendee lists."""
        participant = self.participants.get(participant_id)
        if participant is None:
            return participant_id
        name = participant.display_name(say.language)
        return f"{name} ({self.short_organisation(participant, say)})"

    def leg_of(self, meeting: ScheduledMeeting) -> Leg | None:
        if meeting.leg and meeting.leg in self.legs:
            return self.legs[meeting.leg]
        return self.mission.leg_on(meeting.start.date())

    def local_day(self, meeting: ScheduledMeeting) -> date:
        """The meeting's calendar day where it happens (not where the reader is)."""
        leg = self.leg_of(meeting)
        return meeting.start.astimezone(leg.zone).date() if leg else meeting.start.date()

    def localized(self, meeting: ScheduledMeeting) -> ScheduledMeeting:
        """The meeting with start and end expressed in its leg's time zone."""
        leg = self.leg_of(meeting)
        if leg is None:
            return meeting
        return meeting.model_copy(
            update={
                "start": meeting.start.astimezone(leg.zone),
                "end": meeting.end.astimezone(leg.zone),
            }
        )

    def travel(
        self, origin: str | None, destination: str | None
    ) -> tuple[int, TravelSource] | None:
        """The minutes the scheduler reserved between two venues and where they come from.

        None when a meeting names no venue. The same venue twice is 0 minutes.
        """
        start, end = self.venues.get(origin or ""), self.venues.get(destination or "")
        if start is None or end is None:
            return None
        return travel_minutes(self.mission, start, end), travel_source(self.mission, start, end)

    def theme_labels(self, meeting: ScheduledMeeting, say: Localizer) -> list[str]:
        themes = self.mission.theme_index()
        return [say.text(themes[t].label) if t in themes else t for t in meeting.themes]

    def reasons(self, meeting: ScheduledMeeting, say: Localizer) -> list[str]:
        """What the requesters wrote when they asked for this meeting, for this reader.

        The organisers' translation into the reader's language when there is one, else the
        reason as written, marked with its language when that is not the reader's.
        """
        wanted = {frozenset(pair) for pair in meeting.requests}
        reasons = (
            in_reader_language(say, r.reason, r.reason_in)
            for r in self.mission.requests
            if r.reason and r.pair in wanted
        )
        return list(dict.fromkeys(reasons))

    def with_role(self, meeting: ScheduledMeeting, *roles: Role) -> list[Participant]:
        return [
            self.participants[pid]
            for pid in meeting.participants
            if pid in self.participants and self.participants[pid].role in roles
        ]

    def contact(
        self, meeting: ScheduledMeeting, reader: Participant, personal: bool, say: Localizer
    ) -> str:
        """Whom to call about this meeting: the venue's contact or the other side's lead."""
        other_roles = (Role.ORGANISER,) if reader.role == Role.HOST else (Role.HOST,)
        others = self.with_role(meeting, *other_roles) or [
            p for p in self.mission.participants if p.role == Role.ORGANISER
        ]
        venue = self.venues.get(meeting.venue or "")
        person = others[0] if others else None
        if person is None:
            return venue.contact if venue else ""
        label = say.embed(person.display_name(say.language))
        if personal and person.phone:
            return f"{label}{say.comma}{say.embed(person.phone)}"
        return label


def in_reader_language(say: Localizer, original: str, translated: LocalizedText) -> str:
    """A free text in the reader's language: a translation if given, else marked as written."""
    own = getattr(translated, say.language, "")
    if own:
        return str(own)
    return say.in_language(original, guess_language(original))


def active_meetings(schedule: Schedule) -> list[ScheduledMeeting]:
    """Every meeting that still takes place, in time order."""
    return sorted(
        (m for m in schedule.meetings if m.status != MeetingStatus.CANCELLED),
        key=lambda m: m.start,
    )
