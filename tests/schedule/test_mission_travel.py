"""Travel between venues: organisers' figures first, else the documented speed model."""

import math
import subprocess
import sys

import pytest
from tour_factories import VENUES, tour

from wafd.model import TravelTime, Venue
from wafd.schedule.compile import compile_mission
from wafd.schedule.travel import (
    TravelSource,
    estimate_minutes,
    haversine_km,
    travel_minutes,
    travel_source,
)


def test_haversine_measures_houston_to_austin() -> None:
    km = haversine_km(29.7604, -95.3698, 30.2672, -97.7431)

    assert km == pytest.approx(235, abs=3)


def test_estimate_applies_detour_speed_and_buffer() -> None:
    hotel = Venue(id="a", name="A", leg="x", latitude=29.7604, longitude=-95.3698)
    ion = Venue(id="b", name="B", leg="x", latitude=29.7407, longitude=-95.3885)
    km = haversine_km(29.7604, -95.3698, 29.7407, -95.3885)

    minutes = estimate_minutes(hotel, ion)

    assert minutes == math.ceil(km * 1.4 / 35 * 60 + 10)
    assert minutes == 17  # 2.8 km: 6.8 min of driving plus the 10-minute buffer


def test_estimate_without_coordinates_uses_a_fixed_half_hour() -> None:
    a = Venue(id="a", name="A", leg="x")
    b = Venue(id="b", name="B", leg="x", latitude=1.0, longitude=1.0)

    assert estimate_minutes(a, b) == 30


def test_organiser_travel_times_win_in_both_directions() -> None:
    mission = tour()
    ion, port = VENUES[0], VENUES[1]

    assert travel_minutes(mission, ion, port) == 40
    assert travel_minutes(mission, port, ion) == 40
    edited = mission.model_copy(
        update={"travel_times": (TravelTime(origin="v-port", destination="v-ion", minutes=5),)}
    )
    assert travel_minutes(edited, ion, port) == 5


def test_travel_source_says_whether_the_minutes_were_given_estimated_or_assumed() -> None:
    mission = tour()
    ion, port, hotel = VENUES[0], VENUES[1], VENUES[5]
    unlocated = hotel.model_copy(update={"latitude": None, "longitude": None})

    assert travel_source(mission, port, ion) == TravelSource.GIVEN
    assert travel_source(mission, ion, hotel) == TravelSource.ESTIMATED
    assert travel_source(mission, ion, unlocated) == TravelSource.ASSUMED
    assert travel_minutes(mission, ion, unlocated) == 30


def test_travel_matrix_is_in_slots_and_free_between_cities() -> None:
    compiled = compile_mission(tour())
    venues = compiled.venue_number()
    travel = compiled.problem.travel

    assert travel[venues["v-ion"]][venues["v-port"]] == 3  # 40 min in 15-minute slots
    assert travel[venues["v-ion"]][venues["v-city"]] == 0  # different legs never share a day
    assert travel[venues["v-ion"]][venues["v-ion"]] == 0


def test_travel_times_load_without_the_solver() -> None:
    """Documents quote the scheduler's travel times without loading OR-Tools."""
    code = "import sys, wafd.schedule.travel; print('ortools' in sys.modules)"
    finished = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)

    assert (finished.returncode, finished.stdout.strip()) == (0, "False"), finished.stderr
