"""Organisers download documents built by the export engine, or the mission workbook."""

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from wafd.web import engine
from wafd.web.access import STAFF, audit, mission_view
from wafd.web.models import Membership, ScheduleVersion
from wafd.web.store import load_mission, load_schedule


def _attachment(payload: bytes, filename: str, content_type: str) -> HttpResponse:
    response = HttpResponse(payload, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@mission_view(*STAFF)
def download_page(request: HttpRequest, membership: Membership) -> HttpResponse:
    versions = ScheduleVersion.objects.filter(mission=membership.mission).only("number", "state")
    context = {"membership": membership, "versions": versions, "kinds": engine.DOCUMENT_KINDS}
    return render(request, "wafd/downloads.html", context)


@mission_view(*STAFF)
def download_workbook(request: HttpRequest, membership: Membership) -> HttpResponse:
    payload = engine.workbook(load_mission(membership.mission))
    return _attachment(
        payload,
        f"{membership.mission.slug}.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )


@mission_view(*STAFF)
def download_documents(
    request: HttpRequest, membership: Membership, number: int, kind: str
) -> HttpResponse:
    """A zip of one kind of document (briefing books, itineraries, calendars) for everyone."""
    if kind not in engine.DOCUMENT_KINDS:
        raise Http404("unknown document kind")
    try:
        version = ScheduleVersion.objects.get(mission=membership.mission, number=number)
    except ScheduleVersion.DoesNotExist as missing:
        raise Http404("no such version") from missing
    payload = engine.documents_zip(
        load_mission(membership.mission),
        load_schedule(version),
        kind=kind,
    )
    audit(membership, "documents.download", f"v{number}", kind=kind)
    return _attachment(
        payload, f"{membership.mission.slug}-v{number}-{kind}.zip", "application/zip"
    )
