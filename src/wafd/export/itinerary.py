"""A participant's itinerary as words ready to print: days, stops, free time, travel.

The PDF and HTML renderers draw the same ``Itinerary``; all the judgement
(which days, what counts as free time, whom to call) is made here once.
"""

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from wafd.export.facts import MissionFacts
from wafd.export.localize import Localizer
from wafd.i18n import N_
from wafd.model import Leg, Participant, Role, Schedule, ScheduledMeeting
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


@dataclass(frozen=True)
class FreeTime:
    time: str
    label: str


@dataclass(frozen=True)
class ItineraryDay:
    heading: str
    place: str
    entries: list[Stop | FreeTime] = field(default_factory=list)


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


def build_itinerary(
    facts: MissionFacts,
    schedule: Schedule,
    participant: Participant,
    say: Localizer,
    *,
    personal_data: bool = True,
) -> Itinerary:
    meetings = [facts.localized(m) for m in schedule.for_participant(participant.id)]
    by_day: dict[date, list[ScheduledMeeting]] = {}
    for meeting in meetings:
        by_day.setdefault(facts.local_day(meeting), []).append(meeting)
    days = sorted(by_day) if participant.role == Role.HOST else _mission_days(facts, by_day)
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
            _day(facts, say, day, by_day.get(day, []), participant, personal_data) for day in days
        ],
    )


def _mission_days(facts: MissionFacts, by_day: dict[date, list[ScheduledMeeting]]) -> list[date]:
    every = {day for leg in facts.mission.legs for day in leg.days()}
    return sorted(every | set(by_day))


def _day(
    facts: MissionFacts,
    say: Localizer,
    day: date,
    meetings: list[ScheduledMeeting],
    reader: Participant,
    personal: bool,
) -> ItineraryDay:
    leg = facts.mission.leg_on(day) or (facts.leg_of(meetings[0]) if meetings else None)
    place = say.place(leg, day) if leg else ""
    stops: list[tuple[datetime, Stop | FreeTime]] = []
    for index, meeting in enumerate(meetings):
        following = meetings[index + 1] if index + 1 < len(meetings) else None
        stops.append((meeting.start, _stop(facts, say, meeting, following, reader, personal)))
    if leg is not None:
        stops.extend((start, slot) for start, slot in _free_time(say, leg, day, meetings))
    if not meetings:
        stops.append((datetime.min, FreeTime(time="", label=say(N_("No meetings: free day")))))
    stops.sort(key=lambda pair: pair[0].replace(tzinfo=None))
    return ItineraryDay(heading=say.day(day), place=place, entries=[entry for _, entry in stops])


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
        reasons=facts.reasons(meeting),
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
    say: Localizer, leg: Leg, day: date, meetings: list[ScheduledMeeting]
) -> list[tuple[datetime, FreeTime]]:
    """Gaps of at least half an hour in the working day, with lunch named as such."""
    zone = leg.zone

    def at(moment: time) -> datetime:
        return datetime.combine(day, moment, tzinfo=zone)

    busy = [(m.start, m.end) for m in meetings]
    lunch: tuple[datetime, datetime] | None = None
    if leg.lunch_start and leg.lunch_end:
        lunch = (at(leg.lunch_start), at(leg.lunch_end))
        if not any(start < lunch[1] and lunch[0] < end for start, end in busy):
            busy.append(lunch)
    slots: list[tuple[datetime, FreeTime]] = []
    cursor = at(leg.day_start)
    for start, end in [*sorted(busy), (at(leg.day_end), at(leg.day_end))]:
        if start - cursor >= timedelta(minutes=MIN_FREE_MINUTES) and meetings:
            label = say(N_("Free time"))
            slots.append((cursor, FreeTime(time=say.time_range(cursor, start), label=label)))
        if lunch is not None and (start, end) == lunch and meetings:
            slots.append((start, FreeTime(time=say.time_range(*lunch), label=say(N_("Lunch")))))
        cursor = max(cursor, end)
    return slots
