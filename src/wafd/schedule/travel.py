"""Travel time between venues, in whole slots.

Organisers' own figures (``mission.travel_times``, door to door) win. Otherwise the time is
estimated from coordinates with a deliberately simple, documented model:

    minutes = haversine distance x 1.4 (detour: streets are not straight lines)
              / 35 km/h (average urban driving speed, traffic included)
              + 10 minutes (parking, security desk, finding the meeting room)

rounded up to whole slots. Venues without coordinates fall back to ``UNKNOWN_MINUTES``.
A venue to itself needs nothing. Venues of different legs are in different cities, which never
share a day, so the inter-city journey happens between days and costs no slots here.
``travel_source`` tells documents which of the three a figure is, so that they can say so.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from enum import StrEnum

from wafd.model import Mission, Venue

EARTH_RADIUS_KM = 6371.0
DETOUR_FACTOR = 1.4
URBAN_SPEED_KMH = 35.0
BUFFER_MINUTES = 10
UNKNOWN_MINUTES = 30


class TravelSource(StrEnum):
    """Where a travel time comes from, from the most to the least trustworthy."""

    GIVEN = "given"  # the mission's travel-time rows
    ESTIMATED = "estimated"  # both venues' coordinates, by the speed model
    ASSUMED = "assumed"  # neither: UNKNOWN_MINUTES


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance between two points on Earth, in kilometres."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    d_phi = phi2 - phi1
    d_lambda = math.radians(lon2 - lon1)
    a = math.sin(d_phi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(d_lambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))


def estimate_minutes(origin: Venue, destination: Venue) -> int:
    """Door-to-door minutes by the speed model above (``UNKNOWN_MINUTES`` without coordinates)."""
    if origin.id == destination.id:
        return 0
    a_lat, a_lon = origin.latitude, origin.longitude
    b_lat, b_lon = destination.latitude, destination.longitude
    if a_lat is None or a_lon is None or b_lat is None or b_lon is None:
        return UNKNOWN_MINUTES
    km = haversine_km(a_lat, a_lon, b_lat, b_lon)
    return math.ceil(km * DETOUR_FACTOR / URBAN_SPEED_KMH * 60 + BUFFER_MINUTES)


def given_minutes(mission: Mission, origin: Venue, destination: Venue) -> int | None:
    """The organiser's figure for this pair, in either direction; None when there is none."""
    for row in mission.travel_times:
        if (row.origin, row.destination) == (origin.id, destination.id):
            return row.minutes
    for row in mission.travel_times:
        if (row.origin, row.destination) == (destination.id, origin.id):
            return row.minutes
    return None


def travel_minutes(mission: Mission, origin: Venue, destination: Venue) -> int:
    """The organiser's figure for this pair (either direction) if given, else the estimate."""
    if origin.id == destination.id or origin.leg != destination.leg:
        return 0
    given = given_minutes(mission, origin, destination)
    return estimate_minutes(origin, destination) if given is None else given


def travel_source(mission: Mission, origin: Venue, destination: Venue) -> TravelSource:
    """Where ``travel_minutes`` takes its figure for this pair from."""
    if given_minutes(mission, origin, destination) is not None:
        return TravelSource.GIVEN
    located = (origin.latitude, origin.longitude, destination.latitude, destination.longitude)
    if None not in located:
        return TravelSource.ESTIMATED
    return TravelSource.ASSUMED


def minutes_to_slots(minutes: int, slot_minutes: int) -> int:
    return math.ceil(minutes / slot_minutes)


def travel_matrix(mission: Mission, venues: Sequence[Venue | None]) -> tuple[tuple[int, ...], ...]:
    """Slots needed between every pair of problem venues; ``None`` (unspecified place) costs 0."""
    rows: list[tuple[int, ...]] = []
    for origin in venues:
        row: list[int] = []
        for destination in venues:
            if origin is None or destination is None:
                row.append(0)
            else:
                minutes = travel_minutes(mission, origin, destination)
                row.append(minutes_to_slots(minutes, mission.slot_minutes))
        rows.append(tuple(row))
    return tuple(rows)
