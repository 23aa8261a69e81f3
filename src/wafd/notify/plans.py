"""Who gets which message for an event: the one entry point per kind that CLI, web and tasks call.

``plan_programme`` (first publication), ``plan_changes`` (only those a change touches),
``plan_reminders`` (the evening before, local time of the next day's city) and ``plan_note``
(an organiser's message to a group) each return a ``Plan``: addressed messages plus the
people who have no usable address.
"""

from collections.abc import Collection, Iterable
from datetime import date, datetime, time, timedelta
from functools import partial

from wafd.model import Participant, Schedule
from wafd.notify.changes import changes_between, personal_changes, touched
from wafd.notify.letters import change_letter, note_letter, programme_letter, reminder_letter
from wafd.notify.outgoing import Context, Plan, address_in_their_words

REMINDER_TIME = time(18, 0)
"""Reminders go out at this local time, the evening before, in the next day's city."""


def plan_programme(*, context: Context, participants: Iterable[Participant]) -> Plan:
    """Everyone's programme, for people with at least one meeting."""
    plan = Plan()
    version = context.schedule.version
    for person in participants:
        if not context.schedule.for_participant(person.id):
            continue
        address_in_their_words(
            plan, context, person, kind="programme", tag=f"v{version}", letter=programme_letter
        )
    return plan


def plan_changes(*, context: Context, since: Schedule, participants: Iterable[Participant]) -> Plan:
    """A notice to each of ``participants`` a change from ``since`` touches, to no one else."""
    changes = changes_between(since, context.schedule)
    concerned = touched(changes)
    plan = Plan()
    tag = f"v{since.version}-v{context.schedule.version}"
    for person in participants:
        if person.id not in concerned:
            continue
        mine = personal_changes(changes, person.id)
        if not mine:
            continue
        address_in_their_words(
            plan,
            context,
            person,
            kind="changes",
            tag=tag,
            letter=partial(change_letter, changes=mine),
        )
    return plan


def reminder_due(context: Context, day: date) -> datetime | None:
    """When the reminder for ``day`` goes out: 18:00 the evening before, in that day's city."""
    leg = context.mission.leg_on(day)
    if leg is None:
        return None
    return datetime.combine(day - timedelta(days=1), REMINDER_TIME, tzinfo=leg.zone)


def plan_reminders(
    *, context: Context, participants: Iterable[Participant], skip: Collection[str] = ()
) -> Plan:
    """Reminders due by ``context.now`` for days not yet begun; ``skip``: ids who opted out."""
    plan = Plan()
    for person in participants:
        if person.id in skip:
            continue
        days = {context.facts.local_day(m) for m in context.schedule.for_participant(person.id)}
        for day in sorted(days):
            due = reminder_due(context, day)
            leg = context.mission.leg_on(day)
            if due is None or leg is None or due > context.now:
                continue
            if datetime.combine(day, time(0, 0), tzinfo=leg.zone) <= context.now:
                continue
            address_in_their_words(
                plan,
                context,
                person,
                kind="reminder",
                tag=day.isoformat(),
                letter=partial(reminder_letter, day=day),
            )
    return plan


def plan_note(
    *,
    context: Context,
    participants: Iterable[Participant],
    subject: str,
    body: str,
    note_id: str,
    skip: Collection[str] = (),
) -> Plan:
    """An organiser's message to a group; ``skip``: ids who opted out of group messages."""
    plan = Plan()
    for person in participants:
        if person.id in skip:
            continue
        address_in_their_words(
            plan,
            context,
            person,
            kind="message",
            tag=note_id,
            letter=partial(note_letter, subject=subject, body=body),
        )
    return plan
