"""The slot grid and availability: slots in each leg's own time zone, lunch, windows."""

from datetime import UTC, date, datetime, time

from tour_factories import replace_participant, tour, window

from wafd.model import Participant
from wafd.schedule.compile import compile_mission
from wafd.schedule.grid import build_grid


def test_grid_cuts_each_working_day_into_slots_in_the_legs_time_zone() -> None:
    grid = build_grid(tour())

    houston_first = grid.days[0]
    san_jose_first = next(d for d in grid.days if d.leg.id == "sanjose")

    assert [d.date for d in grid.days] == [date(2024, 2, d) for d in (12, 13, 14, 15, 16)]
    assert houston_first.count == 36  # 09:00-18:00 in 15-minute slots
    assert grid.start_of(houston_first.first).astimezone(UTC) == datetime(
        2024, 2, 12, 15, 0, tzinfo=UTC
    )  # 09:00 CST is UTC-6
    assert grid.start_of(san_jose_first.first).astimezone(UTC) == datetime(
        2024, 2, 15, 17, 0, tzinfo=UTC
    )  # 09:00 PST is UTC-8
    assert grid.n_slots == 5 * 36


def test_grid_finds_the_slot_of_an_instant_in_any_zone() -> None:
    grid = build_grid(tour())
    in_utc = datetime(2024, 2, 15, 17, 30, tzinfo=UTC)

    slot = grid.slot_at(in_utc)

    assert slot is not None
    assert grid.day(slot).leg.id == "sanjose"
    assert grid.start_of(slot).time() == time(9, 30)
    assert grid.slot_at(datetime(2024, 2, 15, 17, 37, tzinfo=UTC)) is None


def test_lunch_blocks_every_participant_on_every_day() -> None:
    compiled = compile_mission(tour())
    grid = compiled.grid
    lunch = grid.slots_within(date(2024, 2, 13), time(12, 30), time(13, 30))

    assert len(lunch) == 4
    assert all(lunch <= blocked for blocked in compiled.problem.unavailable)


def test_available_rows_restrict_and_unavailable_rows_carve_out() -> None:
    day = date(2024, 2, 12)
    mission = tour()
    person = mission.participant_index()["d-ai"]
    edited: Participant = person.model_copy(
        update={
            "availability": (
                window(day, time(9), time(12)),
                window(day, time(10), time(10, 30), available=False),
            )
        }
    )
    compiled = compile_mission(replace_participant(mission, edited))
    blocked = compiled.problem.unavailable[compiled.participant_number()["d-ai"]]
    grid = compiled.grid

    free = set(range(grid.n_slots)) - blocked

    expected = grid.slots_within(day, time(9), time(12)) - grid.slots_overlapping(
        day, time(10), time(10, 30)
    )
    assert free == expected
    assert len(free) == 10


def test_hosts_are_unavailable_on_the_days_of_other_cities() -> None:
    compiled = compile_mission(tour())
    grid = compiled.grid
    blocked = compiled.problem.unavailable[compiled.participant_number()["h-austin"]]

    austin_day = next(d for d in grid.days if d.leg.id == "austin")
    houston_day = grid.days[0]

    assert set(houston_day.slots) <= blocked
    assert not set(austin_day.slots) <= blocked
