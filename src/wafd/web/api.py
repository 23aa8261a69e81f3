"""The REST API (django-ninja): the same scoping and roles as the pages.

Authenticate with ``Authorization: Bearer <key>`` (keys from the "API keys"
page) or with the browser session. The OpenAPI schema is at ``/api/openapi.json``.
"""

from datetime import datetime
from typing import Any

from django.contrib.auth.models import AbstractBaseUser, User
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI, Schema, Status
from ninja.errors import HttpError
from ninja.security import HttpBearer, django_auth

from wafd.model import Preference
from wafd.web import engine
from wafd.web.access import (
    EVERYONE,
    ORGANISER,
    STAFF,
    audit,
    membership_for,
    published_version,
    require,
    visible_requests,
)
from wafd.web.models import (
    ApiToken,
    MeetingRow,
    MemberRole,
    Membership,
    ParticipantRow,
    RequestRow,
    ScheduleVersion,
    SchedulingRun,
    VersionState,
)
from wafd.web.store import load_mission, load_schedule
from wafd.web.tasks import run_scheduler
from wafd.web.views.tokens import digest


class TokenAuth(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> AbstractBaseUser | None:
        found = ApiToken.objects.select_related("user").filter(digest=digest(token)).first()
        if found is None or not found.user.is_active:
            return None
        request.user = found.user
        return found.user


api = NinjaAPI(
    title="Wafd API",
    version="1",
    auth=[TokenAuth(), django_auth],
    urls_namespace="api",
    docs_url="/docs",
)


def _member(request: HttpRequest, mission_pk: int, roles: tuple[str, ...]) -> Membership:
    user = request.user if isinstance(request.user, User) else None
    try:
        membership = membership_for(user, mission_pk)
        require(membership, roles)
    except Http404 as missing:
        raise HttpError(404, "no such mission") from missing
    except PermissionDenied as denied:
        raise HttpError(403, "your role in this mission does not allow this") from denied
    return membership


class MissionOut(Schema):
    id: int
    slug: str
    name: str
    role: str


class ParticipantOut(Schema):
    id: str
    name: str
    role: str
    organisation: str
    themes: list[str]


class RequestOut(Schema):
    id: int
    requester: str
    target: str
    preference: str
    status: str
    reason: str


class RequestIn(Schema):
    target: str
    preference: Preference
    requester: str | None = None


class VersionOut(Schema):
    number: int
    state: str
    created_at: datetime
    meetings: int


class MeetingOut(Schema):
    id: str
    title: str
    start: datetime
    end: datetime
    status: str
    venue: str | None
    locked: bool
    participants: list[str]


class RunOut(Schema):
    id: int
    state: str
    objective: dict[str, Any]
    bound: dict[str, Any]


def _meeting(row: MeetingRow) -> MeetingOut:
    return MeetingOut(
        id=row.mid,
        title=row.title,
        start=row.start,
        end=row.end,
        status=row.status,
        venue=row.data.get("venue"),
        locked=row.locked,
        participants=list(row.data.get("participants", [])),
    )


@api.get("/missions", response=list[MissionOut])
def missions(request: HttpRequest) -> list[MissionOut]:
    user = request.user if isinstance(request.user, User) else None
    rows = Membership.objects.filter(user=user).select_related("mission")
    return [
        MissionOut(id=m.mission.pk, slug=m.mission.slug, name=m.mission.name, role=m.role)
        for m in rows
    ]


@api.get("/missions/{mission_pk}/participants", response=list[ParticipantOut])
def participants(request: HttpRequest, mission_pk: int) -> list[ParticipantOut]:
    """Staff see everyone; delegates and hosts see the hosts' public profiles."""
    membership = _member(request, mission_pk, EVERYONE)
    rows = ParticipantRow.objects.filter(mission=membership.mission)
    if membership.role not in STAFF:
        rows = rows.filter(role=MemberRole.HOST)
    return [
        ParticipantOut(
            id=r.pid,
            name=r.name,
            role=r.role,
            organisation=r.organisation,
            themes=list(r.data.get("themes", [])),
        )
        for r in rows
    ]


@api.get("/missions/{mission_pk}/requests", response=list[RequestOut])
def requests(request: HttpRequest, mission_pk: int) -> list[RequestOut]:
    membership = _member(request, mission_pk, EVERYONE)
    return [
        RequestOut(
            id=r.pk,
            requester=r.requester,
            target=r.target,
            preference=r.preference,
            status=r.status,
            reason=r.reason,
        )
        for r in visible_requests(membership)
    ]


@api.post("/missions/{mission_pk}/requests", response={200: RequestOut, 201: RequestOut})
def put_request(request: HttpRequest, mission_pk: int, body: RequestIn) -> Status[RequestOut]:
    membership = _member(request, mission_pk, (ORGANISER, MemberRole.DELEGATE.value))
    requester = body.requester if membership.role == ORGANISER else None
    if membership.role == MemberRole.DELEGATE and membership.participant is not None:
        requester = membership.participant.pid
    people = ParticipantRow.objects.filter(mission=membership.mission)
    if (
        requester is None
        or requester == body.target
        or not people.filter(pid__in=[requester, body.target]).count() == 2
    ):
        raise HttpError(422, "requester and target must be two participants of this mission")
    row, created = RequestRow.objects.update_or_create(
        mission=membership.mission,
        requester=requester,
        target=body.target,
        defaults={"preference": body.preference.value},
        create_defaults={"preference": body.preference.value, "source": membership.role},
    )
    audit(
        membership,
        "request.create" if created else "request.update",
        f"{requester}->{body.target}",
        preference=body.preference.value,
        via="api",
    )
    return Status(
        201 if created else 200,
        RequestOut(
            id=row.pk,
            requester=row.requester,
            target=row.target,
            preference=row.preference,
            status=row.status,
            reason=row.reason,
        ),
    )


def _versions_for(membership: Membership) -> Any:
    versions = ScheduleVersion.objects.filter(mission=membership.mission)
    if membership.role not in STAFF:
        versions = versions.exclude(state=VersionState.DRAFT)
    return versions


@api.get("/missions/{mission_pk}/versions", response=list[VersionOut])
def schedule_versions(request: HttpRequest, mission_pk: int) -> list[VersionOut]:
    from django.db.models import Count

    membership = _member(request, mission_pk, EVERYONE)
    rows = _versions_for(membership).annotate(n=Count("meetings"))
    return [
        VersionOut(number=v.number, state=v.state, created_at=v.created_at, meetings=v.n)
        for v in rows
    ]


@api.get("/missions/{mission_pk}/versions/{number}/meetings", response=list[MeetingOut])
def version_meetings(request: HttpRequest, mission_pk: int, number: int) -> list[MeetingOut]:
    """Every meeting for staff; a delegate's or host's own meetings otherwise."""
    membership = _member(request, mission_pk, EVERYONE)
    version = _versions_for(membership).filter(number=number).first()
    if version is None:
        raise HttpError(404, "no such version")
    rows = MeetingRow.objects.filter(version=version)
    if membership.role not in STAFF:
        rows = rows.filter(attendees=membership.participant)
    return [_meeting(row) for row in rows]


@api.get("/missions/{mission_pk}/agenda", response=list[MeetingOut])
def my_agenda(request: HttpRequest, mission_pk: int) -> list[MeetingOut]:
    """The caller's meetings in the published programme."""
    membership = _member(request, mission_pk, EVERYONE)
    version = published_version(membership.mission)
    if version is None or membership.participant is None:
        return []
    rows = MeetingRow.objects.filter(version=version, attendees=membership.participant)
    return [_meeting(row) for row in rows.exclude(status="cancelled")]


@api.post("/missions/{mission_pk}/runs", response={202: RunOut})
def start_run(
    request: HttpRequest, mission_pk: int, mode: str = "optimal", time_limit: float = 30.0
) -> Status[RunOut]:
    membership = _member(request, mission_pk, (ORGANISER,))
    run = SchedulingRun.objects.create(
        mission=membership.mission,
        requested_by=membership.user,
        mode="greedy" if mode == "greedy" else "optimal",
        time_limit=min(max(time_limit, 1.0), 600.0),
    )
    transaction.on_commit(lambda: run_scheduler.enqueue(run.pk))
    audit(membership, "run.schedule", f"run{run.pk}", via="api")
    return Status(202, RunOut(id=run.pk, state=run.state, objective=run.objective, bound=run.bound))


@api.get("/missions/{mission_pk}/runs/{run_pk}", response=RunOut)
def run_state(request: HttpRequest, mission_pk: int, run_pk: int) -> RunOut:
    membership = _member(request, mission_pk, STAFF)
    run = SchedulingRun.objects.filter(mission=membership.mission, pk=run_pk).first()
    if run is None:
        raise HttpError(404, "no such run")
    return RunOut(id=run.pk, state=run.state, objective=run.objective, bound=run.bound)


@api.get("/missions/{mission_pk}/exports/{number}/{kind}")
def export(request: HttpRequest, mission_pk: int, number: int, kind: str) -> HttpResponse:
    """A zip of one kind of document for one version (organisers)."""
    membership = _member(request, mission_pk, (ORGANISER,))
    version = ScheduleVersion.objects.filter(mission=membership.mission, number=number).first()
    if version is None or kind not in engine.DOCUMENT_KINDS:
        raise HttpError(404, "no such version or document kind")
    payload = engine.documents_zip(
        load_mission(membership.mission), load_schedule(version), kind=kind
    )
    response = HttpResponse(payload, content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="v{number}-{kind}.zip"'
    return response
