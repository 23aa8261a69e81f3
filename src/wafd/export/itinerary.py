"""A participant's itinerary as words ready to print: days, stops, journey, free time.

The PDF and HTML renderers draw the same ``Itinerary``; all the judgement
(which days, what counts as free time, whom to call) is made here once. Time on a
segment (and in the buffer before a departure), the trip to the next stop and the
organiser's blocked time are never free time.
"""

from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta

from wafd.export.facts import MissionFacts
from wafd.export.journey_entries import (
    Remark,
    Travel,
    end_of_day,
    night_on,
    notes_on,
    stays_for,
    travels_by_day,
)
from wafd.export.localize import Localizer
from wafd.export.versions import changes_for, version_label
from wafd.i18n import N_
from wafd.model import (
    AvailabilityStatus,
    HotelStay,
    Leg,
    Participant,
    Role,
    Schedule,
    ScheduledMeeting,
)
from wafd.schedule.travel import TravelSource

MIN_FREE_MINUTES = 30

KIND_LABELS = {
    "one_to_one": N_("One-to-one meeting"),
    "group_visit": N_("Visit"),
    "briefing": N_("Briefing"),
    "reception": N_("Reception"),
}


@dataclass(frozen=True)
class Stop:
    meeting_id: str
    time: str
    title: str
    kind: str
    venue: str
    address: str
    attendees: list[str]
    themes: list[str]
    reasons: list[str]
    contact: str
    travel_next: str
    change: str = ""


@dataclass(frozen=True)
class FreeTime:
    time: str
    label: str
    start: datetime | None = field(default=None, compare=False)
    end: datetime | None = field(default=None, compare=False)


Entry = Stop | FreeTime | Travel | Remark


@dataclass(frozen=True)
class ItineraryDay:
    heading: str
    place: str
    entries: list[Entry] = field(default_factory=list)


@dataclass(frozen=True)
class Itinerary:
    participant_id: str
    language: str
    direction: str
    title: str
    name: str
    subtitle: str
    mission: str
    days: list[ItineraryDay]
    version: str = ""
    changes: str = ""
    cancelled: list[str] = field(default_factory=list)


def build_itinerary(
    facts: MissionFacts,
    schedule: Schedule,
    participant: Participant,
    say: Localizer,
    *,
    personal_data: bool = True,
    previous: Schedule | None = None,
) -> Itinerary:
    """``previous`` (the version before ``schedule``) lets the itinerary mark what changed."""
    meetings = [facts.localized(m) for m in schedule.for_participant(participant.id)]
    changes = changes_for(facts, say, previous, schedule, participant.id)
    by_day: dict[date, list[ScheduledMeeting]] = {}
    for meeting in meetings:
        by_day.setdefault(facts.local_day(meeting), []).append(meeting)
    travels = travels_by_day(facts, say, participant)
    stays = stays_for(facts, participant)
    own_days = set(by_day) | set(travels)
    days = sorted(own_days) if participant.role == Role.HOST else _mission_days(facts, own_days)
    subtitle = " · ".join(
        part for part in (participant.title, facts.organisation_name(participant, say)) if part
    )
    return Itinerary(
        participant_id=participant.id,
        language=say.language,
        direction=say.direction,
        title=say(N_("Personal itinerary")),
        name=participant.display_name(say.language),
        subtitle=subtitle,
        mission=say.text(facts.mission.name),
        days=[
            _day(
                facts,
                say,
                day,
                (by_day.get(day, []), travels.get(day, []), stays),
                participant,
                personal_data,
                changes.marks,
            )
            for day in days
        ],
        version=version_label(schedule, say),
        changes=changes.heading(say),
        cancelled=changes.cancelled,
    )


def _mission_days(facts: MissionFacts, own_days: set[date]) -> list[date]:
    every = {day for leg in facts.mission.legs for day in leg.days()}
    return sorted(every | own_days)


def _day(
    facts: MissionFacts,
    say: Localizer,
    day: date,
    plans: tuple[list[ScheduledMeeting], list[Travel], list[HotelStay]],
    reader: Participant,
    personal: bool,
    marks: dict[str, str],
) -> ItineraryDay:
    meetings, travels, stays = plans
    leg = facts.mission.leg_on(day) or (facts.leg_of(meetings[0]) if meetings else None)
    place = say.place(leg, day) if leg else ""
    zone = leg.zone if leg else (travels[0].start.tzinfo if travels else None)
    stops: list[tuple[datetime, Entry]] = []
    busy: list[tuple[datetime, datetime]] = []
    for index, meeting in enumerate(meetings):
        following = meetings[index + 1] if index + 1 < len(meetings) else None
        stop = _stop(facts, say, meeting, following, reader, personal)
        if meeting.id in marks:
            stop = replace(stop, change=marks[meeting.id])
        stops.append((meeting.start, stop))
        trip = facts.travel(meeting.venue, following.venue) if following else None
        busy.append((meeting.start, meeting.end + timedelta(minutes=trip[0] if trip else 0)))
    stops.extend((t.start, t) for t in travels)
    busy.extend((t.busy_from, t.end) for t in travels)
    busy.extend(_getting_there(facts, day, meetings, travels, stays))
    notes = notes_on(say, reader, day, zone, travels) if zone is not None else []
    stops.extend(notes)
    busy.extend((start, start) for start, _ in notes)
    busy.extend(_blocked(reader, day, zone))
    if leg is not None and (meetings or travels):
        stops.extend(_free_time(say, leg, day, busy))
    if not meetings and not travels and not notes:
        stops.append((datetime.min, FreeTime(time="", label=say(N_("No meetings: free day")))))
    night = night_on(facts, say, stays, day)
    if night is not None and zone is not None:
        stops.append((end_of_day(day, zone), night))
    stops.sort(key=lambda pair: _sort_key(pair[0]))
    return ItineraryDay(heading=say.day(day), place=place, entries=[entry for _, entry in stops])


def _getting_there(
    facts: MissionFacts,
    day: date,
    meetings: list[ScheduledMeeting],
    travels: list[Travel],
    stays: list[HotelStay],
) -> list[tuple[datetime, datetime]]:
    """The trip to a meeting from the hotel or an arrival point, taken just before it.

    Between two meetings the trip is taken when the first ends (as the logistics extract
    plans it), which ``_day`` already counts.
    """
    leg = facts.mission.leg_on(day)
    stay = next((s for s in stays if s.check_in < day <= s.check_out), None)
    where = stay.hotel if stay else (leg.lodging if leg else None)
    moves = sorted(
        [(m.start, m.venue, m.venue, False) for m in meetings]
        + [(t.start, t.origin, t.destination, True) for t in travels],
        key=lambda move: move[0],
    )
    trips = []
    after_meeting = False
    for start, origin, destination, segment in moves:
        trip = facts.travel(where, origin)
        if trip is not None and trip[0] and not after_meeting:
            trips.append((start - timedelta(minutes=trip[0]), start))
        where, after_meeting = destination, not segment
    return trips


def _sort_key(moment: datetime) -> datetime:
    """Aware instants in true order; the naive ``datetime.min`` of a free day first."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _blocked(reader: Participant, day: date, zone: object) -> list[tuple[datetime, datetime]]:
    """The reader's unavailable blocks that day: not theirs to spend, so not free time."""
    if zone is None:
        return []
    return [
        (
            datetime.combine(day, row.start, tzinfo=zone),  # type: ignore[arg-type]
            datetime.combine(day, row.end, tzinfo=zone),  # type: ignore[arg-type]
        )
        for row in reader.availability
        if row.day == day and row.status == AvailabilityStatus.UNAVAILABLE
    ]


def _stop(
    facts: MissionFacts,
    say: Localizer,
    meeting: ScheduledMeeting,
    following: ScheduledMeeting | None,
    reader: Participant,
    personal: bool,
) -> Stop:
    venue = facts.venues.get(meeting.venue or "")
    others = [facts.person(pid, say) for pid in meeting.participants if pid != reader.id]
    return Stop(
        meeting_id=meeting.id,
        time=say.time_range(meeting.start, meeting.end),
        title=meeting.title,
        kind=say(KIND_LABELS.get(meeting.kind.value, N_("Meeting"))),
        venue=venue.name if venue else "",
        address=venue.address if venue else "",
        attendees=others,
        themes=facts.theme_labels(meeting, say),
        reasons=facts.reasons(meeting, say),
        contact=facts.contact(meeting, reader, personal, say),
        travel_next=_travel(facts, say, meeting, following),
    )


def _travel(
    facts: MissionFacts,
    say: Localizer,
    meeting: ScheduledMeeting,
    following: ScheduledMeeting | None,
) -> str:
    """The trip to the next stop as long as the scheduler counted it, and how sure that is."""
    if following is None:
        return ""
    destination = facts.venues.get(following.venue or "")
    where = say.embed(destination.name) if destination else ""
    travel = facts.travel(meeting.venue, following.venue)
    if travel is not None and travel[0] == 0:
        return say(N_("Next stop in the same place"))
    if travel is None or travel[1] == TravelSource.ASSUMED:
        return say(N_("Next stop: {place} (travel time not given)"), place=where)
    minutes, source = travel
    if source == TravelSource.ESTIMATED:
        message = N_("Next stop: {place}, about {duration} away (estimated from the map)")
    else:
        message = N_("Next stop: {place}, {duration} away")
    return say(message, place=where, duration=say.minutes(minutes))


def _free_time(
    say: Localizer, leg: Leg, day: date, taken: list[tuple[datetime, datetime]]
) -> list[tuple[datetime, FreeTime]]:
    """Gaps of at least half an hour in the working day, with lunch named as such.

    ``taken`` holds meetings with the trip to the next stop, segments with their buffer and
    blocked time: none of it is free.
    """
    zone = leg.zone

    def at(moment: time) -> datetime:
        return datetime.combine(day, moment, tzinfo=zone)

    busy = [span for span in taken if span[1] > span[0]]
    lunch: tuple[datetime, datetime] | None = None
    if leg.lunch_start and leg.lunch_end:
        lunch = (at(leg.lunch_start), at(leg.lunch_end))
        if not any(start < lunch[1] and lunch[0] < end for start, end in busy):
            busy.append(lunch)
    slots: list[tuple[datetime, FreeTime]] = []
    cursor = at(leg.day_start)
    closing = at(leg.day_end)
    for start, end in [*sorted(busy), (closing, closing)]:
        start = min(start, closing)
        if start - cursor >= timedelta(minutes=MIN_FREE_MINUTES):
            label = say(N_("Free time"))
            entry = FreeTime(
                time=say.time_range(cursor, start), label=label, start=cursor, end=start
            )
            slots.append((cursor, entry))
        if lunch is not None and (start, end) == lunch:
            entry = FreeTime(
                time=say.time_range(*lunch), label=say(N_("Lunch")), start=start, end=end
            )
            slots.append((start, entry))
        cursor = max(cursor, end)
    return slots
