"""The outbox: one message per person and event, sent through a real SMTP server, retried,
failed visibly, re-sent on request; publishing asks whom to tell."""

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from wafd.model import MeetingStatus
from wafd.notify import parse_smtp_url
from wafd.web import notifying
from wafd.web.mail_models import MailPreference, OutboxMessage, OutboxState
from wafd.web.mail_tasks import announce_version
from wafd.web.mailer import FileTransport, SmtpTransport
from wafd.web.outbox import deliver_due, resend
from wafd.web.store import load_schedule, save_schedule

from .mail_world import MailWorld, free_port, mail_world, smtp_server

pytestmark = pytest.mark.django_db


@pytest.fixture
def world() -> MailWorld:
    return mail_world()


def _smtp(port: int) -> SmtpTransport:
    return SmtpTransport(parse_smtp_url(f"smtp://127.0.0.1:{port}"))


def test_publishing_to_everyone_queues_one_programme_per_person(world: MailWorld) -> None:
    count = announce_version.call(world.version.pk, "everyone")
    rows = OutboxMessage.objects.filter(mission=world.record)
    assert count == 4
    assert sorted(rows.values_list("address", flat=True)) == [
        "d1@example.org",
        "d2@example.org",
        "h1@example.org",
        "h2@example.org",
    ]
    assert set(rows.values_list("kind", "state").distinct()) == {("programme", "queued")}


def test_announcing_the_same_version_twice_queues_nothing_more(world: MailWorld) -> None:
    announce_version.call(world.version.pk, "everyone")
    again = announce_version.call(world.version.pk, "everyone")
    assert again == 0
    assert OutboxMessage.objects.count() == 4


def test_nobody_means_no_message(world: MailWorld) -> None:
    assert announce_version.call(world.version.pk, "nobody") == 0
    assert OutboxMessage.objects.count() == 0


def test_only_affected_people_hear_of_a_change(world: MailWorld) -> None:
    schedule = load_schedule(world.version)
    moved = tuple(
        m.model_copy(
            update={
                "start": m.start + timedelta(hours=2),
                "end": m.end + timedelta(hours=2),
                "sequence": 1,
            }
        )
        if m.id == "m2"
        else m
        for m in schedule.meetings
    )
    v2 = save_schedule(
        world.record, schedule.model_copy(update={"meetings": moved}), user=None, state="final"
    )
    announce_version.call(v2.pk, "affected")
    rows = OutboxMessage.objects.filter(kind="changes")
    assert sorted(rows.values_list("pid", flat=True)) == ["d2", "h2"]


def test_delivery_sends_each_message_once_through_smtp(world: MailWorld) -> None:
    announce_version.call(world.version.pk, "everyone")
    with smtp_server() as server:
        first = deliver_due(transport=_smtp(server.port))
        second = deliver_due(transport=_smtp(server.port))
    assert (first.sent, second.sent) == (4, 0)
    ids = [raw.split(b"Message-ID: ")[1].split(b"\r\n")[0] for _, raw in server.mailbox.received]
    assert len(set(ids)) == 4
    assert OutboxMessage.objects.filter(state=OutboxState.SENT).count() == 4


def test_a_temporary_refusal_is_retried_later_with_the_reason(world: MailWorld) -> None:
    announce_version.call(world.version.pk, "everyone")
    with smtp_server() as server:
        server.mailbox.refuse.add("h1@example.org")
        server.mailbox.refuse_code = "451 4.3.0 try again later"
        deliver_due(transport=_smtp(server.port))
    row = OutboxMessage.objects.get(address="h1@example.org")
    assert (row.state, row.attempts) == (OutboxState.QUEUED, 1)
    assert row.last_error.startswith("451")
    assert row.next_attempt_at > timezone.now() + timedelta(seconds=50)


def test_a_permanent_refusal_fails_and_can_be_resent(world: MailWorld) -> None:
    announce_version.call(world.version.pk, "everyone")
    with smtp_server() as server:
        server.mailbox.refuse.add("h1@example.org")
        deliver_due(transport=_smtp(server.port))
        row = OutboxMessage.objects.get(address="h1@example.org")
        assert (row.state, row.last_error[:3]) == (OutboxState.FAILED, "550")
        server.mailbox.refuse.clear()
        assert resend(world.record, [row.pk]) == 1
        again = deliver_due(transport=_smtp(server.port))
    assert again.sent == 1
    assert [r for r, _ in server.mailbox.received].count(["h1@example.org"]) == 1


def test_an_unreachable_server_keeps_every_message_queued_with_the_reason(
    world: MailWorld,
) -> None:
    announce_version.call(world.version.pk, "everyone")
    report = deliver_due(transport=_smtp(free_port()))
    assert report.sent == 0
    rows = OutboxMessage.objects.all()
    assert {r.state for r in rows} == {OutboxState.QUEUED}
    assert all("Could not reach the mail server" in r.last_error for r in rows)
    assert all(r.next_attempt_at > timezone.now() for r in rows)


def test_a_message_whose_worker_died_is_flagged_not_resent(world: MailWorld) -> None:
    announce_version.call(world.version.pk, "everyone")
    row = OutboxMessage.objects.first()
    assert row is not None
    OutboxMessage.objects.filter(pk=row.pk).update(
        state=OutboxState.SENDING, lease_until=timezone.now() - timedelta(seconds=1)
    )
    with smtp_server() as server:
        report = deliver_due(transport=_smtp(server.port))
    row.refresh_from_db()
    assert (report.sent, report.unknown, row.state) == (3, 1, OutboxState.UNKNOWN)
    assert row.address not in {r[0] for r, _ in server.mailbox.received}


def test_default_transport_writes_eml_files(world: MailWorld, tmp_path: Any) -> None:
    announce_version.call(world.version.pk, "everyone")
    deliver_due(transport=FileTransport(tmp_path))
    assert len(list(tmp_path.glob("*.eml"))) == 4


def test_people_who_opted_out_get_no_reminder(world: MailWorld) -> None:
    MailPreference.objects.create(mission=world.record, pid="d1", reminders=False)
    evening = load_schedule(world.version).meetings[0].start - timedelta(hours=15)  # 19:00
    notifying.queue_reminders(world.record, world.version, evening)
    assert list(OutboxMessage.objects.values_list("pid", flat=True)) == ["h1"]


def test_publish_form_asks_whom_to_tell(
    world: MailWorld, django_capture_on_commit_callbacks: Any
) -> None:
    draft = save_schedule(world.record, load_schedule(world.version), user=None)
    page = world.client().get(reverse("wafd:version", args=[world.record.pk, draft.number]))
    assert b'name="tell" value="affected" checked' in page.content
    with django_capture_on_commit_callbacks(execute=True):
        world.client().post(
            reverse("wafd:publish", args=[world.record.pk, draft.number]),
            {"state": "final", "tell": "everyone"},
        )
    (queued,) = DBTaskResult.objects.filter(task_path__endswith="announce_version")
    assert queued.args_kwargs["args"] == [draft.pk, "everyone"]
    announce_version.call(*queued.args_kwargs["args"])
    assert OutboxMessage.objects.filter(kind="programme").count() == 4


def test_outbox_page_shows_failures_and_resends_them(world: MailWorld) -> None:
    announce_version.call(world.version.pk, "everyone")
    OutboxMessage.objects.filter(address="h2@example.org").update(
        state=OutboxState.FAILED, last_error="550 5.1.1 mailbox unavailable"
    )
    client = world.client()
    page = client.get(reverse("wafd:outbox", args=[world.record.pk]))
    assert "550 5.1.1 mailbox unavailable" in page.content.decode()
    row = OutboxMessage.objects.get(address="h2@example.org")
    client.post(reverse("wafd:outbox-resend", args=[world.record.pk]), {"message": [row.pk]})
    row.refresh_from_db()
    assert (row.state, row.attempts) == (OutboxState.QUEUED, 0)


def test_a_cancelled_meeting_reaches_its_people_as_a_cancellation(world: MailWorld) -> None:
    schedule = load_schedule(world.version)
    cancelled = tuple(
        m.model_copy(update={"status": MeetingStatus.CANCELLED, "sequence": 1})
        if m.id == "m1"
        else m
        for m in schedule.meetings
    )
    v2 = save_schedule(
        world.record, schedule.model_copy(update={"meetings": cancelled}), user=None, state="final"
    )
    announce_version.call(v2.pk, "affected")
    raws = [
        bytes(r) for r in OutboxMessage.objects.filter(kind="changes").values_list("raw", flat=True)
    ]
    assert len(raws) == 2
    assert all(b"method=CANCEL" in raw or b'method="CANCEL"' in raw for raw in raws)


def test_publishing_through_the_api_can_tell_everyone(
    world: MailWorld, django_capture_on_commit_callbacks: Any
) -> None:
    from wafd.web.models import ApiToken
    from wafd.web.views.tokens import digest

    ApiToken.objects.create(user=world.organiser, digest=digest("key-for-mail"))
    client = Client(headers={"Authorization": "Bearer key-for-mail"})
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/api/missions/{world.record.pk}/versions/1/publish",
            {"state": "final", "tell": "everyone"},
            content_type="application/json",
        )
    assert response.status_code == 200
    (queued,) = DBTaskResult.objects.filter(task_path__endswith="announce_version")
    assert queued.args_kwargs["args"][1] == "everyone"


def test_the_next_reminder_is_due_the_evening_before_in_local_time(world: MailWorld) -> None:
    first = load_schedule(world.version).meetings[0].start  # Monday 10:00 in Houston
    due = notifying.next_reminder(world.record, world.version, first - timedelta(days=3))
    assert due == datetime(2024, 2, 4, 18, 0, tzinfo=ZoneInfo("America/Chicago"))


def test_the_reminder_task_stops_once_the_mission_is_over(world: MailWorld) -> None:
    from wafd.web.mail_tasks import send_reminders

    assert send_reminders.call(world.record.pk) == 0
    assert not DBTaskResult.objects.filter(task_path__endswith="send_reminders").exists()


def test_announcing_twice_queues_one_reminder_run(world: MailWorld) -> None:
    announce_version.call(world.version.pk, "nobody")
    announce_version.call(world.version.pk, "nobody")
    runs = DBTaskResult.objects.filter(task_path__endswith=".send_reminders", status="READY")
    assert [r.args_kwargs["args"] for r in runs] == [[world.record.pk]]
