"""check_schedule catches hand edits: off-grid times, wrong days, double bookings, strangers."""

from datetime import timedelta

import pytest
from tour_factories import b2b, tour, want

from wafd.model import MeetingKind, Mission, Preference, Schedule, ScheduledMeeting
from wafd.schedule import check_schedule, schedule_mission


@pytest.fixture(scope="module")
def published() -> tuple[Mission, Schedule]:
    mission = tour()
    return mission, schedule_mission(mission, time_limit=10).schedule


def _edit(schedule: Schedule, meeting_id: str, **update: object) -> Schedule:
    meetings = tuple(
        m.model_copy(update=update) if m.id == meeting_id else m for m in schedule.meetings
    )
    return schedule.model_copy(update={"meetings": meetings})


def _shift(meeting: ScheduledMeeting, delta: timedelta) -> dict[str, object]:
    return {"start": meeting.start + delta, "end": meeting.end + delta}


def test_check_accepts_the_solvers_schedule(published: tuple[Mission, Schedule]) -> None:
    mission, schedule = published

    assert check_schedule(mission, schedule) == []


def test_check_catches_a_time_moved_off_the_grid(published: tuple[Mission, Schedule]) -> None:
    mission, schedule = published
    ion = schedule.by_id()["visit-ion"]

    found = check_schedule(
        mission, _edit(schedule, "visit-ion", **_shift(ion, timedelta(minutes=7)))
    )

    assert [(v.constraint, v.meetings) for v in found] == [("off_grid", ("visit-ion",))]


def test_check_catches_a_meeting_moved_to_a_day_outside_every_leg(
    published: tuple[Mission, Schedule],
) -> None:
    mission, schedule = published
    ion = schedule.by_id()["visit-ion"]

    found = check_schedule(mission, _edit(schedule, "visit-ion", **_shift(ion, timedelta(days=30))))

    assert [v.constraint for v in found] == ["outside_legs"]


def test_check_catches_a_visit_moved_to_another_city(published: tuple[Mission, Schedule]) -> None:
    mission, schedule = published
    austin = schedule.by_id()["visit-austin"]
    houston_day = austin.start.replace(day=13, hour=10, minute=0)
    moved = {"start": houston_day, "end": houston_day + timedelta(hours=1), "leg": "houston"}

    found = check_schedule(mission, _edit(schedule, "visit-austin", **moved))

    about_austin = sorted(v.constraint for v in found if v.meetings == ("visit-austin",))
    assert about_austin == ["availability", "wrong_city"]


def test_check_catches_a_double_booked_participant(published: tuple[Mission, Schedule]) -> None:
    mission, schedule = published
    briefing = schedule.by_id()["briefing"]
    ion = schedule.by_id()["visit-ion"]
    clash = {"start": briefing.start, "end": briefing.start + (ion.end - ion.start)}

    found = check_schedule(mission, _edit(schedule, "visit-ion", **clash))

    assert [(v.constraint, v.participants) for v in found] == [("one_at_a_time", ("d-ai",))]
    assert found[0].render("en") == (
        "D-AI cannot be at all of these meetings (they overlap or leave no time to travel):"
        " Embassy briefing, The Ion Innovation Hub"
    )


def test_check_catches_an_unknown_participant(published: tuple[Mission, Schedule]) -> None:
    mission, schedule = published
    ion = schedule.by_id()["visit-ion"]

    found = check_schedule(
        mission, _edit(schedule, "visit-ion", participants=(*ion.participants, "ghost"))
    )

    assert [v.constraint for v in found] == ["unknown_participant"]


def test_check_catches_a_pair_that_said_no(published: tuple[Mission, Schedule]) -> None:
    mission, schedule = published
    vetoing = mission.model_copy(
        update={"requests": (*mission.requests, want("h-ion", "d-ai", Preference.NO))}
    )

    found = check_schedule(vetoing, schedule)

    assert [(v.constraint, v.meetings) for v in found] == [("vetoed", ("visit-ion",))]


def test_check_catches_a_missing_planned_meeting(published: tuple[Mission, Schedule]) -> None:
    mission, schedule = published
    without = schedule.model_copy(
        update={"meetings": tuple(m for m in schedule.meetings if m.id != "briefing")}
    )

    found = check_schedule(mission, without)

    assert [(v.constraint, v.meetings) for v in found] == [("required", ("briefing",))]


def test_check_judges_a_meeting_added_by_hand(published: tuple[Mission, Schedule]) -> None:
    mission, schedule = published
    briefing = schedule.by_id()["briefing"]
    extra = ScheduledMeeting(
        id="coffee",
        kind=MeetingKind.ONE_TO_ONE,
        title="Coffee",
        participants=("d-ai", "h-port"),
        start=briefing.start,
        end=briefing.start + timedelta(minutes=30),
        venue="v-port",
        leg="houston",
    )
    edited = schedule.model_copy(update={"meetings": (*schedule.meetings, extra)})

    found = check_schedule(mission, edited)

    assert [(v.constraint, v.meetings) for v in found] == [
        ("one_at_a_time", ("briefing", "coffee"))
    ]


def test_check_catches_a_visit_whose_host_was_removed(published: tuple[Mission, Schedule]) -> None:
    mission, schedule = published
    port = schedule.by_id()["visit-port"]
    guests = tuple(p for p in port.participants if p != "h-port")

    found = check_schedule(mission, _edit(schedule, "visit-port", participants=guests))

    assert [(v.constraint, v.meetings) for v in found] == [("no_host", ("visit-port",))]


def test_check_catches_two_meetings_sent_to_the_same_table() -> None:
    pairs = (want("p0", "p1"), want("p2", "p3"), want("p4", "p5"))
    mission = b2b(n_people=6, tables=3).model_copy(update={"requests": pairs})
    schedule = schedule_mission(mission, time_limit=10).schedule
    first, other = schedule.meetings[0], schedule.meetings[1]
    same_place = {"start": first.start, "end": first.end, "table": first.table}

    found = check_schedule(mission, _edit(schedule, other.id, **same_place))

    assert [(v.constraint, set(v.meetings)) for v in found] == [("table", {first.id, other.id})]


def test_check_catches_a_table_the_hall_does_not_have() -> None:
    mission = b2b(n_people=4, tables=2)
    schedule = schedule_mission(mission, time_limit=10).schedule
    first = schedule.meetings[0]

    found = check_schedule(mission, _edit(schedule, first.id, table=9))

    assert [v.render("en") for v in found] == [
        f"{first.title} is at table 9 but Hall A has 2 tables"
    ]
