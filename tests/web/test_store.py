"""The database holds a mission and a schedule so that the engine gets them back exactly."""

from datetime import date

from wafd.model import Cancellation
from wafd.sample import build_sample_mission
from wafd.web.models import MeetingRow, RequestRow, RequestStatus, VersionState
from wafd.web.store import load_mission, load_schedule, save_mission, save_schedule

from .factories import small_mission, small_schedule


def test_store_round_trips_the_sample_mission(db: None) -> None:
    mission = build_sample_mission()

    record = save_mission(mission, user=None)

    assert load_mission(record) == mission


def test_store_round_trips_a_schedule_with_attendance(db: None) -> None:
    mission = small_mission()
    record = save_mission(mission, user=None)
    schedule = small_schedule(mission)

    version = save_schedule(record, schedule, user=None, state=VersionState.DRAFT)

    loaded = load_schedule(version)
    assert loaded.meetings == schedule.meetings
    attendees = MeetingRow.objects.get(version=version, mid="m1").attendees.all()
    assert sorted(p.pid for p in attendees) == ["d1", "h1"]


def test_store_leaves_declined_requests_out_of_the_engine_mission(db: None) -> None:
    record = save_mission(small_mission(), user=None)
    RequestRow.objects.filter(mission=record, requester="d1").update(status=RequestStatus.DECLINED)

    mission = load_mission(record)

    assert [(r.requester, r.target) for r in mission.requests] == [("d2", "h2")]


def test_tests_run_on_the_database_the_environment_asks_for(db: None) -> None:
    import os

    from django.db import connection

    wanted = os.environ.get("WAFD_TEST_DATABASE_URL", "")

    assert connection.vendor == ("postgresql" if wanted.startswith("postgres") else "sqlite")


def test_store_keeps_a_schedules_cancellations_for_later_replans(db: None) -> None:
    mission = small_mission()
    record = save_mission(mission, user=None)
    cancelled = Cancellation(id="d1", kind="participant", on=date(2024, 2, 10), meetings=("m1",))
    schedule = small_schedule(mission).model_copy(update={"cancellations": (cancelled,)})

    version = save_schedule(record, schedule, user=None, state=VersionState.DRAFT)

    assert load_schedule(version).cancellations == (cancelled,)
