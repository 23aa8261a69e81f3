"""Importing a mission file: queued by the page, read by the worker in a child process.

The request only measures the upload against the engine's limits (size, type, a
workbook's parts and cell extent: ``views/imports.py``) and stores it as an
``ImportJob``. The worker reads it in a forked child whose address space is limited
(``resource.setrlimit``) to its current size plus ``WAFD_IMPORT_MEMORY_BYTES``, so a
file that inflates beyond every check still cannot take the server's memory: the child
fails, the job is refused. A mission whose identifier
the importer already has is held until they choose: update that mission, or import it
under a new identifier.
"""

import multiprocessing
import resource
import tempfile
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.auth.models import User
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import override

from wafd.model import Mission
from wafd.web import engine
from wafd.web.compat import task
from wafd.web.job_leases import claim, reap_abandoned_jobs, renew
from wafd.web.models import (
    ImportJob,
    ImportState,
    MemberRole,
    Membership,
    MissionRecord,
    ParticipantRow,
    RequestRow,
)
from wafd.web.store import mark_changed, participant_row, request_row, save_mission


def queue_import(*, user: User, filename: str, payload: bytes, language: str) -> ImportJob:
    job = ImportJob.objects.create(
        created_by=user, filename=filename[-200:], payload=payload, language=language
    )
    transaction.on_commit(lambda: import_mission_file.enqueue(job.pk))
    return job


def _address_space() -> int:
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[0]) * resource.getpagesize()


def _child(path: str, language: str, channel: Connection) -> None:
    extra = settings.WAFD_IMPORT_MEMORY_BYTES
    limit = _address_space() + extra
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    try:
        mission, issues = engine.read(Path(path), language=language)
        if mission is None and any("MemoryError" in issue.message for issue in issues[:1]):
            raise MemoryError  # the engine reports a reader's MemoryError as a damaged file
        kept = settings.WAFD_IMPORT_ISSUES_KEPT
        channel.send(
            (
                mission.model_dump(mode="json") if mission else None,
                [issue.__dict__ for issue in issues[:kept]],
                len(issues),
            )
        )
    except MemoryError:
        channel.send(("memory", [], 0))
    finally:
        channel.close()


def read_in_child(
    path: Path, language: str, *, while_waiting: Callable[[], None] = lambda: None
) -> tuple[Any, list[dict[str, Any]], int]:
    """(mission JSON or None or "memory", first issues, issue count), read in a child.

    ``while_waiting`` is called every second until the child answers (the job's lease).
    """
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(str(path), language, sender), daemon=True)
    process.start()
    sender.close()
    try:
        while not receiver.poll(1.0):
            while_waiting()
        result: tuple[Any, list[dict[str, Any]], int] = receiver.recv()
    except EOFError:
        result = ("memory", [], 0)
    process.join(timeout=30)
    if process.is_alive():
        process.kill()
    return result


def _owned_slug(user: User, slug: str) -> MissionRecord | None:
    return MissionRecord.objects.filter(
        slug=slug, members__user=user, members__role=MemberRole.ORGANISER
    ).first()


def execute_import(job_pk: int) -> ImportJob:
    """Read one queued file; the task below and the tests call this same function."""
    reap_abandoned_jobs()
    job = ImportJob.objects.select_related("created_by").get(pk=job_pk)
    if not claim(ImportJob, job.pk):
        return job
    suffix = Path(job.filename).suffix.lower()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"mission{suffix}"
        path.write_bytes(bytes(job.payload))
        parsed, issues, count = read_in_child(
            path, job.language, while_waiting=lambda: renew(ImportJob, job.pk)
        )
    job.payload = b""
    if parsed == "memory":
        with override(job.language):
            job.message = _("The file needs more memory to read than the site allows.")
        job.state = ImportState.FAILED
    elif parsed is None:
        job.issues, job.issue_count, job.state = issues, count, ImportState.FAILED
    elif _owned_slug(job.created_by, parsed["id"]) is not None:
        job.parsed, job.state = parsed, ImportState.DUPLICATE
    else:
        job.mission = create_from(job, Mission.model_validate(parsed))
        job.state = ImportState.SUCCEEDED
    job.save(
        update_fields=["payload", "message", "issues", "issue_count", "parsed", "mission", "state"]
    )
    return job


@transaction.atomic
def create_from(job: ImportJob, mission: Mission) -> MissionRecord:
    record = save_mission(mission, user=job.created_by)
    Membership.objects.create(user=job.created_by, mission=record, role=MemberRole.ORGANISER)
    return record


def free_slug(user: User, slug: str) -> str:
    """``slug-2``, ``slug-3``… the first identifier the importer does not have yet."""
    number = 2
    while _owned_slug(user, f"{slug}-{number}") is not None:
        number += 1
    return f"{slug}-{number}"


@transaction.atomic
def replace_mission(record: MissionRecord, mission: Mission) -> None:
    """Put an imported mission's content into an existing one; members and versions stay.

    Participants are matched by identifier (their memberships stay linked); requests are
    replaced; participants no longer in the file are removed.
    """
    rows = {row.pid: row for row in ParticipantRow.objects.filter(mission=record)}
    for participant in mission.participants:
        fresh = participant_row(record, participant)
        if participant.id in rows:
            fresh.pk = rows[participant.id].pk
        fresh.save()
    gone = set(rows) - {p.id for p in mission.participants}
    ParticipantRow.objects.filter(mission=record, pid__in=gone).delete()
    RequestRow.objects.filter(mission=record).delete()
    RequestRow.objects.bulk_create(request_row(record, r) for r in mission.requests)
    record.name = mission.name.get("en")
    record.content = mission.model_dump(mode="json", exclude={"participants", "requests"})
    record.save(update_fields=["name", "content"])
    mark_changed(record)


def decide_duplicate(job: ImportJob, *, update: bool) -> MissionRecord:
    """The importer's choice for a mission they already have: update it, or a new id."""
    mission = Mission.model_validate(job.parsed)
    existing = _owned_slug(job.created_by, mission.id)
    if update and existing is not None:
        replace_mission(existing, mission)
        record = existing
    else:
        renamed = mission.model_copy(update={"id": free_slug(job.created_by, mission.id)})
        record = create_from(job, Mission.model_validate(renamed.model_dump()))
    job.mission, job.parsed, job.state = record, None, ImportState.SUCCEEDED
    job.save(update_fields=["mission", "parsed", "state"])
    return record


@task()
def import_mission_file(job_pk: int) -> None:
    """The background task ``wafd worker`` executes."""
    execute_import(job_pk)
