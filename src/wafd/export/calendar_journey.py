"""A participant's segments and hotel nights as calendar events.

Segments are timed events in their own zones (a flight leaves in Casablanca time and lands in
New York time); a hotel stay is one all-day event from check-in to check-out. UIDs depend on
the segment id or the hotel and check-in day, so a re-export updates rather than duplicates.
"""

from datetime import datetime

from icalendar import Event

from wafd.export.facts import MissionFacts
from wafd.export.journey_entries import MODE_LABELS, place_name, travel_entry
from wafd.export.localize import Localizer, strip_marks
from wafd.i18n import N_
from wafd.model import Participant
from wafd.model.journey_plan import segments_of, stays_of

HOTEL = N_("Hotel: {hotel}")
CONFIRMATION = N_("Confirmation")


def journey_events(
    facts: MissionFacts, say: Localizer, reader: Participant, stamp: datetime
) -> list[Event]:
    mission = facts.mission
    events: list[Event] = []
    for segment in segments_of(mission, reader.id):
        entry = travel_entry(facts, say, segment)
        if entry is None:
            continue
        event = Event()
        event.add("uid", f"{segment.id}.{mission.id}@wafd")
        event.add("dtstamp", stamp)
        event.add("dtstart", entry.start)
        event.add("dtend", entry.end)
        event.add("sequence", 0)
        event.add("status", "CONFIRMED")
        event.add("transp", "OPAQUE")
        summary = say(MODE_LABELS[segment.mode.value])
        service = " ".join(part for part in (segment.carrier, segment.number) if part)
        route = strip_marks(
            say.route(
                place_name(facts, segment.origin, segment.origin_address),
                place_name(facts, segment.destination, segment.destination_address),
            )
        )
        event.add("summary", " · ".join(part for part in (summary, service, route) if part))
        event.add("location", place_name(facts, segment.origin, segment.origin_address))
        event.add("description", strip_marks("\n".join(entry.details)))
        events.append(event)
    for stay in stays_of(mission, reader.id):
        venue = facts.venues.get(stay.hotel)
        event = Event()
        event.add("uid", f"stay-{stay.hotel}-{stay.check_in.isoformat()}.{mission.id}@wafd")
        event.add("dtstamp", stamp)
        event.add("dtstart", stay.check_in)
        event.add("dtend", stay.check_out)
        event.add("sequence", 0)
        event.add("transp", "TRANSPARENT")
        name = venue.name if venue is not None else stay.hotel
        event.add("summary", strip_marks(say(HOTEL, hotel=name)))
        if venue is not None:
            event.add("location", ", ".join(filter(None, (venue.name, venue.address))))
        if stay.confirmation:
            event.add("description", f"{say.label(say(CONFIRMATION))} {stay.confirmation}")
        events.append(event)
    return events
