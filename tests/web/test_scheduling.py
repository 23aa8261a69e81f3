"""Scheduling runs in the background worker, reports progress, and can be cancelled."""

import json
from typing import Any

import pytest
from django.core.management import call_command
from django.urls import reverse

from wafd.web.models import RunState, ScheduleVersion, SchedulingRun
from wafd.web.tasks import execute_run

from .conftest import World


def _url(world: World, name: str, **kwargs: object) -> str:
    return reverse(f"wafd:{name}", kwargs={"mission_pk": world.mission.pk, **kwargs})


@pytest.mark.django_db(transaction=True)  # the worker closes connections between tasks
def test_schedule_button_queues_a_run_the_worker_turns_into_a_draft(
    world: World, django_capture_on_commit_callbacks: Any
) -> None:
    client = world.client("organiser")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(_url(world, "run-start"), {"mode": "optimal", "time_limit": "5"})
    run = SchedulingRun.objects.get(mission=world.mission)
    assert response.status_code == 302
    assert run.state == RunState.QUEUED

    call_command("db_worker", batch=True, interval=0.1, startup_delay=False, verbosity=0)

    run.refresh_from_db()
    progress = json.loads(client.get(_url(world, "run-progress", run_pk=run.pk)).content)
    assert (progress["state"], progress["version"]) == ("succeeded", 2), progress["message"]
    assert progress["objective"]["value"] == progress["bound"]["value"]
    draft = ScheduleVersion.objects.get(mission=world.mission, number=2)
    assert (draft.state, draft.meetings.count()) == ("draft", 2)


def test_cancelled_queued_run_is_never_solved(world: World) -> None:
    run = SchedulingRun.objects.create(mission=world.mission, time_limit=5)
    world.client("organiser").post(_url(world, "run-cancel", run_pk=run.pk))

    finished = execute_run(run.pk)

    assert finished.state == RunState.CANCELLED
    assert ScheduleVersion.objects.filter(mission=world.mission).count() == 1


def test_viewer_cannot_cancel_a_run(world: World) -> None:
    run = SchedulingRun.objects.create(mission=world.mission)

    response = world.client("viewer").post(_url(world, "run-cancel", run_pk=run.pk))

    run.refresh_from_db()
    assert response.status_code == 403
    assert run.cancel_requested is False


def test_replan_after_cancelling_a_meeting_keeps_the_others(world: World) -> None:
    scheduled = execute_run(SchedulingRun.objects.create(mission=world.mission, time_limit=5).pk)
    assert scheduled.version is not None
    meetings = sorted(scheduled.version.meetings.values_list("mid", flat=True))
    world.client("organiser").post(_url(world, "replan"), {"cancel": [meetings[0]]})
    run = SchedulingRun.objects.filter(mission=world.mission, kind="replan").get()

    finished = execute_run(run.pk)

    assert finished.state == RunState.SUCCEEDED, finished.message
    assert finished.version is not None
    active = finished.version.meetings.exclude(status="cancelled").values_list("mid", flat=True)
    assert sorted(active) == meetings[1:]


def test_moving_a_meeting_onto_another_shows_the_checker_warning_first(world: World) -> None:
    client = world.client("organiser")
    url = _url(world, "move", mid="m2")
    clash = {"start": "2024-02-05T10:00", "venue": "v1"}

    checked = client.post(url, {**clash, "confirm": ""})

    assert checked.status_code == 200
    assert checked.context["checked"].warnings != []
    assert ScheduleVersion.objects.filter(mission=world.mission).count() == 1  # nothing written

    saved = client.post(url, {**clash, "confirm": checked.context["form"]["confirm"].value()})

    draft = ScheduleVersion.objects.get(mission=world.mission, number=2)
    published = ScheduleVersion.objects.get(mission=world.mission, number=1)
    assert saved.status_code == 302
    assert draft.meetings.get(mid="m2").start.hour == 16  # 10:00 Houston is 16:00 UTC
    assert published.meetings.get(mid="m2").start.hour == 20  # the published one is kept


@pytest.mark.slow
def test_sample_mission_schedules_within_the_time_limit(db: None) -> None:
    from wafd.sample import build_sample_mission
    from wafd.web.store import save_mission

    record = save_mission(build_sample_mission(), user=None)
    run = SchedulingRun.objects.create(mission=record, mode="greedy", time_limit=10)

    finished = execute_run(run.pk)

    assert finished.state == RunState.SUCCEEDED, finished.message
    assert finished.version is not None
    assert finished.version.meetings.count() > 10
