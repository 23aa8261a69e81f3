"""The organiser's actions on a schedule, one function each, called by pages and API alike.

Each function checks its input, writes, and records the audit entry. Bad input raises
``ActionError`` with a message for people and the HTTP status the API answers with;
pages show the same message. Published versions are never edited: locking or moving a
meeting writes into the working draft, which is the latest version if it is a draft and
otherwise a new draft copied from it. Moving a meeting, with the checker, is in
``wafd.web.moving``.
"""

from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from wafd.web.access import audit
from wafd.web.leases import finish, lease_expired
from wafd.web.models import (
    SEED_MAX,
    MeetingRow,
    Membership,
    MissionRecord,
    RunState,
    ScheduleVersion,
    SchedulingRun,
    VersionState,
)
from wafd.web.store import copy_version, lock_mission
from wafd.web.tasks import run_scheduler

PUBLISHED_STATES = (VersionState.PRELIMINARY.value, VersionState.FINAL.value)
TIME_LIMITS = (1.0, 600.0)
"""Shortest and longest scheduler run an organiser may ask for, in seconds."""


class ActionError(Exception):
    """Input an action refuses; ``status`` is what the API answers (404, 409 or 422)."""

    def __init__(self, message: str, status: int = 422) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


def latest_version(mission: MissionRecord) -> ScheduleVersion:
    found = ScheduleVersion.objects.filter(mission=mission).order_by("-number").first()
    if found is None:
        raise ActionError(_("Nothing is scheduled yet: run the scheduler first."), 404)
    return found


def version_numbered(mission: MissionRecord, number: int) -> ScheduleVersion:
    found = ScheduleVersion.objects.filter(mission=mission, number=number).first()
    if found is None:
        raise ActionError(_("There is no version %(n)s of this mission.") % {"n": number}, 404)
    return found


def meeting_in(version: ScheduleVersion, mid: str) -> MeetingRow:
    found = MeetingRow.objects.filter(version=version, mid=mid).first()
    if found is None:
        raise ActionError(
            _("Version %(n)s has no meeting %(mid)s.") % {"n": version.number, "mid": mid}, 404
        )
    return found


def working_draft(membership: Membership, *, via: str) -> ScheduleVersion:
    """The latest version if it is a draft, else a new draft copied from the latest."""
    latest = latest_version(membership.mission)
    if latest.state == VersionState.DRAFT:
        return latest
    draft = copy_version(latest, user=membership.user, state=VersionState.DRAFT)
    audit(membership, "version.draft", f"v{draft.number}", source=f"v{latest.number}", via=via)
    return draft


@transaction.atomic
def publish(membership: Membership, number: int, state: str, *, via: str) -> ScheduleVersion:
    """Publish a version as preliminary or final; delegates and hosts then see it.

    A draft becomes the published version itself; a preliminary version published as
    final is copied, so the preliminary one stays available to compare. A final version,
    or a preliminary one published as preliminary again, is refused: nothing would change.
    """
    if state not in PUBLISHED_STATES:
        raise ActionError(_("Publish as preliminary or final."))
    lock_mission(membership.mission_id)
    version = version_numbered(membership.mission, number)
    if version.state == VersionState.FINAL or version.state == state:
        raise ActionError(
            _("Version %(n)s is already published as %(state)s.")
            % {"n": number, "state": version.get_state_display()},
            409,
        )
    copy = version.copies.filter(state=state).order_by("number").first()
    if copy is not None:
        raise ActionError(
            _("Version %(n)s was already published as %(state)s: version %(copy)s.")
            % {"n": number, "state": copy.get_state_display(), "copy": copy.number},
            409,
        )
    if version.state == VersionState.DRAFT:
        version.state = state
        version.published_at = timezone.now()
        version.save(update_fields=["state", "published_at"])
        published = version
    else:
        published = copy_version(version, user=membership.user, state=state)
    audit(membership, f"version.publish.{state}", f"v{published.number}", via=via)
    return published


@transaction.atomic
def set_locked(
    membership: Membership, mid: str, locked: bool, *, via: str
) -> tuple[ScheduleVersion, MeetingRow]:
    """Lock a meeting so re-planning keeps it where it is, or unlock it.

    Asking for the state the meeting already has changes nothing and starts no draft.
    """
    lock_mission(membership.mission_id)
    latest = latest_version(membership.mission)
    row = meeting_in(latest, mid)
    if row.locked == locked:
        return latest, row
    draft = working_draft(membership, via=via)
    row = meeting_in(draft, mid)
    row.locked = locked
    row.data = {**row.data, "locked": locked}
    row.save(update_fields=["locked", "data"])
    audit(
        membership,
        "meeting.lock" if locked else "meeting.unlock",
        mid,
        version=draft.number,
        via=via,
    )
    return draft, row


def _enqueue(membership: Membership, *, via: str, **fields: Any) -> SchedulingRun:
    """Queue a run, or answer with the same run already queued or running.

    A double click, or two organisers pressing Schedule together, starts one run: a
    second request identical to an unfinished one (kind, method, time limit, seed,
    options) joins it; another seed asks for another schedule, so it is another run.
    The mission's lock makes the look and the queueing one step.
    """
    with transaction.atomic():
        lock_mission(membership.mission_id)
        wanted = SchedulingRun(mission=membership.mission, requested_by=membership.user, **fields)
        unfinished = SchedulingRun.objects.filter(
            mission=membership.mission,
            state__in=(RunState.QUEUED, RunState.RUNNING),
            cancel_requested=False,
        )
        for twin in unfinished:
            if (twin.kind, twin.mode, twin.time_limit, twin.seed, twin.options) == (
                wanted.kind,
                wanted.mode,
                wanted.time_limit,
                wanted.seed,
                wanted.options,
            ):
                return twin
        wanted.save()
        transaction.on_commit(lambda: run_scheduler.enqueue(wanted.pk))
        audit(membership, f"run.{wanted.kind}", f"run{wanted.pk}", mode=wanted.mode, via=via)
    return wanted


def cancel_run(membership: Membership, run_pk: int, *, via: str) -> SchedulingRun:
    """Stop a run: a queued one at once, a running one within a second (its worker stops
    the solver), one whose worker died at once as failed. An ended run stays as it is."""
    run = SchedulingRun.objects.filter(mission=membership.mission, pk=run_pk).first()
    if run is None:
        raise ActionError(_("There is no such scheduler run in this mission."), 404)
    if run.state not in (RunState.QUEUED, RunState.RUNNING):
        return run
    audit(membership, "run.cancel", f"run{run.pk}", via=via)
    SchedulingRun.objects.filter(pk=run.pk).update(cancel_requested=True)
    if run.state == RunState.QUEUED:
        return finish(run, RunState.CANCELLED)
    if lease_expired(run):
        return finish(run, RunState.FAILED, failure="worker-lost")
    run.refresh_from_db()
    return run


def clamp_time_limit(seconds: float) -> float:
    return min(max(seconds, TIME_LIMITS[0]), TIME_LIMITS[1])


def checked_seed(seed: int | str | None) -> int | None:
    """The solver seed asked for: ``None`` (or an empty field) for none, else a whole
    number from 0 to ``SEED_MAX``; anything else is refused with the range."""
    if seed is None or (isinstance(seed, str) and not seed.strip()):
        return None
    try:
        number = int(seed)
    except ValueError:
        number = -1
    if not 0 <= number <= SEED_MAX:
        raise ActionError(
            _("The seed must be a whole number from 0 to %(max)s, or left empty.")
            % {"max": SEED_MAX}
        )
    return number


def start_run(
    membership: Membership,
    *,
    mode: str,
    time_limit: float,
    via: str,
    seed: int | str | None = None,
) -> SchedulingRun:
    """Queue a scheduler run for the background worker; with a seed, the same mission gives
    the same schedule (the search is then slower: one interleaved worker)."""
    if mode not in {"optimal", "greedy"}:
        raise ActionError(_("Choose the optimal or the quick (greedy) method."))
    return _enqueue(
        membership,
        mode=mode,
        time_limit=clamp_time_limit(time_limit),
        seed=checked_seed(seed),
        via=via,
    )


@transaction.atomic
def replan(
    membership: Membership,
    cancel: list[str],
    *,
    time_limit: float = 30.0,
    via: str,
    seed: int | str | None = None,
) -> SchedulingRun:
    """Cancel these meetings and queue a re-plan of the rest around them, with few changes."""
    chosen_seed = checked_seed(seed)
    lock_mission(membership.mission_id)
    latest = latest_version(membership.mission)
    known = set(MeetingRow.objects.filter(version=latest, mid__in=cancel).values_list("mid"))
    unknown = sorted(set(cancel) - {mid for (mid,) in known})
    if unknown:
        raise ActionError(
            _("Version %(n)s has no meeting %(mid)s.")
            % {"n": latest.number, "mid": ", ".join(unknown)},
            404,
        )
    draft = working_draft(membership, via=via)
    return _enqueue(
        membership,
        kind="replan",
        options={"version": draft.pk, "cancel": list(cancel)},
        time_limit=clamp_time_limit(time_limit),
        seed=chosen_seed,
        via=via,
    )
