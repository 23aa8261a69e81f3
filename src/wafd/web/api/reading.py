"""What members read through the API, and delegates' own requests (as on the pages)."""

import json
from collections.abc import Callable
from typing import Any

from django.contrib.auth.models import User
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from ninja import Router, Schema, Status
from ninja.errors import HttpError
from ninja.responses import NinjaJSONEncoder

from wafd.model import Preference
from wafd.web import requesting
from wafd.web.access import (
    EVERYONE,
    ORGANISER,
    STAFF,
    published_version,
    visible_requests,
)
from wafd.web.access_light import Access
from wafd.web.api.common import (
    MeetingOut,
    VersionOut,
    meeting_out,
    member,
    member_access,
    version_out,
)
from wafd.web.caching import cached, etag, not_modified, revalidate
from wafd.web.models import (
    MeetingRow,
    MemberRole,
    Membership,
    ParticipantRow,
    RequestRow,
    ScheduleVersion,
    VersionState,
)

router = Router(tags=["read"])


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


@router.get("/missions", response=list[MissionOut])
def missions(request: HttpRequest) -> list[MissionOut]:
    user = request.user if isinstance(request.user, User) else None
    rows = Membership.objects.filter(user=user).select_related("mission")
    return [
        MissionOut(id=m.mission.pk, slug=m.mission.slug, name=m.mission.name, role=m.role)
        for m in rows
    ]


@router.get("/missions/{mission_pk}/participants", response=list[ParticipantOut])
def participants(request: HttpRequest, mission_pk: int) -> list[ParticipantOut]:
    """Staff see everyone; delegates and hosts see the hosts' public profiles."""
    membership = member(request, mission_pk, EVERYONE)
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


def _request_out(row: RequestRow) -> RequestOut:
    return RequestOut(
        id=row.pk,
        requester=row.requester,
        target=row.target,
        preference=row.preference,
        status=row.status,
        reason=row.reason,
    )


@router.get("/missions/{mission_pk}/requests", response=list[RequestOut])
def requests(request: HttpRequest, mission_pk: int) -> list[RequestOut]:
    membership = member(request, mission_pk, EVERYONE)
    return [_request_out(row) for row in visible_requests(membership)]


@router.post("/missions/{mission_pk}/requests", response={200: RequestOut, 201: RequestOut})
def put_request(request: HttpRequest, mission_pk: int, body: RequestIn) -> Status[RequestOut]:
    membership = member(request, mission_pk, (ORGANISER, MemberRole.DELEGATE.value))
    requester = body.requester if membership.role == ORGANISER else None
    if membership.role == MemberRole.DELEGATE and membership.participant is not None:
        requester = membership.participant.pid
    if requester is None:
        raise HttpError(422, "requester and target must be two participants of this mission")
    row, created = requesting.save_request(
        membership,
        requester=requester,
        target=body.target,
        preference=body.preference.value,
        via="api",
    )
    return Status(
        201 if created else 200,
        _request_out(row),
    )


def _versions_for(mission_pk: int, role: str) -> Any:
    versions = ScheduleVersion.objects.filter(mission_id=mission_pk)
    if role not in STAFF:
        versions = versions.exclude(state=VersionState.DRAFT)
    return versions


@router.get("/missions/{mission_pk}/versions", response=list[VersionOut])
def schedule_versions(request: HttpRequest, mission_pk: int) -> list[VersionOut]:
    membership = member(request, mission_pk, EVERYONE)
    rows = _versions_for(membership.mission_id, membership.role).annotate(n=Count("meetings"))
    return [version_out(v) for v in rows]


def _cached_json(
    request: HttpRequest, access: Access, key: tuple[object, ...], rows: Callable[[], Any]
) -> HttpResponse:
    """Meetings as JSON, serialised once per mission state, with an ETag for 304s."""
    tag = etag(*key)
    if (unchanged := not_modified(request, tag)) is not None:
        return unchanged

    def serialise() -> bytes:
        meetings = [meeting_out(row).model_dump() for row in rows()]
        return json.dumps(meetings, cls=NinjaJSONEncoder).encode()

    body = cached(key, serialise)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    return revalidate(response, tag, access.changed_at)


@router.get("/missions/{mission_pk}/versions/{number}/meetings", response=list[MeetingOut])
def version_meetings(request: HttpRequest, mission_pk: int, number: int) -> HttpResponse:
    """Every meeting for staff; a delegate's or host's own meetings otherwise."""
    access = member_access(request, mission_pk, EVERYONE)
    staff = access.role in STAFF
    who = "all" if staff else access.participant_id

    def rows() -> Any:
        version = _versions_for(mission_pk, access.role).filter(number=number).first()
        if version is None:
            raise HttpError(404, "no such version")
        found = MeetingRow.objects.filter(version=version)
        if staff:
            return found
        participant = access.participant_id
        return found.filter(attendees=participant) if participant else []

    return _cached_json(request, access, ("api-meetings", access.stamp, number, who), rows)


@router.get("/missions/{mission_pk}/agenda", response=list[MeetingOut])
def my_agenda(request: HttpRequest, mission_pk: int) -> HttpResponse:
    """The caller's meetings in the published programme."""
    access = member_access(request, mission_pk, EVERYONE)
    participant = access.participant_id

    def rows() -> Any:
        version = published_version(mission_pk)
        if version is None or participant is None:
            return []
        found = MeetingRow.objects.filter(version=version, attendees=participant)
        return found.exclude(status="cancelled")

    return _cached_json(request, access, ("api-agenda", access.stamp, participant), rows)
