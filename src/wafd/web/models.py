"""Database tables of the web application.

A mission is stored so that the engine's ``Mission`` can be rebuilt exactly:
participants, requests and scheduled meetings are rows (they are what people
edit, filter and are scoped by); the rest of the mission (legs, venues,
organisations, themes, planned meetings) is the pydantic model's JSON in
``MissionRecord.content``. Every query a view makes goes through a mission the
user is a member of (see ``wafd.web.access``).
"""

from typing import Any

from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

SEED_MAX = 2**31 - 1
"""The largest solver seed: CP-SAT's is a signed 32-bit integer (as ``wafd schedule --seed``)."""


class MissionRecord(models.Model):
    """A mission in the database; ``slug`` is the engine's ``Mission.id``."""

    slug = models.CharField(max_length=200)
    name = models.CharField(max_length=300)
    content = models.JSONField(default=dict)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    changed_at = models.DateTimeField(default=timezone.now)
    """When anything of the mission last changed: part of every cached page's key."""

    class Meta:
        permissions = [("create_mission", _("Can create missions"))]
        """A site permission: an administrator gives it (``wafd grant-creator``, the admin)."""

    def __str__(self) -> str:
        return self.name


class MemberRole(models.TextChoices):
    ORGANISER = "organiser", _("organiser")
    DELEGATE = "delegate", _("delegate")
    HOST = "host", _("host")
    VIEWER = "viewer", _("viewer")


class ParticipantRow(models.Model):
    """One participant of a mission; ``data`` is the full ``Participant`` model as JSON."""

    mission = models.ForeignKey(MissionRecord, on_delete=models.CASCADE, related_name="people")
    pid = models.CharField(max_length=200)
    name = models.CharField(max_length=300)
    role = models.CharField(max_length=20)
    organisation = models.CharField(max_length=200)
    data = models.JSONField(default=dict)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["mission", "pid"], name="participant_once")]
        ordering = ["role", "name"]

    def __str__(self) -> str:
        return self.pid


class Membership(models.Model):
    """A user's role in one mission; delegates and hosts are linked to their participant."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    mission = models.ForeignKey(MissionRecord, on_delete=models.CASCADE, related_name="members")
    role = models.CharField(max_length=20, choices=MemberRole.choices)
    participant = models.ForeignKey(
        ParticipantRow, null=True, blank=True, on_delete=models.SET_NULL, related_name="members"
    )

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "mission"], name="member_once")]


class RequestStatus(models.TextChoices):
    PENDING = "pending", _("pending")
    ACCEPTED = "accepted", _("accepted")
    DECLINED = "declined", _("declined")


class RequestRow(models.Model):
    """A meeting request; a host's ``declined`` keeps it out of the engine's mission."""

    mission = models.ForeignKey(MissionRecord, on_delete=models.CASCADE, related_name="requests")
    requester = models.CharField(max_length=200)
    target = models.CharField(max_length=200)
    preference = models.CharField(max_length=10)
    reason = models.TextField(blank=True, default="")
    duration_minutes = models.PositiveIntegerField(null=True, blank=True)
    source = models.CharField(max_length=40, default="participant")
    status = models.CharField(
        max_length=10, choices=RequestStatus.choices, default=RequestStatus.PENDING
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["mission", "requester", "target"], name="request_once")
        ]
        ordering = ["requester", "target"]


class VersionState(models.TextChoices):
    DRAFT = "draft", _("draft")
    PRELIMINARY = "preliminary", _("preliminary")
    FINAL = "final", _("final")


class ScheduleVersion(models.Model):
    """One version of the programme; published versions are never edited again."""

    mission = models.ForeignKey(MissionRecord, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    state = models.CharField(max_length=12, choices=VersionState.choices)
    label = models.CharField(max_length=200, blank=True, default="")
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    published_at = models.DateTimeField(null=True, blank=True)
    unscheduled = models.JSONField(default=list)
    cancellations = models.JSONField(default=list)
    """Participants and meetings cancelled by re-plans; every later re-plan keeps them."""
    solver_status = models.CharField(max_length=20, blank=True, default="")
    objective = models.JSONField(default=dict)
    bound = models.JSONField(default=dict)
    source = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="copies"
    )
    """The version this one was copied from (to publish it, or to edit a published one)."""

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["mission", "number"], name="version_number_once")
        ]
        ordering = ["-number"]

    @property
    def solver_status_label(self) -> str:
        """The solver's status in the reader's language ("feasible" meant nothing to users)."""
        labels = {
            "optimal": _("proven best"),
            "feasible": _("good, not proven best"),
            "unknown": _("incomplete"),
            "infeasible": _("impossible"),
        }
        return str(labels.get(self.solver_status, self.solver_status))


class MeetingRow(models.Model):
    """A scheduled meeting of one version; ``data`` is the full ``ScheduledMeeting`` as JSON."""

    version = models.ForeignKey(ScheduleVersion, on_delete=models.CASCADE, related_name="meetings")
    mid = models.CharField(max_length=200)
    title = models.CharField(max_length=500)
    start = models.DateTimeField()
    end = models.DateTimeField()
    status = models.CharField(max_length=12)
    locked = models.BooleanField(default=False)
    data = models.JSONField(default=dict)
    attendees = models.ManyToManyField(ParticipantRow, related_name="meetings")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["version", "mid"], name="meeting_once")]
        ordering = ["start", "mid"]


class AuditEntry(models.Model):
    """Who changed which meeting, request or version, and when (shown to organisers)."""

    mission = models.ForeignKey(MissionRecord, on_delete=models.CASCADE, related_name="audit")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    at = models.DateTimeField(auto_now_add=True, db_index=True)
    action = models.CharField(max_length=40)
    target = models.CharField(max_length=300)
    detail = models.JSONField(default=dict)

    class Meta:
        ordering = ["-at", "-id"]


class CalendarToken(models.Model):
    """The secret in a personal calendar subscription URL; revoking it kills the URL."""

    membership = models.ForeignKey(Membership, on_delete=models.CASCADE, related_name="calendars")
    token = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    revoked_at = models.DateTimeField(null=True, blank=True)


class ApiToken(models.Model):
    """A REST API key; only its SHA-256 is stored, the key is shown once."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens"
    )
    digest = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)


class RunState(models.TextChoices):
    QUEUED = "queued", _("queued")
    RUNNING = "running", _("running")
    SUCCEEDED = "succeeded", _("succeeded")
    FAILED = "failed", _("failed")
    CANCELLED = "cancelled", _("cancelled")


class RunFailure(models.TextChoices):
    """Why a run failed, shown to organisers in their language (the details go to the log)."""

    CRASHED = (
        "crashed",
        _(
            "The scheduler stopped with an error before it found a schedule. Check the mission "
            "(Validate) for something it cannot plan; your administrator's log names this run."
        ),
    )
    WORKER_LOST = (
        "worker-lost",
        _(
            "The worker carrying out this run stopped before it finished; nothing was saved. "
            "Start the run again."
        ),
    )
    VERSION_GONE = (
        "version-gone",
        _(
            "The version to re-plan no longer exists: start the re-plan again from the latest "
            "version."
        ),
    )


class SchedulingRun(models.Model):
    """A scheduler run in the background; the worker writes progress, the page polls it.

    A running run holds a lease: its worker renews ``heartbeat_at`` every half second, and a
    run whose heartbeat is older than ``LEASE_SECONDS`` belonged to a worker that died.
    """

    LEASE_SECONDS = 30

    mission = models.ForeignKey(MissionRecord, on_delete=models.CASCADE, related_name="runs")
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    kind = models.CharField(max_length=10, default="schedule")  # schedule | replan
    mode = models.CharField(max_length=10, default="optimal")
    time_limit = models.FloatField(default=30.0)
    seed = models.PositiveIntegerField(
        null=True, blank=True, validators=[MaxValueValidator(SEED_MAX)]
    )
    """The solver's seed: the same mission and seed give the same schedule (slower search)."""
    options = models.JSONField(default=dict)
    state = models.CharField(max_length=12, choices=RunState.choices, default=RunState.QUEUED)
    cancel_requested = models.BooleanField(default=False)
    objective = models.JSONField(default=dict)
    bound = models.JSONField(default=dict)
    seconds = models.FloatField(default=0.0)
    message = models.TextField(blank=True, default="")
    failure = models.CharField(max_length=20, blank=True, default="")
    """A ``RunFailure`` value when the run failed."""
    version = models.ForeignKey(
        ScheduleVersion, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    heartbeat_at = models.DateTimeField(null=True, blank=True)
    worker = models.CharField(max_length=100, blank=True, default="")
    """Host and process id of the worker holding the run's lease."""

    class Meta:
        ordering = ["-created_at"]

    def shown_message(self) -> str:
        """What organisers read: a failure in their language, else the engine's message."""
        return str(RunFailure(self.failure).label) if self.failure else self.message

    def progress(self) -> dict[str, Any]:
        return {
            "state": self.state,
            "state_label": str(self.get_state_display()),
            "objective": self.objective,
            "bound": self.bound,
            "seconds": round(self.seconds, 1),
            "message": self.shown_message(),
            "cancel_requested": self.cancel_requested,
            "version": self.version.number if self.version else None,
        }


class Invitation(models.Model):
    """An organiser's offer of a role in their mission; the person accepts it by its link.

    Only the SHA-256 of the link's secret is stored; the link is shown to the organiser
    once, or mailed to ``email`` (``web/invitations.py``). Accepting consumes it.
    """

    mission = models.ForeignKey(MissionRecord, on_delete=models.CASCADE, related_name="invitations")
    role = models.CharField(max_length=20, choices=MemberRole.choices)
    participant = models.ForeignKey(
        ParticipantRow, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    digest = models.CharField(max_length=64, unique=True)
    email = models.EmailField(max_length=150, blank=True, default="")
    """The address the link was mailed to (it becomes the username of a new account)."""
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    accepted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]


class LoginDelay(models.Model):
    """Failed logins of one key (hashed account or client address) and when the next may try.

    Per account the wait grows with each failure and never becomes a lock: the right
    password after the wait always works, so nobody can lock another person out.
    """

    key = models.CharField(max_length=64, unique=True)
    failures = models.PositiveIntegerField(default=0)
    last_failure = models.DateTimeField(default=timezone.now)
    next_attempt = models.DateTimeField(default=timezone.now)


class ImportState(models.TextChoices):
    QUEUED = "queued", _("queued")
    RUNNING = "running", _("reading")
    SUCCEEDED = "succeeded", _("imported")
    FAILED = "failed", _("refused")
    DUPLICATE = "duplicate", _("already imported")


class ImportJob(models.Model):
    """An uploaded mission file, read by the background worker, never in the request.

    ``issues`` keeps the first problems of the report (``issue_count`` counts them all);
    ``parsed`` holds the read mission while its importer decides what to do with a
    mission whose identifier they already have. A job being read holds a lease like a
    scheduler run (``heartbeat_at``, see ``job_leases``).
    """

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    filename = models.CharField(max_length=200)
    language = models.CharField(max_length=8, default="en")
    payload = models.BinaryField()
    state = models.CharField(max_length=12, choices=ImportState.choices, default=ImportState.QUEUED)
    message = models.TextField(blank=True, default="")
    issues = models.JSONField(default=list)
    issue_count = models.PositiveIntegerField(default=0)
    parsed = models.JSONField(null=True, blank=True)
    mission = models.ForeignKey(
        MissionRecord, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    heartbeat_at = models.DateTimeField(null=True, blank=True)
    worker = models.CharField(max_length=100, blank=True, default="")


class BundleState(models.TextChoices):
    QUEUED = "queued", _("queued")
    RUNNING = "running", _("being prepared")
    READY = "ready", _("ready")
    FAILED = "failed", _("failed")


class DocumentBundle(models.Model):
    """A zip of one kind of document for one version, built by the worker with progress.

    It belongs to the mission as it was at ``stamp`` (its ``changed_at``): once the
    mission changes, a new bundle is prepared rather than an outdated one served. A bundle
    being built holds a lease like a scheduler run (``heartbeat_at``, see ``job_leases``).
    """

    mission = models.ForeignKey(MissionRecord, on_delete=models.CASCADE, related_name="+")
    version = models.ForeignKey(ScheduleVersion, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=10)
    stamp = models.DateTimeField()
    state = models.CharField(max_length=10, choices=BundleState.choices, default=BundleState.QUEUED)
    done = models.PositiveIntegerField(default=0)
    total = models.PositiveIntegerField(default=0)
    message = models.TextField(blank=True, default="")
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    heartbeat_at = models.DateTimeField(null=True, blank=True)
    worker = models.CharField(max_length=100, blank=True, default="")

    class Meta:
        ordering = ["-created_at"]


class MissionOutcomes(models.Model):
    """What came of a mission (``wafd.outcomes.Outcomes``): one JSON document per mission.

    Every change goes through an engine action on the whole document inside a transaction
    that locks this row, so two organisers taking attendance at two doors never lose a record.
    """

    mission = models.OneToOneField(MissionRecord, on_delete=models.CASCADE, related_name="outcomes")
    content = models.JSONField(default=dict)
    changed_at = models.DateTimeField(default=timezone.now)


from wafd.web.mail_models import MailPreference, OutboxMessage, OutboxState  # noqa: E402

__all__ = ["MailPreference", "OutboxMessage", "OutboxState"]
