"""The journey in a traveller's day: segments, hotel nights and the organiser's notes.

The itinerary, the briefing book and the calendar show a participant's segments (a flight, the
coach to the next city) and hotel nights from here, so that a day spent travelling never reads
as free time and a day without meetings still says what happens.
"""

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from wafd.export.facts import MissionFacts
from wafd.export.localize import Localizer, guess_language
from wafd.i18n import N_
from wafd.model import AvailabilityStatus, HotelStay, Participant, Segment
from wafd.model.journey_plan import segment_span, segments_of, stays_of

MODE_LABELS = {
    "flight": N_("Flight"),
    "train": N_("Train"),
    "coach": N_("Coach"),
    "car": N_("Car transfer"),
    "walk": N_("Walk"),
}
LOCAL_TIMES = N_("Local times: departure {depart}, {depart_zone}; arrival {arrive}, {arrive_zone}")


@dataclass(frozen=True)
class Travel:
    """A segment as one line of a day: when, how, from where to where, with its references."""

    segment_id: str
    time: str
    title: str
    route: str
    details: list[str]
    origin: str | None = field(compare=False)
    destination: str | None = field(compare=False)
    start: datetime = field(compare=False)
    end: datetime = field(compare=False)
    busy_from: datetime = field(compare=False)


@dataclass(frozen=True)
class Remark:
    """A line that is not a meeting: a hotel night or an organiser's note (``kind``)."""

    time: str
    label: str
    kind: str
    details: list[str] = field(default_factory=list)


def place_name(facts: MissionFacts, venue_id: str | None, address: str) -> str:
    venue = facts.venues.get(venue_id or "")
    return venue.name if venue is not None else address


def travel_entry(facts: MissionFacts, say: Localizer, segment: Segment) -> Travel | None:
    span = segment_span(facts.mission, segment)
    if span is None:
        return None
    start, end = span
    origin = place_name(facts, segment.origin, segment.origin_address)
    destination = place_name(facts, segment.destination, segment.destination_address)
    service = " ".join(part for part in (segment.carrier, segment.number) if part)
    title = say(MODE_LABELS[segment.mode.value])
    details: list[str] = []
    if str(start.tzinfo) != str(end.tzinfo):
        details.append(
            say(
                LOCAL_TIMES,
                depart=say.clock(start),
                depart_zone=say.zone(str(start.tzinfo), start.date()),
                arrive=_arrival_time(say, start, end),
                arrive_zone=say.zone(str(end.tzinfo), end.date()),
            )
        )
    if segment.booking:
        details.append(f"{say.label(say(N_('Booking reference')))} {say.embed(segment.booking)}")
    if segment.buffer:
        details.append(say(N_("Be at the departure point {duration} before."),
                           duration=say.minutes(segment.buffer)))  # fmt: skip
    if segment.notes:
        details.append(say.in_language(segment.notes, guess_language(segment.notes)))
    return Travel(
        segment_id=segment.id,
        time=say.time_range(start, end)
        if str(start.tzinfo) == str(end.tzinfo) and start.date() == end.date()
        else f"{say.clock(start)} {say.arrow} {_arrival_time(say, start, end)}",
        title=f"{title} · {say.embed(service)}" if service else title,
        route=say.route(origin, destination),
        details=details,
        origin=segment.origin,
        destination=segment.destination,
        start=start,
        end=end,
        busy_from=start - timedelta(minutes=segment.buffer),
    )  # fmt: skip


def _arrival_time(say: Localizer, start: datetime, end: datetime) -> str:
    """The arrival's local time, with its day when it is not the departure's."""
    if end.date() == start.date():
        return say.clock(end)
    return f"{say.clock(end)} ({say.short_day(end.date())})"


def travels_by_day(
    facts: MissionFacts, say: Localizer, participant: Participant
) -> dict[date, list[Travel]]:
    """The participant's segments, each on its local departure day."""
    days: dict[date, list[Travel]] = {}
    for segment in segments_of(facts.mission, participant.id):
        entry = travel_entry(facts, say, segment)
        if entry is not None:
            days.setdefault(entry.start.date(), []).append(entry)
    return days


def night_on(
    facts: MissionFacts, say: Localizer, stays: list[HotelStay], day: date
) -> Remark | None:
    """Where the participant sleeps the night starting on ``day``."""
    stay = next((s for s in stays if s.check_in <= day < s.check_out), None)
    if stay is None:
        return None
    venue = facts.venues.get(stay.hotel)
    name = venue.name if venue is not None else stay.hotel
    details = [say.embed(venue.address)] if venue is not None and venue.address else []
    if stay.confirmation:
        details.append(f"{say.label(say(N_('Confirmation')))} {say.embed(stay.confirmation)}")
    if stay.notes and day == stay.check_in:
        details.append(say.in_language(stay.notes, guess_language(stay.notes)))
    label = say(N_("Night at {hotel}"), hotel=say.embed(name))
    return Remark(time="", label=label, kind="night", details=details)


def stays_for(facts: MissionFacts, participant: Participant) -> list[HotelStay]:
    return stays_of(facts.mission, participant.id)


def notes_on(
    say: Localizer, participant: Participant, day: date, zone_of_day: object, travels: list[Travel]
) -> list[tuple[datetime, Remark]]:
    """The organiser's notes on the participant's blocked time, unless a segment already says it."""
    found: list[tuple[datetime, Remark]] = []
    for row in participant.availability:
        if row.day != day or row.status != AvailabilityStatus.UNAVAILABLE or not row.note:
            continue
        start = datetime.combine(day, row.start, tzinfo=zone_of_day)  # type: ignore[arg-type]
        end = datetime.combine(day, row.end, tzinfo=zone_of_day)  # type: ignore[arg-type]
        if any(t.busy_from < end and start < t.end for t in travels):
            continue
        remark = Remark(time=say.time_range(start, end), label=say.embed(row.note), kind="note")
        found.append((start, remark))
    return found


def end_of_day(day: date, zone: object) -> datetime:
    return datetime.combine(day, time(23, 59), tzinfo=zone)  # type: ignore[arg-type]
