"""The delegation's briefing book and the hosts' briefing, as words ready to print.

A briefing book answers, in order: what is this mission, who travels, what
happens where and when, whom we meet and why, and what each delegate does.
The host briefing answers the host's question: who is coming and why.
"""

from dataclasses import dataclass, field
from datetime import date

from wafd.export.briefing_journey import HotelRow, contact_rows, hotel_rows, transport_rows
from wafd.export.facts import MissionFacts, active_meetings
from wafd.export.host_pages import HostPage, host_organisations, host_page
from wafd.export.itinerary import Itinerary, build_itinerary
from wafd.export.localize import Localizer
from wafd.i18n import N_
from wafd.model import Role, Schedule, ScheduledMeeting

ROLE_LABELS = {
    Role.DELEGATE: N_("Delegate"),
    Role.HOST: N_("Host"),
    Role.ORGANISER: N_("Organiser"),
}


@dataclass(frozen=True)
class ProgrammeDay:
    leg: str  # city and dates of the leg this day belongs to
    heading: str
    place: str
    rows: list[list[str]]  # time, meeting, venue, attendees


@dataclass(frozen=True)
class Briefing:
    language: str
    direction: str
    title: str
    mission: str
    dates: str
    cities: str
    organisers: str
    objectives: str
    summary: list[tuple[str, str]]
    roster: list[list[str]]  # name, title, organisation, role
    programme: list[ProgrammeDay]
    hosts: list[HostPage]
    itineraries: list[Itinerary]
    contacts: list[list[str]] = field(default_factory=list)  # kind, name, reach, where
    hotels: list[HotelRow] = field(default_factory=list)
    transport: list[list[str]] = field(default_factory=list)  # when, how, route, who, booking


def build_briefing(
    facts: MissionFacts,
    schedule: Schedule,
    say: Localizer,
    *,
    personal_data: bool = True,
    previous: Schedule | None = None,
) -> Briefing:
    mission = facts.mission
    meetings = [facts.localized(m) for m in active_meetings(schedule)]
    travellers = [p for p in mission.participants if p.role != Role.HOST]
    hosts = [p for p in mission.participants if p.role == Role.HOST]
    dates = (
        say.date_range(mission.start_date, mission.end_date)
        if mission.start_date and mission.end_date
        else ""
    )
    return Briefing(
        language=say.language,
        direction=say.direction,
        title=say(N_("Briefing book")),
        mission=say.text(mission.name),
        dates=dates,
        cities=say.join([leg.city for leg in mission.legs]),
        organisers=say.join([_organiser(facts, say, name) for name in mission.organisers]),
        objectives=say.text(mission.objectives),
        summary=[
            (say(N_("Delegates")), str(sum(p.role == Role.DELEGATE for p in travellers))),
            (say(N_("Host organisations")), str(len({p.organisation for p in hosts}))),
            (say(N_("Meetings")), str(len(meetings))),
            (say(N_("Cities")), str(len(mission.legs))),
        ],
        roster=[
            [
                p.display_name(say.language),
                p.title,
                facts.organisation_name(p, say),
                say(ROLE_LABELS[p.role]),
            ]
            for p in travellers
        ],
        programme=_programme(facts, say, meetings),
        hosts=[
            host_page(facts, say, organisation, meetings)
            for organisation in host_organisations(facts, hosts)
        ],
        itineraries=[
            build_itinerary(facts, schedule, p, say, personal_data=personal_data, previous=previous)
            for p in travellers
            if p.role == Role.DELEGATE
        ],
        contacts=contact_rows(facts, say, personal_data),
        hotels=hotel_rows(facts, say),
        transport=transport_rows(facts, say),
    )


def _organiser(facts: MissionFacts, say: Localizer, name: str) -> str:
    """Organisers may be given as organisation ids; show those by name."""
    organisation = facts.organisations.get(name)
    return say.text(organisation.name) if organisation else name


def _programme(
    facts: MissionFacts, say: Localizer, meetings: list[ScheduledMeeting]
) -> list[ProgrammeDay]:
    days: dict[date, list[ScheduledMeeting]] = {}
    for meeting in meetings:
        days.setdefault(facts.local_day(meeting), []).append(meeting)
    programme = []
    for day, todays in sorted(days.items()):
        leg = facts.leg_of(todays[0])
        rows = []
        for meeting in todays:
            venue = facts.venues.get(meeting.venue or "")
            rows.append(
                [
                    say.time_range(meeting.start, meeting.end),
                    meeting.title,
                    venue.name if venue else "",
                    say.join(
                        [
                            p.display_name(say.language)
                            for p in facts.with_role(meeting, Role.DELEGATE, Role.HOST)
                        ]
                    ),
                ]
            )
        place = say.place(leg, day) if leg else ""
        dates = say.date_range(leg.start_date, leg.end_date) if leg else ""
        stop = f"{say.embed(leg.city)} · {say.mark}{dates}" if leg else ""
        programme.append(ProgrammeDay(leg=stop, heading=say.day(day), place=place, rows=rows))
    return programme
