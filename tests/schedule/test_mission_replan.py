"""replan_mission: few changes, stable ids, bumped sequences, cancelled meetings kept, a diff."""

from datetime import time

import pytest
from tour_factories import b2b, replace_participant, tour, want, window

from wafd.model import MeetingStatus, Mission, Schedule
from wafd.schedule import ReplanError, check_schedule, replan_mission, schedule_mission


@pytest.fixture(scope="module")
def published() -> tuple[Mission, Schedule]:
    mission = tour()
    return mission, schedule_mission(mission, time_limit=10).schedule


def test_cancelled_delegate_leaves_meetings_that_otherwise_stay_put(
    published: tuple[Mission, Schedule],
) -> None:
    mission, schedule = published

    result = replan_mission(mission, schedule, cancel=["d-city"], time_limit=10)

    assert result.of_kind("moved") == []
    # d-city's wants (Port Houston, City of Austin: 10 each) no longer count.
    assert (
        result.objective["value"]
        == schedule_mission(mission, time_limit=10).objective["value"] - 20
    )
    assert sorted(c.meeting_id for c in result.of_kind("updated")) == [
        "briefing",
        "visit-austin",
        "visit-port",
    ]
    new = result.schedule.by_id()
    assert all("d-city" not in m.participants for m in result.schedule.meetings)
    assert new["visit-port"].sequence == schedule.by_id()["visit-port"].sequence + 1
    assert new["visit-ion"].sequence == schedule.by_id()["visit-ion"].sequence
    assert result.schedule.version == schedule.version + 1
    assert check_schedule(mission, result.schedule) == []


def test_cancelled_host_drops_its_visit_but_keeps_it_as_cancelled(
    published: tuple[Mission, Schedule],
) -> None:
    mission, schedule = published

    result = replan_mission(mission, schedule, cancel=["h-sec"], time_limit=10)

    assert [(c.meeting_id, c.kind) for c in result.changes] == [("visit-secureco", "cancelled")]
    dropped = result.schedule.by_id()["visit-secureco"]
    assert dropped.status == MeetingStatus.CANCELLED
    assert dropped.sequence == 1
    assert len(result.schedule.meetings) == len(schedule.meetings)


def test_cancelling_a_meeting_id_drops_only_that_meeting(
    published: tuple[Mission, Schedule],
) -> None:
    mission, schedule = published

    result = replan_mission(mission, schedule, cancel=["visit-port"], time_limit=10)

    assert [(c.meeting_id, c.kind) for c in result.changes] == [("visit-port", "cancelled")]
    assert [(u.requester, u.reason) for u in result.schedule.unscheduled] == [
        ("d-city", "cancelled by the organiser"),
        ("d-egov", "cancelled by the organiser"),
    ]


def test_new_request_is_added_without_moving_published_meetings(
    published: tuple[Mission, Schedule],
) -> None:
    mission, schedule = published
    more = mission.model_copy(update={"requests": (*mission.requests, *tour().requests[:0])})

    more = mission.model_copy(update={"requests": (*mission.requests, want("d-city", "h-sec"))})

    result = replan_mission(more, schedule, time_limit=10)

    assert [(c.meeting_id, c.kind) for c in result.changes] == [("visit-secureco", "updated")]
    assert result.schedule.by_id()["visit-secureco"].participants == ("h-sec", "d-cyber", "d-city")


def test_unknown_id_to_cancel_is_refused(published: tuple[Mission, Schedule]) -> None:
    mission, schedule = published

    with pytest.raises(ReplanError) as error:
        replan_mission(mission, schedule, cancel=["nobody"], time_limit=10)

    assert str(error.value) == (
        "Cannot cancel nobody: it is neither a participant nor a meeting of the schedule"
    )


def test_host_changing_hours_moves_only_their_visit(published: tuple[Mission, Schedule]) -> None:
    mission, schedule = published
    ion_visit = schedule.by_id()["visit-ion"]
    day = ion_visit.start.date()
    busy = window(day, ion_visit.start.time(), time(18), available=False)
    ion = mission.participant_index()["h-ion"]
    moved_host = replace_participant(mission, ion.model_copy(update={"availability": (busy,)}))

    result = replan_mission(moved_host, schedule, time_limit=10)

    assert [(c.meeting_id, c.kind) for c in result.changes] == [("visit-ion", "moved")]
    change = result.changes[0]
    assert change.old is not None
    assert change.new is not None
    assert change.old.start == ion_visit.start
    assert change.new.start < ion_visit.start or change.new.start.date() != day
    assert result.objective["changes"] == 1


def test_b2b_replan_keeps_the_tables_of_meetings_that_stay() -> None:
    mission = b2b(n_people=8, tables=3)
    published = schedule_mission(mission, time_limit=10).schedule
    gone = published.meetings[0]
    leaving = gone.participants[0]

    result = replan_mission(mission, published, cancel=[leaving], time_limit=10)

    kept = {m.id: m.table for m in result.schedule.meetings if leaving not in m.participants}
    before = {m.id: m.table for m in published.meetings if leaving not in m.participants}
    assert kept == before
    assert {c.kind for c in result.changes} == {"cancelled"}


def test_replan_with_a_seed_gives_the_same_version(published: tuple[Mission, Schedule]) -> None:
    mission, schedule = published

    first, second = (
        replan_mission(mission, schedule, cancel=["d-city"], time_limit=10, seed=4)
        for _ in range(2)
    )

    assert first.schedule.meetings == second.schedule.meetings
    assert first.changes == second.changes
    assert any(m.status != MeetingStatus.CANCELLED for m in first.schedule.meetings)
