"""Withdrawals and cancellations are part of the plan: every later run keeps them."""

from datetime import date
from pathlib import Path

import icalendar
import pytest
from tour_factories import replace_participant, tour

from wafd.export.calendar import calendar_ics
from wafd.export.facts import MissionFacts
from wafd.export.localize import Localizer
from wafd.io.schedule_file import read_schedule, write_schedule
from wafd.model import Cancellation, MeetingStatus, Mission, ParticipantStatus, Schedule
from wafd.schedule import replan_mission, schedule_mission

DAY = date(2024, 2, 10)


@pytest.fixture(scope="module")
def published() -> tuple[Mission, Schedule]:
    mission = tour()
    return mission, schedule_mission(mission, time_limit=10).schedule


def _withdraw(mission: Mission, pid: str, on: date) -> Mission:
    person = mission.participant_index()[pid]
    changed = person.model_copy(update={"status": ParticipantStatus.WITHDRAWN, "withdrawn_on": on})
    return replace_participant(mission, changed)


def _active_people(schedule: Schedule) -> set[str]:
    return {
        p for m in schedule.meetings if m.status != MeetingStatus.CANCELLED for p in m.participants
    }


def test_replan_records_a_cancelled_participant_with_their_meetings(
    published: tuple[Mission, Schedule],
) -> None:
    mission, schedule = published
    theirs = tuple(m.id for m in schedule.meetings if "d-city" in m.participants)

    result = replan_mission(mission, schedule, cancel=["d-city"], time_limit=10, today=DAY)

    assert result.schedule.cancellations == (
        Cancellation(id="d-city", kind="participant", on=DAY, meetings=theirs),
    )


def test_second_replan_keeps_earlier_cancellations_through_the_workbook(
    published: tuple[Mission, Schedule], tmp_path: Path
) -> None:
    mission, schedule = published
    first = replan_mission(mission, schedule, cancel=["d-city"], time_limit=10, today=DAY)
    path = tmp_path / "v2.xlsx"
    write_schedule(mission, first.schedule, path)
    version_2 = read_schedule(mission, path)

    second = replan_mission(mission, version_2, cancel=["visit-port"], time_limit=10, today=DAY)
    third = replan_mission(mission, second.schedule, time_limit=10, today=DAY)

    assert version_2.cancellations == first.schedule.cancellations
    for result in (second, third):
        assert "d-city" not in _active_people(result.schedule)
        assert result.schedule.by_id()["visit-port"].status == MeetingStatus.CANCELLED
    assert [(c.kind, c.id) for c in third.schedule.cancellations] == [
        ("participant", "d-city"),
        ("meeting", "visit-port"),
    ]


def test_participant_withdrawn_in_the_mission_is_never_scheduled() -> None:
    mission = _withdraw(tour(), "d-city", DAY)

    schedule = schedule_mission(mission, time_limit=10).schedule

    assert "d-city" not in _active_people(schedule)
    assert schedule.meetings != ()


def test_replan_dates_a_mission_withdrawal_by_the_mission(
    published: tuple[Mission, Schedule],
) -> None:
    mission, schedule = published
    withdrawn = _withdraw(mission, "d-city", date(2024, 2, 1))

    result = replan_mission(withdrawn, schedule, time_limit=10, today=DAY)

    assert "d-city" not in _active_people(result.schedule)
    assert [(c.id, c.on) for c in result.schedule.cancellations] == [("d-city", date(2024, 2, 1))]


def test_withdrawn_participants_calendar_cancels_their_meetings_with_higher_sequence(
    published: tuple[Mission, Schedule],
) -> None:
    mission, schedule = published
    before = {m.id: m.sequence for m in schedule.meetings if "d-city" in m.participants}
    replanned = replan_mission(mission, schedule, cancel=["d-city"], time_limit=10).schedule
    reader = mission.participant_index()["d-city"]

    data = calendar_ics(
        MissionFacts(mission), replanned, Localizer("en"), reader=reader, personal_data=False
    )

    events = icalendar.Calendar.from_ical(data).walk("VEVENT")
    assert sorted(str(e["UID"]).split(".")[0] for e in events) == sorted(before)
    assert {str(e["STATUS"]) for e in events} == {"CANCELLED"}
    assert all(int(e["SEQUENCE"]) > before[str(e["UID"]).split(".")[0]] for e in events)


def test_calendar_without_any_event_still_holds_a_component() -> None:
    mission = _withdraw(tour(), "d-city", DAY)
    schedule = schedule_mission(mission, time_limit=10).schedule
    reader = mission.participant_index()["d-city"]

    data = calendar_ics(
        MissionFacts(mission), schedule, Localizer("en"), reader=reader, personal_data=False
    )

    calendar = icalendar.Calendar.from_ical(data)
    assert calendar.walk("VEVENT") == []
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] != []
