"""A running scheduler can be cancelled: its process is terminated, nothing is saved."""

import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

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

    assert (finished.state, finished.failure) == (RunState.FAILED, "version-gone")
    assert finished.shown_message() == (
        "The version to re-plan no longer exists: start the re-plan again from the latest version."
    )


def test_engine_error_in_the_child_reaches_the_parent_with_its_message() -> None:
    def failing(report: object) -> Outcome:
        raise ValueError("no legs in this mission")

    with pytest.raises(SolverError, match="ValueError: no legs in this mission"):
        solve_in_child(failing, on_progress=lambda *_: None, should_stop=lambda: False)


def _alive(pid: int) -> bool:
    """Whether a process runs (a zombie nobody reaped yet counts as ended)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] not in {"Z", "X"}
    except FileNotFoundError:
        return False


def _sleep_a_minute(report: object) -> Outcome:
    time.sleep(60)
    raise AssertionError("never reached")


def test_cancel_ends_the_solver_within_a_second_under_the_workers_sigterm_handler() -> None:
    received: list[int] = []
    previous = signal.signal(signal.SIGTERM, lambda number, frame: received.append(number))
    began = time.monotonic()
    try:
        outcome = solve_in_child(
            _sleep_a_minute,
            on_progress=lambda *_: None,
            should_stop=lambda: time.monotonic() - began > 0.3,
        )
    finally:
        signal.signal(signal.SIGTERM, previous)

    assert outcome is None
    assert time.monotonic() - began < 1.2  # 10 s when the child kept the worker's handler


CHILD_OF_A_KILLED_WORKER = """
import os, sys, time
from wafd.web.solving import solve_in_child

def call(report):
    with open(sys.argv[1], "w") as out:
        out.write(str(os.getpid()))
    time.sleep(120)

solve_in_child(call, on_progress=lambda *_: None, should_stop=lambda: False)
"""


@pytest.mark.skipif(sys.platform != "linux", reason="PR_SET_PDEATHSIG is Linux's")
def test_solver_child_dies_with_its_killed_worker(tmp_path: Path) -> None:
    pid_file = tmp_path / "child.pid"
    worker = subprocess.Popen([sys.executable, "-c", CHILD_OF_A_KILLED_WORKER, str(pid_file)])
    deadline = time.monotonic() + 30
    while not pid_file.is_file() or not pid_file.read_text():
        assert time.monotonic() < deadline, "the solver child never started"
        time.sleep(0.05)
    child = int(pid_file.read_text())

    worker.kill()
    worker.wait()
    deadline = time.monotonic() + 5
    while _alive(child) and time.monotonic() < deadline:
        time.sleep(0.05)

    assert not _alive(child)
