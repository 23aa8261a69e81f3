"""Messages to people: site invitations, programmes, change notices, reminders, group notes,
feedback requests after a meeting and survey rounds.

Pure engine: builds standard-library ``EmailMessage`` objects (text and HTML parts in the
recipient's language, the itinerary PDF and iTIP invitations attached) and sends them through
a thin SMTP transport. The CLI (``wafd mail``) and the web outbox call the same ``plan_*``
functions.
"""

from wafd.notify.changes import changes_between
from wafd.notify.follow_up import (
    next_feedback_due,
    plan_feedback_requests,
    plan_survey_round,
)
from wafd.notify.letter import Letter, Person, compose_message, message_id
from wafd.notify.letters import site_invitation_letter
from wafd.notify.outgoing import KINDS, OPTIONAL_KINDS, Context, Outgoing, Plan, default_sender
from wafd.notify.plans import (
    plan_changes,
    plan_note,
    plan_programme,
    plan_reminders,
    reminder_due,
)
from wafd.notify.recipients import NotifyError, Unreachable, select_participants
from wafd.notify.smtp import (
    Delivery,
    Refusal,
    SendStoppedError,
    SmtpServer,
    close,
    connect,
    hand_over,
    parse_smtp_url,
    send_messages,
)
from wafd.notify.words import Words, recipient_language

__all__ = [
    "KINDS",
    "OPTIONAL_KINDS",
    "Context",
    "Delivery",
    "Letter",
    "NotifyError",
    "Outgoing",
    "Person",
    "Plan",
    "Refusal",
    "SendStoppedError",
    "SmtpServer",
    "Unreachable",
    "Words",
    "changes_between",
    "close",
    "compose_message",
    "connect",
    "default_sender",
    "hand_over",
    "message_id",
    "next_feedback_due",
    "parse_smtp_url",
    "plan_changes",
    "plan_feedback_requests",
    "plan_note",
    "plan_programme",
    "plan_reminders",
    "plan_survey_round",
    "recipient_language",
    "reminder_due",
    "select_participants",
    "send_messages",
    "site_invitation_letter",
]
