"""Runs survive their worker's death and the database's outages; their ends are audited.

A run's lease (``heartbeat_at``) tells a live worker from a dead one: the next worker,
or an organiser's Cancel, fails the run of a dead one instead of leaving it "running".
"""

import threading
import time
from datetime import timedelta
from typing import Any

import pytest
from django.db import connection, connections
from django.urls import reverse
from django.utils import timezone, translation

from wafd.web import actions
from wafd.web.models import AuditEntry, Membership, RunState, SchedulingRun
from wafd.web.tasks import execute_run, run_scheduler
from wafd.web.worker import SteadyWorker

from .conftest import World


def _url(world: World, name: str, **kwargs: object) -> str:
    return reverse(f"wafd:{name}", kwargs={"mission_pk": world.mission.pk, **kwargs})


def _organiser(world: World) -> Membership:
    return Membership.objects.get(user=world.users["organiser"], mission=world.mission)


def _abandoned_run(world: World) -> SchedulingRun:
    """A run left "running" by a worker killed two minutes ago."""
    long_ago = timezone.now() - timedelta(minutes=2)
    return SchedulingRun.objects.create(
        mission=world.mission, state=RunState.RUNNING, worker="gone:1", heartbeat_at=long_ago
    )


def _audit(world: World) -> list[tuple[str, str]]:
    entries = AuditEntry.objects.filter(mission=world.mission).order_by("pk")
    return list(entries.values_list("action", "target"))


def test_run_whose_worker_died_is_failed_by_the_next_worker(world: World) -> None:
    abandoned = _abandoned_run(world)
    later = SchedulingRun.objects.create(mission=world.mission, cancel_requested=True)

    execute_run(later.pk)

    abandoned.refresh_from_db()
    assert (abandoned.state, abandoned.failure) == (RunState.FAILED, "worker-lost")
    assert _audit(world) == [("run.failed", f"run{abandoned.pk}")]


def test_cancel_fails_a_run_whose_worker_died_at_once(world: World) -> None:
    abandoned = _abandoned_run(world)

    world.client("organiser").post(_url(world, "run-cancel", run_pk=abandoned.pk))

    abandoned.refresh_from_db()
    assert (abandoned.state, abandoned.failure) == (RunState.FAILED, "worker-lost")
    assert _audit(world) == [
        ("run.cancel", f"run{abandoned.pk}"),
        ("run.failed", f"run{abandoned.pk}"),
    ]


def test_cancel_ends_a_queued_run_without_waiting_for_a_worker(world: World) -> None:
    run = SchedulingRun.objects.create(mission=world.mission)

    world.client("organiser").post(_url(world, "run-cancel", run_pk=run.pk))

    run.refresh_from_db()
    assert run.state == RunState.CANCELLED


def test_two_identical_schedule_requests_start_one_run(world: World) -> None:
    client = world.client("organiser")

    for _ in range(2):
        client.post(_url(world, "run-start"), {"mode": "greedy", "time_limit": "5"})
    client.post(_url(world, "run-start"), {"mode": "greedy", "time_limit": "9"})

    runs = SchedulingRun.objects.filter(mission=world.mission).order_by("pk")
    assert [(r.mode, r.time_limit) for r in runs] == [("greedy", 5.0), ("greedy", 9.0)]
    assert [action for action, _ in _audit(world)] == ["run.schedule", "run.schedule"]


def test_run_outcome_is_audited_with_the_draft_it_created(world: World) -> None:
    run = actions.start_run(_organiser(world), mode="greedy", time_limit=5, via="api")

    finished = execute_run(run.pk)

    entry = AuditEntry.objects.filter(mission=world.mission).order_by("pk").last()
    assert finished.state == RunState.SUCCEEDED
    assert _audit(world) == [("run.schedule", f"run{run.pk}"), ("run.succeeded", f"run{run.pk}")]
    assert entry is not None
    assert entry.detail["version"] == "v2"


def test_failed_run_shows_organisers_a_translated_message_not_the_exception(
    world: World,
) -> None:
    world.mission.content = {**world.mission.content, "legs": "not a list of legs"}
    world.mission.save(update_fields=["content"])
    run = SchedulingRun.objects.create(mission=world.mission, mode="greedy", time_limit=5)

    finished = execute_run(run.pk)
    with translation.override("fr"):
        progress = world.client("organiser").get(
            _url(world, "run-progress", run_pk=run.pk), headers={"accept-language": "fr"}
        )
        shown = finished.shown_message()

    assert (finished.state, finished.failure) == (RunState.FAILED, "crashed")
    assert shown.startswith("Le planificateur s'est arrêté")
    assert progress.json()["message"] == shown
    assert "legs" not in shown
    assert "ValidationError" not in shown
    assert _audit(world) == [("run.failed", f"run{run.pk}")]


@pytest.mark.django_db(transaction=True)
def test_worker_keeps_running_through_a_database_outage(world: World) -> None:
    if connection.vendor != "postgresql":
        pytest.skip("the outage points new connections at a closed PostgreSQL port")
    worker = SteadyWorker(
        queue_names=["default"],
        interval=0.1,
        batch=False,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="outage-test",
        excluded_queue_names=[],
    )
    thread = threading.Thread(target=_work_then_close, args=(worker,))
    thread.start()
    time.sleep(0.5)
    server = connections.settings["default"]  # the worker connects anew for every poll
    port = server["PORT"]
    server["PORT"] = "1"  # the database is unreachable for three seconds
    time.sleep(3)
    server["PORT"] = port
    run = SchedulingRun.objects.create(mission=world.mission, cancel_requested=True)
    result = run_scheduler.enqueue(run.pk)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not _finished(result):
        time.sleep(0.2)
    worker.running = False
    thread.join(timeout=30)

    assert _finished(result)
    assert SchedulingRun.objects.get(pk=run.pk).state == RunState.CANCELLED


def _work_then_close(worker: SteadyWorker) -> None:
    try:
        worker.run()
    finally:
        connection.close()


def _finished(result: Any) -> bool:
    result.refresh()
    return str(result.status) in {"SUCCESSFUL", "TaskResultStatus.SUCCESSFUL"}
