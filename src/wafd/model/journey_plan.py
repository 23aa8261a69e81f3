"""When and where the journey happens: segments as instants, travellers as participant ids.

Pure look-ups over a ``Mission`` shared by the validator, the scheduler and the documents,
so that all three agree on when a coach leaves and who is on it.
"""

from datetime import date, datetime
from zoneinfo import ZoneInfo

from wafd.model.enums import Role
from wafd.model.journey import HotelStay, Segment
from wafd.model.mission import Mission

GROUPS: dict[str, tuple[Role, ...]] = {
    "all_delegates": (Role.DELEGATE,),
    "all_hosts": (Role.HOST,),
    "delegation": (Role.DELEGATE, Role.ORGANISER),
}
"""Keywords a ``travellers`` cell may hold instead of ids."""


def expand_travellers(mission: Mission, ids: tuple[str, ...]) -> tuple[str, ...]:
    """Participant ids behind participant ids, organisation ids and group keywords."""
    found: dict[str, None] = {}
    for identifier in ids:
        roles = GROUPS.get(identifier)
        for person in mission.participants:
            if (
                person.id == identifier
                or person.organisation == identifier
                or (roles is not None and person.role in roles)
            ):
                found[person.id] = None
    return tuple(found)


def _zone(mission: Mission, zone: str, venue: str | None, day: date) -> ZoneInfo | None:
    if zone:
        return ZoneInfo(zone)
    place = mission.venue_index().get(venue or "")
    leg = mission.leg_index().get(place.leg) if place is not None else None
    leg = leg or mission.leg_on(day)
    return leg.zone if leg is not None else None


def departure(mission: Mission, segment: Segment) -> datetime | None:
    """The departure instant, or ``None`` when no zone can be told (the validator says so)."""
    zone = _zone(mission, segment.depart_zone, segment.origin, segment.depart_day)
    if zone is None:
        return None
    return datetime.combine(segment.depart_day, segment.depart_time, tzinfo=zone)


def arrival(mission: Mission, segment: Segment) -> datetime | None:
    zone = _zone(mission, segment.arrive_zone, segment.destination, segment.arrive_day)
    if zone is None:
        return None
    return datetime.combine(segment.arrive_day, segment.arrive_time, tzinfo=zone)


def segment_span(mission: Mission, segment: Segment) -> tuple[datetime, datetime] | None:
    start, end = departure(mission, segment), arrival(mission, segment)
    return None if start is None or end is None else (start, end)


def stays_of(mission: Mission, participant_id: str) -> list[HotelStay]:
    return [
        stay
        for stay in mission.stays
        if participant_id in expand_travellers(mission, stay.travellers)
    ]


def segments_of(mission: Mission, participant_id: str) -> list[Segment]:
    """The participant's segments in departure order."""
    theirs = [
        s for s in mission.segments if participant_id in expand_travellers(mission, s.travellers)
    ]
    return sorted(theirs, key=lambda s: (s.depart_day, s.depart_time, s.id))
