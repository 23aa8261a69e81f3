"""A running scheduler run's lease: the heartbeat of its worker, and what ends a run.

A worker renews the lease of the run it carries out twice a second. When a worker dies
(killed, machine restarted) the lease runs out; the next worker to start a run, or an
organiser's Cancel, then marks the run failed instead of leaving it "running" for ever.
Every end of a run (succeeded, failed, cancelled) is recorded in the mission's audit log.
"""

import logging
import os
import socket
import time
from collections.abc import Callable
from datetime import timedelta
from typing import TypeVar

from django.db import InterfaceError, OperationalError, connection, transaction
from django.db.models import Q
from django.utils import timezone

from wafd.web.models import AuditEntry, RunState, SchedulingRun

log = logging.getLogger("wafd.worker")
T = TypeVar("T")
DATABASE_DOWN = (OperationalError, InterfaceError)


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def lease_expired(run: SchedulingRun) -> bool:
    """Whether a running run's worker stopped renewing its lease."""
    beat = run.heartbeat_at or run.updated_at
    return beat < timezone.now() - timedelta(seconds=SchedulingRun.LEASE_SECONDS)


def audit_outcome(run: SchedulingRun) -> None:
    """The end of a run in the audit log: its state, the draft it made or why it failed."""
    AuditEntry.objects.create(
        mission_id=run.mission_id,
        user_id=run.requested_by_id,
        action=f"run.{run.state}",
        target=f"run{run.pk}",
        detail={
            "at": timezone.now().isoformat(),
            "version": f"v{run.version.number}" if run.version else None,
            "failure": run.failure or None,
            "seconds": round(run.seconds, 1),
        },
    )


def finish(run: SchedulingRun, state: str, *, failure: str = "") -> SchedulingRun:
    """End a run that is still queued or running; a run already ended stays as it is."""
    with transaction.atomic():
        ended = SchedulingRun.objects.filter(
            pk=run.pk, state__in=(RunState.QUEUED, RunState.RUNNING)
        ).update(state=state, failure=failure)
        run.refresh_from_db()
        if ended:
            audit_outcome(run)
    return run


def reap_abandoned_runs() -> int:
    """Mark failed every running run whose worker died; how many there were."""
    stale = timezone.now() - timedelta(seconds=SchedulingRun.LEASE_SECONDS)
    abandoned = SchedulingRun.objects.filter(state=RunState.RUNNING).filter(
        Q(heartbeat_at__lt=stale) | Q(heartbeat_at__isnull=True, updated_at__lt=stale)
    )
    runs = list(abandoned)
    for run in runs:
        log.warning("Run %s lost its worker (%s): marked failed.", run.pk, run.worker or "?")
        finish(run, RunState.FAILED, failure="worker-lost")
    return len(runs)


def keep_lease(run_pk: int) -> Callable[[], bool]:
    """The solver's ``should_stop``: renew the lease, then say whether to stop.

    It stops when an organiser asked to cancel or when the run ended meanwhile (failed
    by another worker after a long database outage). While the database is unreachable
    it lets the solver go on and tries again at the next call.
    """

    def beat() -> bool:
        try:
            runs = SchedulingRun.objects.filter(pk=run_pk)
            runs.update(heartbeat_at=timezone.now())
            return runs.filter(Q(cancel_requested=True) | ~Q(state=RunState.RUNNING)).exists()
        except DATABASE_DOWN as error:
            log.warning("Run %s: the database is unreachable (%s).", run_pk, first_line(error))
            connection.close()
            return False

    return beat


def first_line(error: BaseException) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0]


def with_retries(action: Callable[[], T], *, what: str, attempts: int = 6) -> T:
    """``action()``, tried again with growing pauses (0.5 s to 8 s) while the database is down."""
    pause = 0.5
    for _ in range(attempts - 1):
        try:
            return action()
        except DATABASE_DOWN as error:
            log.warning(
                "The database is unreachable while %s (%s): trying again in %.1f s.",
                what,
                first_line(error),
                pause,
            )
            connection.close()
            time.sleep(pause)
            pause *= 2
    return action()
