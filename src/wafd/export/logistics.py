"""Transfers for transport and hotel vendors: who is picked up, when, from where, to where.

Vendors need names, times and addresses and nothing more; ``personal_data``
adds the travellers' phone numbers only when the organiser allows it.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from wafd.export.facts import MissionFacts, active_meetings
from wafd.export.localize import Localizer
from wafd.i18n import N_
from wafd.model import Participant, Role, Schedule, ScheduledMeeting
from wafd.schedule.travel import UNKNOWN_MINUTES, TravelSource


@dataclass(frozen=True)
class Transfer:
    day: str
    pick_up: str
    origin: str
    destination: str
    passengers: list[str]
    estimated: bool


@dataclass(frozen=True)
class LogisticsExtract:
    title: str
    mission: str
    headers: list[str]
    transfers: list[Transfer]
    note: str


def build_logistics(
    facts: MissionFacts, schedule: Schedule, say: Localizer, *, personal_data: bool
) -> LogisticsExtract:
    transfers: list[Transfer] = []
    previous_venue: dict[str, str | None] = {}
    last_day: dict[str, date] = {}
    for meeting in (facts.localized(m) for m in active_meetings(schedule)):
        travellers = facts.with_role(meeting, Role.DELEGATE, Role.ORGANISER)
        if not travellers or meeting.venue is None:
            continue
        day = facts.local_day(meeting)
        leg = facts.leg_of(meeting)
        lodging = leg.lodging if leg else None
        groups: dict[str | None, list[Participant]] = {}
        for p in travellers:
            origin = previous_venue.get(p.id) if last_day.get(p.id) == day else lodging
            groups.setdefault(origin, []).append(p)
            previous_venue[p.id], last_day[p.id] = meeting.venue, day
        earliest_first = sorted(groups.items(), key=lambda item: -_lead(facts, item[0], meeting))
        transfers.extend(
            _transfer(facts, say, meeting, origin, group, personal_data)
            for origin, group in earliest_first
            if origin != meeting.venue
        )
    return LogisticsExtract(
        title=say(N_("Logistics: transfers and pick-ups")),
        mission=say.text(facts.mission.name),
        headers=[
            say(N_("Day")),
            say(N_("Pick-up")),
            say(N_("From")),
            say(N_("To")),
            say(N_("Passengers")),
        ],
        transfers=transfers,
        note=say(
            N_("Contains phone numbers: share only with the contracted vendor.")
            if personal_data
            else N_("No personal data: names, times and addresses only.")
        ),
    )


def _lead(facts: MissionFacts, origin: str | None, meeting: ScheduledMeeting) -> int:
    """Minutes between pick-up and the meeting's start: the travel time the scheduler reserved."""
    travel = facts.travel(origin, meeting.venue)
    return UNKNOWN_MINUTES if travel is None else travel[0]


def _transfer(
    facts: MissionFacts,
    say: Localizer,
    meeting: ScheduledMeeting,
    origin: str | None,
    travellers: list[Participant],
    personal_data: bool,
) -> Transfer:
    travel = facts.travel(origin, meeting.venue)
    estimated = travel is None or travel[1] != TravelSource.GIVEN
    pick_up = meeting.start - timedelta(minutes=_lead(facts, origin, meeting))
    return Transfer(
        day=say.short_day(facts.local_day(meeting)),
        pick_up=say.time(pick_up),
        origin=_address(facts, origin) or say(N_("Delegation hotel (not given in the mission)")),
        destination=_address(facts, meeting.venue) or "—",
        passengers=[
            f"{p.name}, {p.phone}" if personal_data and p.phone else p.name for p in travellers
        ],
        estimated=estimated,
    )


def _address(facts: MissionFacts, venue_id: str | None) -> str:
    venue = facts.venues.get(venue_id or "")
    if venue is None:
        return ""
    return f"{venue.name}, {venue.address}" if venue.address else venue.name
