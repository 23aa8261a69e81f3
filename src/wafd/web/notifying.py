"""What the web application tells people, and when: one function per occasion.

Each builds the engine's ``Plan`` (``wafd.notify``) from the stored mission and version and
queues it in the outbox; the background worker calls them (building PDFs for hundreds of
people does not belong in a web request). Opt-outs of optional mail are applied here.
"""

from datetime import datetime

from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from wafd.model import Mission, Schedule
from wafd.notify import (
    Context,
    Person,
    default_sender,
    plan_changes,
    plan_note,
    plan_programme,
    plan_reminders,
    reminder_due,
    select_participants,
)
from wafd.web.mail_models import MailPreference
from wafd.web.models import MissionRecord, ScheduleVersion, VersionState
from wafd.web.outbox import queue_plan
from wafd.web.store import load_mission, load_schedule

TELL_CHOICES = ("everyone", "affected", "nobody")
CHUNK = 100


def site_url(path: str) -> str:
    return f"{str(getattr(settings, 'WAFD_SITE_URL', '')).rstrip('/')}{path}"


def sender_for(mission: Mission) -> Person:
    """``WAFD_EMAIL_FROM`` when set, else the mission's first organiser with an address."""
    configured = str(getattr(settings, "WAFD_EMAIL_FROM", "") or "")
    if configured:
        return Person(configured, mission.name.get(str(mission.languages[0])))
    return default_sender(mission)


def context_for(record: MissionRecord, version: ScheduleVersion | None, now: datetime) -> Context:
    mission = load_mission(record)
    schedule = load_schedule(version) if version else Schedule(mission=mission.id)
    agenda = site_url(reverse("wafd:agenda", args=[record.pk]))
    return Context(mission, schedule, sender_for(mission), now, agenda)


def previous_published(version: ScheduleVersion) -> ScheduleVersion | None:
    return (
        ScheduleVersion.objects.filter(mission=version.mission, number__lt=version.number)
        .exclude(state=VersionState.DRAFT)
        .order_by("-number")
        .first()
    )


def opted_out(record: MissionRecord, field: str) -> set[str]:
    rows = MailPreference.objects.filter(mission=record, **{field: False})
    return set(rows.values_list("pid", flat=True))


def queue_publication(version: ScheduleVersion, *, tell: str) -> int:
    """After publishing: the programme to everyone, or notices to those a change touches.

    People are taken ``CHUNK`` at a time, each chunk's messages (PDF and invitations) queued
    before the next is built, so memory stays bounded for events of thousands.
    """
    if tell not in TELL_CHOICES or tell == "nobody":
        return 0
    record = version.mission
    context = context_for(record, version, timezone.now())
    people = list(context.mission.participants)
    before = previous_published(version)
    since = load_schedule(before) if tell == "affected" and before is not None else None
    queued = 0
    for start in range(0, len(people), CHUNK):
        chunk = people[start : start + CHUNK]
        if since is not None:
            plan = plan_changes(context=context, since=since, participants=chunk)
        else:
            plan = plan_programme(context=context, participants=chunk)
        queued += queue_plan(record, plan)
    return queued


def queue_reminders(record: MissionRecord, version: ScheduleVersion, now: datetime) -> int:
    """Reminders due by ``now`` (the evening before, local time), skipping opt-outs."""
    context = context_for(record, version, now)
    plan = plan_reminders(
        context=context,
        participants=context.mission.participants,
        skip=opted_out(record, "reminders"),
    )
    return queue_plan(record, plan)


def next_reminder(
    record: MissionRecord, version: ScheduleVersion, now: datetime
) -> datetime | None:
    """When the next reminder of this version falls due after ``now``."""
    context = context_for(record, version, now)
    days = {context.facts.local_day(m) for m in context.schedule.meetings}
    times = [due for day in days if (due := reminder_due(context, day)) and due > now]
    return min(times, default=None)


def queue_note(
    record: MissionRecord,
    version: ScheduleVersion | None,
    *,
    to: str,
    subject: str,
    body: str,
    note_id: str,
) -> int:
    """An organiser's message to a group, skipping those who opted out of group messages."""
    context = context_for(record, version, timezone.now())
    plan = plan_note(
        context=context,
        participants=select_participants(context.mission, to=to),
        subject=subject,
        body=body,
        note_id=note_id,
        skip=opted_out(record, "messages"),
    )
    return queue_plan(record, plan)
