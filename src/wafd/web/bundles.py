"""Document bundles (a zip of one kind of document for one version) built by the worker.

Building every participant's PDFs takes about a minute on a large mission, longer than
proxies wait for an answer, so a page or API call only asks for a bundle; the worker
builds it, reporting how many participants are done, and the zip is kept in the data
folder (owner-only) until the mission changes. A bundle is fresh while the mission's
``changed_at`` is still the one it was built for.
"""

import time
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from wafd.web import engine
from wafd.web.access import audit
from wafd.web.actions import ActionError, version_numbered
from wafd.web.compat import task
from wafd.web.job_leases import claim, reap_abandoned_bundles, reap_abandoned_jobs
from wafd.web.models import BundleState, DocumentBundle, Membership, MissionRecord
from wafd.web.security import make_private
from wafd.web.store import load_mission, load_schedule

REPORT_EVERY = 0.5


def bundle_path(bundle: DocumentBundle) -> Path:
    return Path(settings.WAFD_BUNDLE_DIR) / f"bundle-{bundle.pk}.zip"


def current_bundle(membership: Membership, number: int, kind: str) -> DocumentBundle | None:
    """The latest bundle of this version and kind made for the mission as it is now.

    A bundle whose worker died is failed first, so it is prepared again when asked for.
    """
    reap_abandoned_bundles(mission_id=membership.mission_id)
    changed_at = MissionRecord.objects.values_list("changed_at", flat=True).get(
        pk=membership.mission_id
    )
    return (
        DocumentBundle.objects.filter(
            mission_id=membership.mission_id,
            version__number=number,
            kind=kind,
            stamp=changed_at,
        )
        .exclude(state=BundleState.FAILED)
        .first()
    )


def request_bundle(membership: Membership, *, number: int, kind: str, via: str) -> DocumentBundle:
    """The fresh bundle if there is one, else a new one queued for the worker."""
    if kind not in engine.DOCUMENT_KINDS:
        raise ActionError("unknown document kind", 404)
    version = version_numbered(membership.mission, number)
    found = current_bundle(membership, number, kind)
    if found is not None:
        return found
    with transaction.atomic():
        audit(membership, "documents.prepare", f"v{number}", kind=kind, via=via)
        stamp = MissionRecord.objects.values_list("changed_at", flat=True).get(
            pk=membership.mission_id
        )
        bundle = DocumentBundle.objects.create(
            mission_id=membership.mission_id,
            version=version,
            kind=kind,
            stamp=stamp,
            requested_by=membership.user,
        )
        transaction.on_commit(lambda: build_document_bundle.enqueue(bundle.pk))
    return bundle


def execute_bundle(bundle_pk: int) -> DocumentBundle:
    """Build one queued bundle; the task below and the tests call this same function."""
    reap_abandoned_jobs()
    bundle = DocumentBundle.objects.select_related("mission", "version").get(pk=bundle_pk)
    if not claim(DocumentBundle, bundle.pk):
        return bundle
    last = [0.0]

    def progress(done: int, total: int) -> None:
        now = time.monotonic()
        if now - last[0] >= REPORT_EVERY or done == total:
            last[0] = now
            DocumentBundle.objects.filter(pk=bundle.pk).update(
                done=done,
                total=total,
                heartbeat_at=timezone.now(),  # renews the lease
            )

    try:
        files = engine.documents(
            load_mission(bundle.mission),
            load_schedule(bundle.version),
            kind=bundle.kind,
            scope=f"r{bundle.mission_id}",
            on_progress=progress,
        )
    except Exception as error:  # the engine's message is shown on the downloads page
        DocumentBundle.objects.filter(pk=bundle.pk).update(
            state=BundleState.FAILED, message=str(error)
        )
        bundle.refresh_from_db()
        return bundle
    path = bundle_path(bundle)
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    path.write_bytes(engine.zipped(files))
    make_private(path)
    DocumentBundle.objects.filter(pk=bundle.pk).update(state=BundleState.READY)
    bundle.refresh_from_db()
    return bundle


@task()
def build_document_bundle(bundle_pk: int) -> None:
    """The background task ``wafd worker`` executes."""
    execute_bundle(bundle_pk)
