"""Leases of document bundles and import jobs: a worker that dies leaves them failed, not running.

The rule is the scheduler runs' (``leases.py``): the worker that takes a queued job stamps
``heartbeat_at`` and its name, and renews the stamp while it works (each progress report
of a bundle, every second while an import's child reads the file). A running job whose
stamp is older than ``SchedulingRun.LEASE_SECONDS`` belonged to a worker that died. The
next worker (when it starts and before each job) and the person asking again (the
downloads page, the import's page) mark it failed, so a new bundle can be prepared and
the importer is told to upload the file again, instead of a page that waits for ever.
"""

import logging
from collections.abc import Iterable
from datetime import datetime, timedelta

from django.db import connection
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override

from wafd.web.leases import DATABASE_DOWN, first_line, worker_name
from wafd.web.models import (
    BundleState,
    DocumentBundle,
    ImportJob,
    ImportState,
    SchedulingRun,
)

log = logging.getLogger("wafd.worker")
WORKER_LOST = "worker-lost"
"""A failed bundle's ``message`` when its worker died (bundles' messages are not shown)."""


def _stale() -> datetime:
    return timezone.now() - timedelta(seconds=SchedulingRun.LEASE_SECONDS)


def claim(model: type[DocumentBundle] | type[ImportJob], pk: int) -> bool:
    """Take a queued job for this worker; False when it is no longer queued."""
    taken = model.objects.filter(pk=pk, state="queued").update(
        state="running", heartbeat_at=timezone.now(), worker=worker_name()[:100]
    )
    return taken == 1


def renew(model: type[DocumentBundle] | type[ImportJob], pk: int) -> None:
    """Renew the lease; while the database is unreachable the work goes on regardless."""
    try:
        model.objects.filter(pk=pk).update(heartbeat_at=timezone.now())
    except DATABASE_DOWN as error:
        log.warning("Job %s: the database is unreachable (%s).", pk, first_line(error))
        connection.close()


def reap_abandoned_bundles(**scope: object) -> int:
    """Mark failed the running bundles (within ``scope``) whose worker died."""
    abandoned = DocumentBundle.objects.filter(
        state=BundleState.RUNNING, heartbeat_at__lt=_stale(), **scope
    )
    if not abandoned.exists():  # a page load that finds nothing writes nothing
        return 0
    _log_lost(abandoned)
    return abandoned.update(state=BundleState.FAILED, message=WORKER_LOST)


def reap_abandoned_imports(**scope: object) -> int:
    """Mark failed the imports being read (within ``scope``) whose worker died."""
    abandoned = list(
        ImportJob.objects.filter(
            state=ImportState.RUNNING, heartbeat_at__lt=_stale(), **scope
        ).only("pk", "language", "worker")
    )
    _log_lost(abandoned)
    for job in abandoned:
        with override(job.language):
            message = _("The worker reading the file stopped before it finished: upload it again.")
        ImportJob.objects.filter(pk=job.pk, state=ImportState.RUNNING).update(
            state=ImportState.FAILED, message=message, payload=b""
        )
    return len(abandoned)


def reap_abandoned_jobs() -> int:
    """Every bundle and import left running by a dead worker, marked failed; how many."""
    return reap_abandoned_bundles() + reap_abandoned_imports()


def _log_lost(jobs: Iterable[DocumentBundle | ImportJob]) -> None:
    for job in jobs:
        log.warning(
            "%s %s lost its worker (%s): marked failed.",
            type(job).__name__,
            job.pk,
            job.worker or "?",
        )
