"""Feedback requests queued by the worker as meetings end; survey rounds sent by organisers."""

from datetime import timedelta
from email import message_from_bytes, policy
from typing import Any
from urllib.parse import urlsplit

import pytest
from django.test import Client
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from wafd.outcomes import record_attendance
from wafd.outcomes.model import AttendanceStatus
from wafd.web import mail_follow_up
from wafd.web.mail_models import MailPreference, OutboxMessage
from wafd.web.mail_tasks import announce_version, send_survey_round
from wafd.web.outbox import deliver_due
from wafd.web.outcomes import change_outcomes
from wafd.web.store import load_schedule

from .mail_world import MailWorld, mail_world, smtp_server
from .test_mail_outbox import _smtp

pytestmark = pytest.mark.django_db


@pytest.fixture
def world() -> MailWorld:
    return mail_world()


def _after_first_meeting(world: MailWorld) -> Any:
    first = min(load_schedule(world.version).meetings, key=lambda m: m.end)
    return first, first.end + timedelta(minutes=5)


def test_feedback_requests_are_queued_once_per_person_and_meeting(world: MailWorld) -> None:
    meeting, now = _after_first_meeting(world)

    first = mail_follow_up.queue_feedback_requests(world.record, world.version, now)
    again = mail_follow_up.queue_feedback_requests(world.record, world.version, now)

    rows = OutboxMessage.objects.filter(kind="feedback")
    assert (first, again) == (len(meeting.participants), 0)
    assert sorted(rows.values_list("pid", flat=True)) == sorted(meeting.participants)
    feedback_path = reverse("wafd:feedback", args=[world.record.pk, meeting.id])
    assert all(feedback_path.encode() in bytes(row.raw) for row in rows)


def test_feedback_requests_respect_attendance_and_opt_outs(world: MailWorld) -> None:
    meeting, now = _after_first_meeting(world)
    absent, opted_out, *others = meeting.participants
    MailPreference.objects.create(mission=world.record, pid=opted_out, reminders=False)
    change_outcomes(
        world.membership,
        action="attendance",
        target=meeting.id,
        change=lambda outcomes, ctx: record_attendance(
            outcomes, context=ctx, meeting=meeting.id, status=AttendanceStatus.HELD, absent=[absent]
        ),
    )

    mail_follow_up.queue_feedback_requests(world.record, world.version, now)

    asked = set(OutboxMessage.objects.filter(kind="feedback").values_list("pid", flat=True))
    assert asked == set(others)


def test_announcing_a_version_starts_one_feedback_run(world: MailWorld) -> None:
    announce_version.call(world.version.pk, "nobody")
    announce_version.call(world.version.pk, "nobody")

    runs = DBTaskResult.objects.filter(task_path__endswith=".send_feedback_requests")
    assert [r.args_kwargs["args"] for r in runs] == [[world.record.pk]]


def test_organiser_sends_a_survey_round_each_person_their_own_link(
    world: MailWorld, django_capture_on_commit_callbacks: Any
) -> None:
    client = world.client()
    links = reverse("wafd:survey-links", args=[world.record.pk])
    client.post(links, {"round": "m3", "months_after": 3})
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("wafd:survey-send", args=[world.record.pk]), {"round": "m3"})
    (queued,) = DBTaskResult.objects.filter(task_path__endswith=".send_survey_round")

    count = send_survey_round.call(*queued.args_kwargs["args"])
    repeated = send_survey_round.call(world.record.pk, "m3")

    assert response.status_code == 302
    assert (count, repeated) == (4, 0)
    with smtp_server() as server:
        report = deliver_due(transport=_smtp(server.port))
    assert report.sent == 4
    by_address = {to[0]: raw for to, raw in server.mailbox.received}
    message: Any = message_from_bytes(by_address["d1@example.org"], policy=policy.default)
    text = message.get_body(("plain",)).get_content()
    link = next(line for line in text.splitlines() if "/survey/" in line)
    assert Client().get(urlsplit(link).path).status_code == 200


def test_sending_an_unknown_round_queues_nothing(world: MailWorld) -> None:
    response = world.client().post(
        reverse("wafd:survey-send", args=[world.record.pk]), {"round": "nope"}
    )

    assert response.status_code == 302
    assert not DBTaskResult.objects.filter(task_path__endswith=".send_survey_round").exists()


def test_the_feedback_run_stops_once_the_mission_is_over(world: MailWorld) -> None:
    from wafd.web.mail_tasks import send_feedback_requests

    assert send_feedback_requests.call(world.record.pk) == 0  # the meetings were in 2024
    assert not DBTaskResult.objects.filter(task_path__endswith="send_feedback_requests").exists()
