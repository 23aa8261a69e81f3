"""Organisers and viewers download the mission workbook, and documents the worker built."""

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from wafd.web import bundles, engine
from wafd.web.access import STAFF, mission_view
from wafd.web.actions import ActionError
from wafd.web.models import BundleState, Membership, ScheduleVersion
from wafd.web.store import load_mission


def _attachment(payload: bytes, filename: str, content_type: str) -> HttpResponse:
    response = HttpResponse(payload, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@mission_view(*STAFF)
def download_page(request: HttpRequest, membership: Membership) -> HttpResponse:
    versions = ScheduleVersion.objects.filter(mission=membership.mission).only("number", "state")
    rows = [
        (
            version,
            [
                (kind, label, bundles.current_bundle(membership, version.number, kind))
                for kind, label in engine.DOCUMENT_KINDS.items()
            ],
        )
        for version in versions
    ]
    waiting = any(
        bundle is not None and bundle.state in (BundleState.QUEUED, BundleState.RUNNING)
        for _version, cells in rows
        for _kind, _label, bundle in cells
    )
    context = {
        "membership": membership,
        "rows": rows,
        "kinds": engine.DOCUMENT_KINDS,
        "waiting": waiting,
    }
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
    """GET: the ready zip of one kind of document; POST: ask the worker to prepare it."""
    if kind not in engine.DOCUMENT_KINDS:
        raise Http404("unknown document kind")
    if request.method == "POST":
        try:
            bundles.request_bundle(membership, number=number, kind=kind, via="web")
        except ActionError as error:
            raise Http404(error.message) from error
        return redirect("wafd:downloads", membership.mission.pk)
    bundle = bundles.current_bundle(membership, number, kind)
    if bundle is None or bundle.state != BundleState.READY:
        messages.info(request, _("Prepare the documents first; they are built in the background."))
        return redirect("wafd:downloads", membership.mission.pk)
    return _attachment(
        bundles.bundle_path(bundle).read_bytes(),
        f"{membership.mission.slug}-v{number}-{kind}.zip",
        "application/zip",
    )
