"""The journey in the schedule: nobody meets while travelling, getting there counts, and a
flight keeps its buffer."""

from datetime import date, datetime, time, timedelta

import pytest
from tour_factories import VENUES, replace_participant, tour, window

from wafd.model import (
    MeetingStatus,
    Mission,
    Schedule,
    ScheduledMeeting,
    Segment,
    TransportMode,
    Venue,
)
from wafd.model.journey_plan import expand_travellers, segment_span
from wafd.schedule import check_schedule, schedule_mission
from wafd.schedule.travel import travel_minutes

AUSTIN_HOTEL = Venue(
    id="v-austin-hotel", name="Austin hotel", leg="austin", latitude=30.2862, longitude=-97.7394
)
AIRPORT = Venue(
    id="v-sjc", name="SJC airport", leg="sanjose", latitude=37.3639, longitude=-121.9289
)
COACH = Segment(
    id="coach",
    mode=TransportMode.COACH,
    origin="v-hotel",
    destination="v-austin-hotel",
    depart_day=date(2024, 2, 14),
    depart_time=time(9, 45),
    arrive_day=date(2024, 2, 14),
    arrive_time=time(13, 20),
    travellers=("delegation",),
)
FLIGHT = Segment(
    id="home",
    mode=TransportMode.FLIGHT,
    origin="v-sjc",
    destination_address="JFK",
    depart_day=date(2024, 2, 16),
    depart_time=time(16, 0),
    arrive_day=date(2024, 2, 17),
    arrive_time=time(0, 30),
    arrive_zone="America/New_York",
    travellers=("d-cyber",),
)


def journey_tour() -> Mission:
    mission = tour(venues=(*VENUES, AUSTIN_HOTEL, AIRPORT), segments=(COACH, FLIGHT))
    cyber = mission.participant_index()["d-cyber"]
    only_friday = (window(date(2024, 2, 16), time(9), time(18)),)
    return replace_participant(mission, cyber.model_copy(update={"availability": only_friday}))


@pytest.fixture(scope="module")
def planned() -> tuple[Mission, Schedule]:
    mission = journey_tour()
    return mission, schedule_mission(mission, time_limit=10).schedule


def _journey_clashes(mission: Mission, meetings: list[ScheduledMeeting]) -> list[str]:
    """Every meeting that overlaps a traveller's trip, or leaves no time to reach or leave it."""
    venues = mission.venue_index()
    clashes = []
    for segment in mission.segments:
        span = segment_span(mission, segment)
        assert span is not None
        depart, arrive = span
        busy_from = depart - timedelta(minutes=segment.buffer)
        people = set(expand_travellers(mission, segment.travellers))
        for m in meetings:
            if not people & set(m.participants) or m.status == MeetingStatus.CANCELLED:
                continue
            venue = venues[m.venue or ""]
            to_venue = _minutes(mission, venues.get(segment.destination or ""), venue)
            from_venue = _minutes(mission, venue, venues.get(segment.origin or ""))
            if m.start < arrive + to_venue and m.end + from_venue > busy_from:
                clashes.append(f"{m.id} vs {segment.id}")
    return clashes


def _minutes(mission: Mission, a: Venue | None, b: Venue | None) -> timedelta:
    return timedelta(minutes=travel_minutes(mission, a, b) if a and b else 30)


def test_nobody_meets_while_travelling_nor_before_reaching_the_venue(
    planned: tuple[Mission, Schedule],
) -> None:
    mission, schedule = planned

    assert _journey_clashes(mission, list(schedule.meetings)) == []
    assert check_schedule(mission, schedule) == []


def test_visit_after_the_coach_waits_for_the_trip_from_the_arrival_hotel(
    planned: tuple[Mission, Schedule],
) -> None:
    mission, schedule = planned
    visit = schedule.by_id()["visit-austin"]
    city_hall = mission.venue_index()["v-city"]
    arrival = datetime(2024, 2, 14, 13, 20, tzinfo=visit.start.tzinfo)

    assert visit.start >= arrival + timedelta(
        minutes=travel_minutes(mission, AUSTIN_HOTEL, city_hall)
    )


def test_meetings_before_a_flight_end_before_its_buffer_and_the_trip_to_the_airport(
    planned: tuple[Mission, Schedule],
) -> None:
    mission, schedule = planned
    theirs = schedule.for_participant("d-cyber")

    assert theirs != []
    for meeting in theirs:
        to_airport = travel_minutes(mission, mission.venue_index()[meeting.venue or ""], AIRPORT)
        latest = datetime(2024, 2, 16, 14, 0, tzinfo=meeting.end.tzinfo)
        assert meeting.end + timedelta(minutes=to_airport) <= latest


def test_checker_reports_a_meeting_moved_onto_the_coach(planned: tuple[Mission, Schedule]) -> None:
    mission, schedule = planned
    visit = schedule.by_id()["visit-austin"]
    on_the_coach = visit.start.replace(hour=10, minute=0)
    moved = visit.model_copy(
        update={"start": on_the_coach, "end": on_the_coach + timedelta(hours=1)}
    )
    edited = schedule.model_copy(
        update={"meetings": tuple(moved if m.id == visit.id else m for m in schedule.meetings)}
    )

    assert check_schedule(mission, edited) != []
