"""``wafd worker`` and ``wafd serve`` through a database outage: wait, say so once, go on.

django-tasks' worker loop ends at the first database error, so an 8 s outage stopped
``wafd worker`` for good. ``SteadyWorker`` starts the loop again after a pause that
grows from 1 s to 30 s; ``wait_for_database`` holds a starting command until the
database answers, with one line per attempt instead of a traceback.
"""

import logging
import time
from collections.abc import Callable

from django.db import close_old_connections, connection
from django_tasks_db.management.commands.db_worker import Worker

from wafd.web.job_leases import reap_abandoned_jobs
from wafd.web.leases import DATABASE_DOWN, first_line, reap_abandoned_runs, worker_name

log = logging.getLogger("wafd.worker")
LONGEST_PAUSE = 30.0
HEALTHY_AFTER = 60.0
"""Seconds of work without an error after which the next pause starts short again."""


def wait_for_database(say: Callable[[str], None], *, first_pause: float = 1.0) -> None:
    """Return once the database answers; until then say why and try again, pausing longer."""
    pause = first_pause
    while True:
        try:
            connection.ensure_connection()
            return
        except DATABASE_DOWN as error:
            say(
                f"The database is unreachable ({first_line(error)}): "
                f"trying again in {pause:.0f} s (Ctrl+C stops)."
            )
            connection.close()
            time.sleep(pause)
            pause = min(pause * 2, LONGEST_PAUSE)


class SteadyWorker(Worker):
    """django-tasks' database worker that outlives database outages."""

    def run(self) -> None:
        pause = 1.0
        while self.running:
            began = time.monotonic()
            try:
                reap_abandoned_runs()  # runs left "running" by a worker that died
                reap_abandoned_jobs()  # bundles and imports left "running" too
                super().run()
                return
            except DATABASE_DOWN as error:
                if time.monotonic() - began > HEALTHY_AFTER:
                    pause = 1.0
                log.warning(
                    "The database is unreachable (%s): the worker tries again in %.0f s.",
                    first_line(error),
                    pause,
                )
                connection.close()
                close_old_connections()
                time.sleep(pause)
                pause = min(pause * 2, LONGEST_PAUSE)


def run_worker(*, batch: bool, interval: float = 0.5) -> None:
    """Carry out queued tasks until stopped (or, with ``batch``, until the queue is empty)."""
    worker = SteadyWorker(
        queue_names=["default"],
        interval=interval,
        batch=batch,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id=worker_name()[:64],
        excluded_queue_names=[],
    )
    worker.configure_signals()
    worker.run()
