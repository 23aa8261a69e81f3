"""Background tasks of the outbox: deliver, announce a version, remind, ask for feedback,
send a survey round or a group note.

Every task is idempotent (outbox keys are unique; delivery claims rows), so a task enqueued
twice or re-run after a crash does no harm. Tasks that must come back later (a retry after
back-off, tomorrow's reminders) enqueue themselves again with ``run_after``.
"""

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from django.db import transaction
from django.utils import timezone

from wafd.web import mail_follow_up, notifying
from wafd.web.access import published_version
from wafd.web.compat import task
from wafd.web.mail_models import OutboxMessage, OutboxState
from wafd.web.models import MissionRecord, ScheduleVersion
from wafd.web.outbox import deliver_due, next_due

REMINDER_SLACK = timedelta(seconds=5)


@task()
def deliver_outbox() -> dict[str, object]:
    """Send what is due; come back when the next retry is due."""
    report = deliver_due()
    following = next_due()
    if following is not None and following > timezone.now():
        deliver_outbox.using(run_after=following).enqueue()
    return report.__dict__


@task()
def announce_version(version_pk: int, tell: str) -> int:
    """After publishing: queue the programme or the change notices, then the reminders."""
    version = ScheduleVersion.objects.select_related("mission").get(pk=version_pk)
    count = notifying.queue_publication(version, tell=tell)
    if not _chain_waiting("send_reminders", version.mission_id):
        send_reminders.enqueue(version.mission_id)
    if not _chain_waiting("send_feedback_requests", version.mission_id):
        send_feedback_requests.enqueue(version.mission_id)
    return count


@task()
def send_reminders(mission_pk: int) -> int:
    """Queue the reminders due now for the published version; come back at the next one."""
    return _queue_and_come_back(
        send_reminders,
        mission_pk,
        queue=notifying.queue_reminders,
        next_at=notifying.next_reminder,
    )


@task()
def send_feedback_requests(mission_pk: int) -> int:
    """Queue a feedback request for each meeting just ended; come back at the next end."""
    return _queue_and_come_back(
        send_feedback_requests,
        mission_pk,
        queue=mail_follow_up.queue_feedback_requests,
        next_at=mail_follow_up.next_feedback,
    )


def _queue_and_come_back(
    chain: Any,
    mission_pk: int,
    *,
    queue: Callable[[MissionRecord, ScheduleVersion, datetime], int],
    next_at: Callable[[MissionRecord, ScheduleVersion, datetime], datetime | None],
) -> int:
    """Queue what is due now for the published version; enqueue ``chain`` again for the next.

    Only one waiting run per mission and task, so a re-run or a second publication does not
    double the chain.
    """
    record = MissionRecord.objects.get(pk=mission_pk)
    version = published_version(record)
    if version is None:
        return 0
    now = timezone.now()
    count = queue(record, version, now)
    following = next_at(record, version, now)
    if following is not None and not _chain_waiting(chain.name, mission_pk):
        chain.using(run_after=following + REMINDER_SLACK).enqueue(mission_pk)
    return count


def _chain_waiting(name: str, mission_pk: int) -> bool:
    """Whether a run of task ``name`` for this mission is already queued (one per mission)."""
    from django_tasks_db.models import DBTaskResult

    return DBTaskResult.objects.filter(
        task_path__endswith=f".{name}", status="READY", args_kwargs__args=[mission_pk]
    ).exists()


@task()
def send_survey_round(mission_pk: int, round_id: str) -> int:
    """An organiser sends a survey round by e-mail: each person's own link, once."""
    record = MissionRecord.objects.get(pk=mission_pk)
    return mail_follow_up.queue_survey_round(record, published_version(record), round_id=round_id)


@task()
def send_note(mission_pk: int, to: str, subject: str, body: str, note_id: str) -> int:
    record = MissionRecord.objects.get(pk=mission_pk)
    return notifying.queue_note(
        record, published_version(record), to=to, subject=subject, body=body, note_id=note_id
    )


def announce_after_commit(version: ScheduleVersion, tell: str) -> None:
    """After publishing (page or API): tell whom the organiser chose, once the version is saved."""
    version_pk = version.pk
    transaction.on_commit(lambda: announce_version.enqueue(version_pk, tell))


def resume_outbox() -> bool:
    """At worker start: deliver what a stopped worker left queued or half-sent."""
    pending = OutboxMessage.objects.filter(
        state__in=[OutboxState.QUEUED, OutboxState.SENDING]
    ).exists()
    if pending:
        deliver_outbox.enqueue()
    return pending
