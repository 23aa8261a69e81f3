"""Between the engine's immutable models and the database rows.

``save_mission``/``load_mission`` and ``save_schedule``/``load_schedule`` are
the only places that know how a ``Mission`` or ``Schedule`` maps onto tables,
so views and tasks always hand the engine a faithful model.
"""

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.utils import timezone

from wafd.model import MeetingRequest, Mission, Participant, Schedule, ScheduledMeeting
from wafd.web.models import (
    MeetingRow,
    MissionRecord,
    ParticipantRow,
    RequestRow,
    RequestStatus,
    ScheduleVersion,
    VersionState,
)

_ROW_FIELDS = ("participants", "requests")


def _user(user: AbstractBaseUser | None) -> Any:
    return user if user is not None and user.is_authenticated else None


def participant_row(record: MissionRecord, participant: Participant) -> ParticipantRow:
    return ParticipantRow(
        mission=record,
        pid=participant.id,
        name=participant.name,
        role=participant.role.value,
        organisation=participant.organisation,
        data=participant.model_dump(mode="json"),
    )


def request_row(record: MissionRecord, request: MeetingRequest) -> RequestRow:
    return RequestRow(
        mission=record,
        requester=request.requester,
        target=request.target,
        preference=request.preference.value,
        reason=request.reason,
        duration_minutes=request.duration_minutes,
        source=request.source,
    )


@transaction.atomic
def save_mission(mission: Mission, *, user: AbstractBaseUser | None) -> MissionRecord:
    """Store a new mission; its participants and requests become rows."""
    record = MissionRecord.objects.create(
        slug=mission.id,
        name=mission.name.get("en"),
        content=mission.model_dump(mode="json", exclude=set(_ROW_FIELDS)),
        created_by=_user(user),
    )
    ParticipantRow.objects.bulk_create(participant_row(record, p) for p in mission.participants)
    RequestRow.objects.bulk_create(request_row(record, r) for r in mission.requests)
    return record


def load_mission(record: MissionRecord) -> Mission:
    """The engine's mission as the database holds it now (declined requests left out)."""
    # Rows come back in the order they were written: the engine's results depend on order.
    participants = [
        row.data for row in ParticipantRow.objects.filter(mission=record).order_by("pk")
    ]
    kept = RequestRow.objects.filter(mission=record).exclude(status=RequestStatus.DECLINED)
    requests = [
        {
            "requester": row.requester,
            "target": row.target,
            "preference": row.preference,
            "reason": row.reason,
            "duration_minutes": row.duration_minutes,
            "source": row.source,
        }
        for row in kept.order_by("pk")
    ]
    return Mission.model_validate(
        {**record.content, "participants": participants, "requests": requests}
    )


@transaction.atomic
def replace_content(record: MissionRecord, mission: Mission) -> None:
    """Write back an edited mission (legs, venues, participants, requests)."""
    record.content = mission.model_dump(mode="json", exclude=set(_ROW_FIELDS))
    record.name = mission.name.get("en")
    record.save(update_fields=["content", "name"])
    existing = {row.pid: row for row in ParticipantRow.objects.filter(mission=record)}
    for participant in mission.participants:
        row = existing.pop(participant.id, None)
        fresh = participant_row(record, participant)
        if row is None:
            fresh.save()
        else:
            fresh.pk = row.pk
            fresh.save()
    ParticipantRow.objects.filter(pk__in=[row.pk for row in existing.values()]).delete()
    known = {(r.requester, r.target) for r in RequestRow.objects.filter(mission=record)}
    RequestRow.objects.bulk_create(
        request_row(record, r) for r in mission.requests if (r.requester, r.target) not in known
    )


def mark_changed(record: MissionRecord) -> None:
    """Note that the mission changed: cached pages and API answers of it are then stale."""
    MissionRecord.objects.filter(pk=record.pk).update(changed_at=timezone.now())


def lock_mission(mission_pk: int) -> None:
    """Hold the mission's row until the transaction ends, so its changes happen one at a time.

    Under PostgreSQL's READ COMMITTED two organisers' transactions could both read the same
    schedule and both write (one edit lost, or a published version forked into two drafts);
    ``SELECT ... FOR UPDATE`` makes the second wait for the first and then read its change.
    SQLite needs no row lock: every transaction takes the write lock first (IMMEDIATE).
    """
    list(MissionRecord.objects.select_for_update().filter(pk=mission_pk).values_list("pk"))


def next_version_number(record: MissionRecord) -> int:
    latest = ScheduleVersion.objects.filter(mission=record).order_by("-number").first()
    return 1 if latest is None else latest.number + 1


def _meeting_rows(
    version: ScheduleVersion, meetings: Iterable[ScheduledMeeting]
) -> list[MeetingRow]:
    return [
        MeetingRow(
            version=version,
            mid=m.id,
            title=m.title,
            start=m.start,
            end=m.end,
            status=m.status.value,
            locked=m.locked,
            data=m.model_dump(mode="json"),
        )
        for m in meetings
    ]


@transaction.atomic
def save_schedule(
    record: MissionRecord,
    schedule: Schedule,
    *,
    user: AbstractBaseUser | None,
    state: str = VersionState.DRAFT,
    solver: dict[str, Any] | None = None,
    source: ScheduleVersion | None = None,
) -> ScheduleVersion:
    """Store a schedule as a new version with its meetings and attendance rows."""
    solver = solver or {}
    lock_mission(record.pk)  # the next number is taken once: see ``version_number_once``
    mark_changed(record)
    version = ScheduleVersion.objects.create(
        mission=record,
        number=next_version_number(record),
        state=state,
        label=schedule.label,
        created_by=_user(user),
        unscheduled=[u.model_dump(mode="json") for u in schedule.unscheduled],
        cancellations=[c.model_dump(mode="json") for c in schedule.cancellations],
        solver_status=str(solver.get("status", "")),
        objective=solver.get("objective") or {},
        bound=solver.get("bound") or {},
        published_at=None if state == VersionState.DRAFT else timezone.now(),
        source=source,
    )
    rows = MeetingRow.objects.bulk_create(_meeting_rows(version, schedule.meetings))
    people = dict(ParticipantRow.objects.filter(mission=record).values_list("pid", "pk"))
    through = MeetingRow.attendees.through
    through.objects.bulk_create(
        through(meetingrow_id=row.pk, participantrow_id=people[pid])
        for row, meeting in zip(rows, schedule.meetings, strict=True)
        for pid in meeting.participants
        if pid in people
    )
    return version


def load_schedule(version: ScheduleVersion) -> Schedule:
    """The engine's schedule of one stored version."""
    created: datetime = version.created_at
    return Schedule.model_validate(
        {
            "mission": version.mission.slug,
            "version": version.number,
            "label": version.label,
            "created": created,
            "meetings": [row.data for row in version.meetings.order_by("pk")],
            "unscheduled": version.unscheduled,
            "cancellations": version.cancellations,
        }
    )


def copy_version(
    version: ScheduleVersion, *, user: AbstractBaseUser | None, state: str
) -> ScheduleVersion:
    """A new version with the same meetings, e.g. to publish or to edit a published one."""
    schedule = load_schedule(version).model_copy(update={"label": version.label})
    solver = {
        "status": version.solver_status,
        "objective": version.objective,
        "bound": version.bound,
    }
    return save_schedule(
        version.mission, schedule, user=user, state=state, solver=solver, source=version
    )
