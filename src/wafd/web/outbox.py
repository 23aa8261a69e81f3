"""The durable outbox: queue messages once per person and event, deliver each at most once.

``queue_plan`` stores an engine ``Plan`` (unique ``key`` per person and event: queueing the
same event again adds nothing). ``deliver_due`` is the worker's loop: claim one due row
(``queued`` -> ``sending`` with a lease, committed), hand it to the transport, record the
outcome (committed). A refusal the server calls temporary (4xx) or a server that cannot be
reached is retried with back-off; a permanent refusal (5xx) fails at once. A row still
``sending`` after its lease was left by a worker that died mid-hand-over: it becomes
``unknown`` and is never retried on its own (it may have gone out); organisers re-send it.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from wafd.notify import Plan, SendStoppedError
from wafd.web.mail_models import OutboxMessage, OutboxState
from wafd.web.mailer import Transport, open_transport
from wafd.web.models import MissionRecord

LEASE_SECONDS = 120
MAX_ATTEMPTS = 8
FIRST_RETRY = timedelta(minutes=1)
LONGEST_RETRY = timedelta(hours=6)
INTERRUPTED = (
    "The worker stopped while handing this message to the mail server: it may or may not have "
    "gone out. Check with the recipient, then re-send if needed."
)


def lease() -> timedelta:
    """How long a worker may take to hand one message over before it counts as dead."""
    return timedelta(seconds=int(getattr(settings, "WAFD_MAIL_LEASE_SECONDS", LEASE_SECONDS)))


def retry_delay(attempts: int) -> timedelta:
    """1, 2, 4, 8 ... minutes after each failed attempt, at most six hours."""
    delay: timedelta = FIRST_RETRY * 2 ** max(attempts - 1, 0)
    return min(delay, LONGEST_RETRY)


def _enqueue_delivery() -> None:
    from wafd.web.mail_tasks import deliver_outbox

    deliver_outbox.enqueue()


def queue_raw(
    *,
    key: str,
    kind: str,
    address: str,
    sender: str,
    subject: str,
    raw: bytes,
    mission: MissionRecord | None = None,
    pid: str = "",
    name: str = "",
) -> bool:
    """Queue one message; False when a message with this key was already queued."""
    _row, created = OutboxMessage.objects.get_or_create(
        key=key,
        defaults={
            "mission": mission,
            "kind": kind,
            "pid": pid,
            "name": name,
            "address": address,
            "sender": sender,
            "subject": subject[:500],
            "raw": raw,
            "next_attempt_at": timezone.now(),
        },
    )
    if created:
        transaction.on_commit(_enqueue_delivery)
    return created


def queue_plan(mission: MissionRecord, plan: Plan) -> int:
    """Queue every message of ``plan`` not queued before; how many were new."""
    keys = [item.key for item in plan.messages]
    known = set(OutboxMessage.objects.filter(key__in=keys).values_list("key", flat=True))
    now = timezone.now()
    rows = [
        OutboxMessage(
            mission=mission,
            key=item.key,
            kind=item.kind,
            pid=item.participant_id,
            name=item.recipient.name,
            address=item.recipient.address,
            sender=item.message["From"].addresses[0].addr_spec,
            subject=item.subject[:500],
            raw=item.message.as_bytes(),
            next_attempt_at=now,
        )
        for item in plan.messages
        if item.key not in known
    ]
    OutboxMessage.objects.bulk_create(rows, ignore_conflicts=True, batch_size=100)
    if rows:
        transaction.on_commit(_enqueue_delivery)
    return len(rows)


def expire_leases(now: datetime) -> int:
    """Rows whose worker died while sending them: outcome unknown, never retried alone."""
    return OutboxMessage.objects.filter(state=OutboxState.SENDING, lease_until__lt=now).update(
        state=OutboxState.UNKNOWN, lease_until=None, last_error=INTERRUPTED
    )


def claim_next(now: datetime) -> OutboxMessage | None:
    """Take the next due row for this worker; two workers never take the same row."""
    while True:
        with transaction.atomic():
            row = (
                OutboxMessage.objects.select_for_update(skip_locked=True)
                .filter(state=OutboxState.QUEUED, next_attempt_at__lte=now)
                .order_by("next_attempt_at", "pk")
                .first()
            )
            if row is None:
                return None
            taken = OutboxMessage.objects.filter(pk=row.pk, state=OutboxState.QUEUED).update(
                state=OutboxState.SENDING,
                lease_until=timezone.now() + lease(),
                attempts=F("attempts") + 1,
            )
        if taken:
            row.refresh_from_db()
            return row


def _retry_or_fail(row: OutboxMessage, reason: str, *, permanent: bool) -> None:
    give_up = permanent or row.attempts >= MAX_ATTEMPTS
    OutboxMessage.objects.filter(pk=row.pk).update(
        state=OutboxState.FAILED if give_up else OutboxState.QUEUED,
        next_attempt_at=timezone.now() + retry_delay(row.attempts),
        lease_until=None,
        last_error=reason,
    )


def _postpone_all(row: OutboxMessage, reason: str) -> None:
    """The server is down or refuses the login: every due message waits, with the reason."""
    _retry_or_fail(row, reason, permanent=False)
    OutboxMessage.objects.filter(
        state=OutboxState.QUEUED, next_attempt_at__lte=timezone.now()
    ).update(next_attempt_at=timezone.now() + retry_delay(row.attempts), last_error=reason)


@dataclass
class DeliveryReport:
    sent: int = 0
    retried: int = 0
    failed: int = 0
    unknown: int = 0
    stopped: str = ""


def deliver_due(*, transport: Transport | None = None, limit: int | None = None) -> DeliveryReport:
    """Send every due message (at most ``limit``), one at a time, recording each outcome."""
    report = DeliveryReport(unknown=expire_leases(timezone.now()))
    try:
        channel = transport or open_transport()
    except SendStoppedError as error:
        report.stopped = str(error)
        return report
    try:
        while limit is None or report.sent + report.retried + report.failed < limit:
            row = claim_next(timezone.now())
            if row is None:
                break
            try:
                refusal = channel.send(
                    sender=row.sender,
                    recipient=row.address,
                    raw=bytes(row.raw),
                    name=f"{row.pk}-{row.kind}-{row.address}",
                )
            except SendStoppedError as error:  # the server cannot be used: nothing went out
                _postpone_all(row, str(error))
                report.retried, report.stopped = report.retried + 1, str(error)
                break
            except OSError as error:  # lost mid-hand-over: the server may have kept it
                OutboxMessage.objects.filter(pk=row.pk).update(
                    state=OutboxState.UNKNOWN, lease_until=None, last_error=str(error)
                )
                report.unknown, report.stopped = report.unknown + 1, str(error)
                break
            if refusal is None:
                OutboxMessage.objects.filter(pk=row.pk).update(
                    state=OutboxState.SENT, sent_at=timezone.now(), lease_until=None
                )
                report.sent += 1
            else:
                _retry_or_fail(row, refusal.reason, permanent=not refusal.transient)
                report.failed += not refusal.transient
                report.retried += refusal.transient
    finally:
        channel.close()
    return report


def next_due() -> datetime | None:
    """When the next queued message is due (for the worker to come back then)."""
    return (
        OutboxMessage.objects.filter(state=OutboxState.QUEUED)
        .order_by("next_attempt_at")
        .values_list("next_attempt_at", flat=True)
        .first()
    )


def resend(mission: MissionRecord, pks: list[int]) -> int:
    """An organiser sends failed or interrupted messages again (a new attempt, same key)."""
    count = OutboxMessage.objects.filter(
        mission=mission, pk__in=pks, state__in=[OutboxState.FAILED, OutboxState.UNKNOWN]
    ).update(state=OutboxState.QUEUED, next_attempt_at=timezone.now(), attempts=0)
    if count:
        transaction.on_commit(_enqueue_delivery)
    return count
