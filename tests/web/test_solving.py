"""A running scheduler can be cancelled: its process is terminated, nothing is saved."""

import threading
import time

import pytest
from django.db import connection

from wafd.sample import build_sample_mission
from wafd.web.engine import Outcome
from wafd.web.models import RunState, ScheduleVersion, SchedulingRun
from wafd.web.solving import SolverError, solve_in_child
from wafd.web.store import save_mission
from wafd.web.tasks import execute_run


@pytest.mark.django_db(transaction=True)
def test_running_solve_reports_progress_and_stops_when_cancelled() -> None:
    record = save_mission(build_sample_mission(), user=None)
    run = SchedulingRun.objects.create(mission=record, mode="optimal", time_limit=120)
    finished: list[SchedulingRun] = []

    def work() -> None:
        finished.append(execute_run(run.pk))
        connection.close()  # this thread's own connection

    worker = threading.Thread(target=work)
    began = time.monotonic()
    worker.start()
    while time.monotonic() - began < 60:  # wait for the first progress report
        progress = SchedulingRun.objects.get(pk=run.pk).objective
        if progress:
            break
        time.sleep(0.2)

    SchedulingRun.objects.filter(pk=run.pk).update(cancel_requested=True)
    worker.join(timeout=60)

    assert "value" in progress
    assert [r.state for r in finished] == [RunState.CANCELLED]
    assert time.monotonic() - began < 90  # the time limit was 120 s
    assert ScheduleVersion.objects.filter(mission=record).count() == 0


@pytest.mark.django_db(transaction=True)
def test_replan_of_a_vanished_version_fails_with_a_message() -> None:
    record = save_mission(build_sample_mission(), user=None)
    run = SchedulingRun.objects.create(
        mission=record, kind="replan", options={"version": 999999}, time_limit=5
    )

    finished = execute_run(run.pk)

    assert (finished.state, finished.message) == (
        RunState.FAILED,
        "the version to re-plan no longer exists",
    )


def test_engine_error_in_the_child_reaches_the_parent_with_its_message() -> None:
    def failing(report: object) -> Outcome:
        raise ValueError("no legs in this mission")

    with pytest.raises(SolverError, match="ValueError: no legs in this mission"):
        solve_in_child(failing, on_progress=lambda *_: None, should_stop=lambda: False)
