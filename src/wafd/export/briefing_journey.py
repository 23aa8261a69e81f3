"""The briefing book's practical pages: whom to call, where we sleep, how we travel.

Contacts come first by urgency (emergency numbers, then organisers on duty, then consulate and
embassy, then hotels); hotels are listed per city with their nights; the transport plan lists
every segment of the delegation in time order, with who takes it when not everyone does.
"""

from dataclasses import dataclass

from wafd.export.facts import MissionFacts
from wafd.export.journey_entries import MODE_LABELS, place_name
from wafd.export.localize import Localizer
from wafd.i18n import N_
from wafd.model import ContactKind
from wafd.model.journey_plan import GROUPS, expand_travellers, segment_span

CONTACT_LABELS = {
    ContactKind.EMERGENCY: N_("Emergency"),
    ContactKind.ORGANISER: N_("Organiser on duty"),
    ContactKind.CONSULATE: N_("Consulate"),
    ContactKind.EMBASSY: N_("Embassy"),
    ContactKind.HOTEL: N_("Hotel"),
    ContactKind.OTHER: N_("Other"),
}
ORDER = list(CONTACT_LABELS)


@dataclass(frozen=True)
class HotelRow:
    city: str
    hotel: str
    address: str
    nights: str
    confirmation: str
    guests: str


def contact_rows(facts: MissionFacts, say: Localizer, personal_data: bool) -> list[list[str]]:
    """Kind, name and role, phone, where and when: emergencies first."""
    rows = []
    for contact in sorted(facts.mission.contacts, key=lambda c: ORDER.index(c.kind)):
        leg = facts.legs.get(contact.leg or "")
        name = contact.name + (f"\n{contact.role}" if contact.role else "")
        reach = [say.embed(contact.phone)]
        if personal_data and contact.email:
            reach.append(say.embed(contact.email))
        where = [say.embed(leg.city) if leg else say(N_("All cities")), contact.hours]
        rows.append(
            [
                say(CONTACT_LABELS[contact.kind]),
                name,
                "\n".join(filter(None, reach)),
                "\n".join(filter(None, where)),
            ]
        )
    return rows


def _who(facts: MissionFacts, say: Localizer, travellers: tuple[str, ...]) -> str:
    if set(travellers) <= set(GROUPS):
        return say(N_("Whole delegation"))
    people = expand_travellers(facts.mission, travellers)
    names = [facts.participants[p].display_name(say.language) for p in people]
    return say.join(names)


def hotel_rows(facts: MissionFacts, say: Localizer) -> list[HotelRow]:
    rows = []
    for stay in sorted(facts.mission.stays, key=lambda s: s.check_in):
        venue = facts.venues.get(stay.hotel)
        leg = facts.legs.get(venue.leg) if venue else None
        nights = say(N_("{count} nights"), count=stay.nights)
        rows.append(
            HotelRow(
                city=leg.city if leg else "",
                hotel=venue.name if venue else stay.hotel,
                address=venue.address if venue else "",
                nights=f"{say.date_range(stay.check_in, stay.check_out)} · {nights}",
                confirmation=stay.confirmation,
                guests=_who(facts, say, stay.travellers),
            )
        )
    return rows


def transport_rows(facts: MissionFacts, say: Localizer) -> list[list[str]]:
    """When, how, from where to where, who, booking: the delegation's segments in order."""
    timed = [(segment_span(facts.mission, s), s) for s in facts.mission.segments]
    rows = []
    for span, segment in sorted(
        ((span, s) for span, s in timed if span is not None), key=lambda pair: pair[0][0]
    ):
        start, end = span
        service = " ".join(part for part in (segment.carrier, segment.number) if part)
        how = "\n".join(filter(None, (say(MODE_LABELS[segment.mode.value]), service)))
        origin = place_name(facts, segment.origin, segment.origin_address)
        destination = place_name(facts, segment.destination, segment.destination_address)
        arrival = say.clock(end)
        if end.date() != start.date():
            arrival += f" ({say.short_day(end.date())})"
        rows.append(
            [
                f"{say.short_day(start.date())}\n{say.clock(start)} {say.arrow} {arrival}",
                how,
                say.route(origin, destination),
                _who(facts, say, segment.travellers),
                say.embed(segment.booking),
            ]
        )
    return rows
