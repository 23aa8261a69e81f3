"""Specifications of the built-in sample mission: faithful to the articles, coherent, fictional
where it must be."""

import math
import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from wafd.io import validate_mission_file, write_mission
from wafd.model import Language, Mission, Preference, Role
from wafd.sample import build_sample_mission

ARABIC_LETTERS = re.compile(r"[\u0600-\u06FF]")
COLLECTIVE_KEYWORDS = {"all_delegates", "all_hosts"}


@pytest.fixture(scope="module")
def mission() -> Mission:
    return build_sample_mission()


def _host_organisation_ids(mission: Mission) -> set[str]:
    return {p.organisation for p in mission.participants_with_role(Role.HOST)}


def test_sample_mission_survives_a_validation_round_trip(mission: Mission) -> None:
    assert Mission.model_validate_json(mission.model_dump_json()) == mission


def test_sample_mission_has_the_articles_dates_and_organisers(mission: Mission) -> None:
    assert (mission.start_date, mission.end_date) == (date(2024, 2, 11), date(2024, 2, 21))
    organiser_names = [mission.organisation_index()[o].name.en for o in mission.organisers]
    assert organiser_names == [
        "U.S. Commercial Service, U.S. Consulate General Casablanca",
        "U.S. Trade and Development Agency",
    ]


def test_sample_mission_has_fifteen_delegates_from_seven_organisations(mission: Mission) -> None:
    delegates = mission.participants_with_role(Role.DELEGATE)
    acronyms = {
        mission.organisation_index()[d.organisation].acronym or d.organisation for d in delegates
    }
    assert len(delegates) == 15
    assert acronyms == {"MTNRA", "ADD", "DGSSI", "CGEM", "AUSIM", "technopark", "APEBI"}


def test_sample_mission_visits_three_cities_in_two_time_zones(mission: Mission) -> None:
    assert [leg.city for leg in mission.legs] == ["Houston", "Austin", "Silicon Valley (San Jose)"]
    assert {leg.timezone for leg in mission.legs} == {"America/Chicago", "America/Los_Angeles"}
    for earlier, later in zip(mission.legs, mission.legs[1:], strict=False):
        assert earlier.end_date < later.start_date


def test_sample_mission_has_about_twenty_fictional_hosts(mission: Mission) -> None:
    hosts = _host_organisation_ids(mission)
    organisations = mission.organisation_index()
    assert 18 <= len(hosts) <= 22
    for host_id in hosts:
        assert organisations[host_id].fictional, host_id
        assert organisations[host_id].description.en.startswith("Fictional"), host_id


def test_sample_mission_real_organisations_are_not_marked_fictional(mission: Mission) -> None:
    hosts = _host_organisation_ids(mission)
    real = [o for o in mission.organisations if o.id not in hosts]
    assert len(real) == 9
    assert not any(o.fictional for o in real)


def test_sample_mission_delegates_have_arabic_names_needs_and_themes(mission: Mission) -> None:
    for delegate in mission.participants_with_role(Role.DELEGATE):
        assert ARABIC_LETTERS.search(delegate.name_ar), delegate.id
        assert delegate.name_ar == delegate.name_ar.strip()
        assert delegate.needs, delegate.id
        assert delegate.themes, delegate.id


def test_sample_mission_delegates_prefer_all_three_languages(mission: Mission) -> None:
    preferred = Counter(d.preferred_language for d in mission.participants_with_role(Role.DELEGATE))
    assert min(preferred[language] for language in Language) >= 3


def test_sample_mission_references_resolve(mission: Mission) -> None:
    organisations = mission.organisation_index()
    participants = mission.participant_index()
    venues = mission.venue_index()
    legs = mission.leg_index()
    themes = mission.theme_index()
    assert set(mission.organisers) <= organisations.keys()
    for participant in mission.participants:
        assert participant.organisation in organisations, participant.id
        assert participant.venue is None or participant.venue in venues, participant.id
        assert set(participant.themes) <= themes.keys(), participant.id
    for venue in mission.venues:
        assert venue.leg in legs, venue.id
    for request in mission.requests:
        assert request.requester in participants, request
        assert request.target in participants or request.target in organisations, request
    for travel in mission.travel_times:
        assert {travel.origin, travel.destination} <= venues.keys(), travel
    for meeting in mission.meetings:
        known = participants.keys() | organisations.keys() | COLLECTIVE_KEYWORDS
        assert set(meeting.participants) <= known, meeting.id
        assert meeting.venue in venues, meeting.id


def test_sample_mission_ids_are_unique(mission: Mission) -> None:
    for ids in (
        [p.id for p in mission.participants],
        [o.id for o in mission.organisations],
        [v.id for v in mission.venues],
        [m.id for m in mission.meetings],
    ):
        assert len(ids) == len(set(ids))


def test_sample_mission_availability_falls_inside_legs_and_windows(mission: Mission) -> None:
    for participant in mission.participants:
        for slot in participant.availability:
            leg = mission.leg_on(slot.day)
            assert leg is not None, (participant.id, slot.day)
            assert leg.day_start <= slot.start, participant.id
            assert slot.end <= leg.day_end, participant.id


def test_sample_mission_planned_meetings_sit_in_their_venue_leg(mission: Mission) -> None:
    venues = mission.venue_index()
    for meeting in mission.meetings:
        assert meeting.venue is not None
        assert meeting.day is not None
        assert meeting.start is not None
        leg = mission.leg_index()[venues[meeting.venue].leg]
        assert leg.covers(meeting.day), meeting.id
        assert leg.day_start <= meeting.start < leg.day_end, meeting.id
    assert [m.kind.value for m in mission.meetings] == ["briefing", "reception", "briefing"]


def _distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    haversine = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371 * math.asin(math.sqrt(haversine))


def test_sample_mission_venues_lie_near_their_leg_city(mission: Mission) -> None:
    city_centres = {
        "houston": (29.7604, -95.3698),
        "austin": (30.2672, -97.7431),
        "san-jose": (37.3382, -121.8863),
    }
    for venue in mission.venues:
        assert venue.latitude is not None, venue.id
        assert venue.longitude is not None, venue.id
        distance = _distance_km((venue.latitude, venue.longitude), city_centres[venue.leg])
        airport = venue.name.endswith(")")  # San Francisco's airport serves San Jose too
        assert distance < (60 if airport else 50), (venue.id, distance)


def test_sample_mission_requests_cover_every_host_without_contradictions(
    mission: Mission,
) -> None:
    delegate_ids = {d.id for d in mission.participants_with_role(Role.DELEGATE)}
    wanted = {
        r.target
        for r in mission.requests
        if r.requester in delegate_ids and r.preference != Preference.NO
    }
    preferences_by_pair: dict[frozenset[str], set[Preference]] = {}
    for request in mission.requests:
        preferences_by_pair.setdefault(request.pair, set()).add(request.preference)
    assert wanted == _host_organisation_ids(mission)
    assert not any({Preference.MUST, Preference.NO} <= p for p in preferences_by_pair.values())
    assert Counter(r.preference for r in mission.requests)[Preference.NO] >= 1


def test_sample_mission_is_built_afresh_and_equal_each_time() -> None:
    assert build_sample_mission() == build_sample_mission()


def test_sample_mission_workbook_has_no_validation_issue(mission: Mission, tmp_path: Path) -> None:
    workbook = write_mission(mission, tmp_path / "sample.xlsx")
    assert validate_mission_file(workbook).issues == ()


def test_sample_mission_carries_the_delegations_journey(mission: Mission) -> None:
    coach = next(s for s in mission.segments if s.id == "coach-houston-austin")

    assert (
        coach.depart_day.isoformat(),
        f"{coach.depart_time:%H:%M}",
        f"{coach.arrive_time:%H:%M}",
    ) == ("2024-02-14", "09:00", "12:30")
    assert [s.id for s in mission.segments if s.depart_day.day == 17] == [
        "coach-hotel-aus",
        "flight-aus-sjc",
        "coach-sjc-hotel",
    ]
    assert (
        next(
            f"{s.depart_time:%H:%M} {s.destination}"
            for s in mission.segments
            if s.depart_day.day == 21
        )
        == "15:30 sfo"
    )
    assert [stay.hotel for stay in mission.stays] == [
        "hotel-houston",
        "hotel-austin",
        "hotel-san-jose",
    ]
    assert {c.kind for c in mission.contacts} >= {"emergency", "organiser", "consulate"}
