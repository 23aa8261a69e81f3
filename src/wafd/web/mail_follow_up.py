"""The outbox's messages that need outcomes: feedback requests and a survey round by e-mail.

Feedback requests are queued by the worker (``mail_tasks.send_feedback_requests``) when
meetings of the published programme end, the way reminders are: one run per mission that
comes back at the next meeting's end. Attendance taken at the door is respected (nobody is
asked about a meeting recorded as not held, nor about one they missed), and nobody is asked
for feedback they already gave. A survey round is sent when an organiser asks, from the
survey links page: each delegate and host gets their own signed, expiring link. Outbox keys
make both idempotent.
"""

from datetime import datetime, timedelta

from django.urls import reverse
from django.utils import timezone

from wafd.notify import next_feedback_due, plan_feedback_requests, plan_survey_round
from wafd.outcomes.model import AttendanceStatus
from wafd.web.mail_models import OutboxMessage
from wafd.web.models import MissionRecord, ParticipantRow, ScheduleVersion
from wafd.web.notifying import CHUNK, context_for, opted_out, site_url
from wafd.web.outbox import queue_plan
from wafd.web.outcomes import load_outcomes
from wafd.web.survey_links import LINK_DAYS, survey_token


def queue_feedback_requests(record: MissionRecord, version: ScheduleVersion, now: datetime) -> int:
    """Requests for the meetings ended by ``now``; skips opt-outs of automatic prompts."""
    context = context_for(record, version, now)
    outcomes = load_outcomes(record)
    attendance = outcomes.attendance
    plan = plan_feedback_requests(
        context=context,
        link_for=lambda mid: site_url(reverse("wafd:feedback", args=[record.pk, mid])),
        not_held={a.meeting for a in attendance if a.status != AttendanceStatus.HELD},
        absent={a.meeting: a.absent for a in attendance},
        answered={(f.meeting, f.participant) for f in outcomes.feedback},
        skip=opted_out(record, "reminders"),
        queued=set(
            OutboxMessage.objects.filter(mission=record, kind="feedback").values_list(
                "key", flat=True
            )
        ),
    )
    return queue_plan(record, plan)


def next_feedback(
    record: MissionRecord, version: ScheduleVersion, now: datetime
) -> datetime | None:
    """When the next meeting of this version ends after ``now``."""
    return next_feedback_due(context_for(record, version, now))


def queue_survey_round(
    record: MissionRecord, version: ScheduleVersion | None, *, round_id: str
) -> int:
    """Each delegate's and host's own link to ``round_id``; 0 when the round does not exist."""
    chosen = next((r for r in load_outcomes(record).survey_rounds if r.id == round_id), None)
    if chosen is None:
        return 0
    now = timezone.now()
    context = context_for(record, version, now)
    rows = dict(ParticipantRow.objects.filter(mission=record).values_list("pid", "pk"))

    def link_for(pid: str) -> str:
        token = survey_token(mission_pk=record.pk, participant_pk=rows[pid], round_id=round_id)
        return site_url(reverse("wafd:survey-answer", args=[token]))

    people = [p for p in context.mission.participants if p.id in rows]
    expires = now.date() + timedelta(days=LINK_DAYS - 1)
    queued = 0
    for start in range(0, len(people), CHUNK):
        plan = plan_survey_round(
            context=context,
            participants=people[start : start + CHUNK],
            round_id=round_id,
            months_after=chosen.months_after,
            link_for=link_for,
            expires=expires,
        )
        queued += queue_plan(record, plan)
    return queued
