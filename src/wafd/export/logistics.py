"""What a ground-transport vendor works from: every movement of the delegation, day by day.

One row per movement, between venues, hotels and airports, in time order within each day: the
transfer from the hotel to the first meeting, from one meeting to the next (picked up when the
previous activity ends, where it ended), back to the hotel, and the journey's own segments
(the coach to the next city, the flight). Travellers making the same movement at the same time
share a row, counted and named. ``personal_data`` adds their phone numbers only when the
organiser allows it.
"""

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from wafd.export.facts import MissionFacts, active_meetings
from wafd.export.journey_entries import MODE_LABELS, place_name
from wafd.export.localize import Localizer
from wafd.export.versions import version_label
from wafd.i18n import N_
from wafd.model import Participant, Role, Schedule
from wafd.model.journey_plan import segment_span, segments_of, stays_of
from wafd.schedule.travel import UNKNOWN_MINUTES, TravelSource


@dataclass(frozen=True)
class Transfer:
    day: str
    pick_up: str
    origin: str
    destination: str
    purpose: str
    passengers: list[str]
    estimated: bool
    group: str = ""
    """Shown instead of the names when (nearly) every traveller is on it: "All travellers",
    or "All travellers except ..." for up to ``FEW`` missing (a delegation of 18 on every
    shuttle made the rows 18 names tall); the travellers are then listed once below."""

    @property
    def count(self) -> int:
        return len(self.passengers)


@dataclass(frozen=True)
class LogisticsExtract:
    title: str
    mission: str
    headers: list[str]
    transfers: list[Transfer]
    note: str
    legend: str
    version: str = ""
    manifest_title: str = ""
    manifest_headers: list[str] = field(default_factory=list)
    manifest: list[list[str]] = field(default_factory=list)
    """Every traveller once (name, and phone when personal data is allowed)."""


@dataclass(frozen=True)
class _Activity:
    """Something a traveller does at a place (or, for a segment, from one place to another)."""

    start: datetime
    end: datetime
    origin: str  # venue id, or an address prefixed with "@"
    destination: str
    purpose: str
    departs: datetime | None = None
    """A segment's departure (``start`` is when its travellers must be at the departure point)."""


@dataclass(frozen=True)
class _Move:
    day: date
    at: datetime
    origin: str
    destination: str
    purpose: str
    estimated: bool


def build_logistics(
    facts: MissionFacts, schedule: Schedule, say: Localizer, *, personal_data: bool
) -> LogisticsExtract:
    moves: dict[_Move, list[Participant]] = {}
    travellers = _travellers(facts, schedule)
    for person in travellers:
        for move in _moves(facts, schedule, say, person):
            moves.setdefault(move, []).append(person)

    phones = personal_data and any(p.phone for p in travellers)

    def entry(p: Participant) -> str:
        return f"{p.name}, {p.phone}" if personal_data and p.phone else p.name

    transfers = [
        Transfer(
            day=say.short_day(move.day),
            pick_up=say.time(move.at),
            origin=_place(facts, move.origin),
            destination=_place(facts, move.destination),
            purpose=move.purpose,
            passengers=[entry(p) for p in people],
            estimated=move.estimated,
            group=_group(travellers, people, say),
        )
        for move, people in sorted(moves.items(), key=lambda item: (item[0].day, item[0].at))
    ]
    return LogisticsExtract(
        title=say(N_("Logistics: transfers and pick-ups")),
        mission=say.text(facts.mission.name),
        headers=[
            say(N_("Day")),
            say(N_("Pick-up")),
            say(N_("From")),
            say(N_("To")),
            say(N_("For")),
            say(N_("Passengers")),
        ],
        transfers=transfers,
        note=say(
            N_("Contains phone numbers: share only with the contracted vendor.")
            if personal_data
            else N_("No personal data: names, times and addresses only.")
        ),
        legend=say(
            N_(
                "Pick-up: where and when the previous activity ends (from the hotel: early "
                "enough to arrive on time). Times are local. * estimated: no travel time "
                "was given. (n): number of passengers. All travellers: everyone on the "
                "list of travellers below, minus any named after except."
            )
        ),
        version=version_label(schedule, say),
        manifest_title=say(N_("Travellers")),
        manifest_headers=[say(N_("Name"))] + ([say(N_("Phone"))] if phones else []),
        manifest=[[p.name] + ([p.phone or ""] if phones else []) for p in travellers],
    )


FEW = 3
"""At most this many travellers missing from a transfer are named as the exception."""


def _group(travellers: list[Participant], people: list[Participant], say: Localizer) -> str:
    """The group label of a transfer (see ``Transfer.group``), or "" to name everyone."""
    missing = [p.name for p in travellers if p not in people]
    if len(travellers) < 2 or len(missing) > FEW or len(missing) >= len(people):
        return ""
    if not missing:
        return say(N_("All travellers"))
    return say(N_("All travellers except {names}"), names=", ".join(missing))


def _travellers(facts: MissionFacts, schedule: Schedule) -> list[Participant]:
    gone = schedule.cancelled_ids("participant")
    return [
        p
        for p in facts.mission.participants
        if p.role in (Role.DELEGATE, Role.ORGANISER) and not p.withdrawn and p.id not in gone
    ]


def _activities(
    facts: MissionFacts, schedule: Schedule, say: Localizer, person: Participant
) -> list[_Activity]:
    found: list[_Activity] = []
    for meeting in active_meetings(schedule):
        if person.id in meeting.participants and meeting.venue is not None:
            local = facts.localized(meeting)
            found.append(
                _Activity(local.start, local.end, meeting.venue, meeting.venue, meeting.title)
            )
    for segment in segments_of(facts.mission, person.id):
        span = segment_span(facts.mission, segment)
        if span is None:
            continue
        service = " ".join(part for part in (segment.carrier, segment.number) if part)
        label = " · ".join(part for part in (say(MODE_LABELS[segment.mode.value]), service) if part)
        found.append(
            _Activity(
                span[0] - timedelta(minutes=segment.buffer),
                span[1],
                segment.origin or f"@{segment.origin_address}",
                segment.destination or f"@{segment.destination_address}",
                label,
                departs=span[0],
            )
        )
    return sorted(found, key=lambda a: a.start)


def _moves(
    facts: MissionFacts, schedule: Schedule, say: Localizer, person: Participant
) -> list[_Move]:
    by_day: dict[date, list[_Activity]] = {}
    for activity in _activities(facts, schedule, say, person):
        by_day.setdefault(activity.start.date(), []).append(activity)
    moves: list[_Move] = []
    hotels = {stay.hotel for stay in facts.mission.stays} | {
        leg.lodging for leg in facts.mission.legs if leg.lodging
    }
    for day, activities in by_day.items():
        where = _hotel(facts, person, day - timedelta(days=1), day)
        at: datetime | None = None
        for activity in activities:
            if where is not None and where != activity.origin:
                minutes, estimated = _minutes(facts, where, activity.origin)
                # From a host's venue the group leaves when the activity there ends; from the
                # hotel, in time for the next start.
                leave = at if at is not None and where not in hotels else None
                leave = leave or activity.start - timedelta(minutes=minutes)
                purpose = f"{activity.purpose} · {say.time(activity.start)}"
                moves.append(_Move(day, leave, where, activity.origin, purpose, estimated))
            if activity.departs is not None:
                moves.append(
                    _Move(day, activity.departs, activity.origin, activity.destination,
                          activity.purpose, False)
                )  # fmt: skip
            where, at = activity.destination, activity.end
        tonight = _hotel(facts, person, day, day)
        if tonight is not None and where is not None and where != tonight and at is not None:
            minutes, estimated = _minutes(facts, where, tonight)
            moves.append(_Move(day, at, where, tonight, say(N_("Back to the hotel")), estimated))
    return moves


def _hotel(facts: MissionFacts, person: Participant, night: date, day: date) -> str | None:
    """The hotel of the night starting on ``night``; without any hotel stays in the mission,
    the lodging of ``day``'s leg."""
    for stay in stays_of(facts.mission, person.id):
        if stay.check_in <= night < stay.check_out:
            return stay.hotel
    if facts.mission.stays:
        return None
    leg = facts.mission.leg_on(day)
    return leg.lodging if leg is not None else None


def _minutes(facts: MissionFacts, origin: str, destination: str) -> tuple[int, bool]:
    travel = facts.travel(origin, destination)
    if travel is None:
        return UNKNOWN_MINUTES, True
    return travel[0], travel[1] != TravelSource.GIVEN


def _place(facts: MissionFacts, place: str) -> str:
    if place.startswith("@"):
        return place[1:]
    venue = facts.venues.get(place)
    if venue is None:
        return place_name(facts, place, place)
    return f"{venue.name}, {venue.address}" if venue.address else venue.name
