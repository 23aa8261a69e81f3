"""Tables of the mail outbox: every message to a person, durable until the server took it.

A row is written when a message is queued, with a unique ``key`` naming one event for one
person, so queueing the same event twice adds nothing. The worker claims a row by moving it
to ``sending`` with a lease, hands it to the mail server, then marks it ``sent``. A worker
killed in the middle leaves at most the row it was sending: once its lease ends that row
becomes ``unknown`` (it may or may not have gone out) and is never sent again on its own; an
organiser sees it and can re-send. So nothing is lost silently and nothing goes out twice.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class OutboxState(models.TextChoices):
    QUEUED = "queued", _("queued")
    SENDING = "sending", _("sending")
    SENT = "sent", _("sent")
    FAILED = "failed", _("failed")
    UNKNOWN = "unknown", _("interrupted")


class OutboxMessage(models.Model):
    mission = models.ForeignKey(
        "wafd.MissionRecord", null=True, blank=True, on_delete=models.CASCADE, related_name="mail"
    )
    key = models.CharField(max_length=300, unique=True)
    kind = models.CharField(max_length=20)
    pid = models.CharField(max_length=200, blank=True, default="")
    """The participant it is addressed to, when it is a mission's message to a participant."""
    name = models.CharField(max_length=300, blank=True, default="")
    address = models.CharField(max_length=254)
    sender = models.CharField(max_length=254)
    subject = models.CharField(max_length=500)
    raw = models.BinaryField()
    state = models.CharField(
        max_length=10, choices=OutboxState.choices, default=OutboxState.QUEUED, db_index=True
    )
    attempts = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField(db_index=True)
    lease_until = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True, default="")
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]


class MailPreference(models.Model):
    """A participant's choice of optional mail; change notices are never optional."""

    mission = models.ForeignKey(
        "wafd.MissionRecord", on_delete=models.CASCADE, related_name="mail_preferences"
    )
    pid = models.CharField(max_length=200)
    reminders = models.BooleanField(default=True)
    messages = models.BooleanField(default=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["mission", "pid"], name="mail_preference_once")
        ]
