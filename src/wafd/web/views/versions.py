"""Schedule versions: list, detail, publish (preliminary, final), lock, and the diff.

Published versions are never edited: editing one starts a new draft copied
from it, so every version ever shown to delegates stays available to compare.
"""

from typing import Any

from django.contrib import messages
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wafd.web.access import ORGANISER, STAFF, audit, mission_view
from wafd.web.models import MeetingRow, Membership, ScheduleVersion, SchedulingRun, VersionState
from wafd.web.store import copy_version
from wafd.web.views.agenda import leg_zones, local_start


def version_of(membership: Membership, number: int) -> ScheduleVersion:
    return get_object_or_404(ScheduleVersion, mission=membership.mission, number=number)


def working_draft(membership: Membership) -> ScheduleVersion:
    """The latest version if it is a draft, else a new draft copied from the latest."""
    latest = ScheduleVersion.objects.filter(mission=membership.mission).order_by("-number").first()
    if latest is None:
        raise Http404("nothing scheduled yet")
    if latest.state == VersionState.DRAFT:
        return latest
    draft = copy_version(latest, user=membership.user, state=VersionState.DRAFT)
    audit(membership, "version.draft", f"v{draft.number}", source=f"v{latest.number}")
    return draft


def diff_versions(old: ScheduleVersion, new: ScheduleVersion) -> dict[str, list[Any]]:
    """Meetings added, removed, moved (time or venue) or re-statused between two versions."""
    before = {row.mid: row for row in old.meetings.all()}
    after = {row.mid: row for row in new.meetings.all()}
    changed = []
    for mid in sorted(before.keys() & after.keys()):
        a, b = before[mid], after[mid]
        fields = [
            name
            for name, x, y in (
                ("start", a.start, b.start),
                ("end", a.end, b.end),
                ("venue", a.data.get("venue"), b.data.get("venue")),
                ("status", a.status, b.status),
                ("participants", a.data.get("participants"), b.data.get("participants")),
            )
            if x != y
        ]
        if fields:
            changed.append({"old": a, "new": b, "fields": fields})
    return {
        "added": [after[mid] for mid in sorted(after.keys() - before.keys())],
        "removed": [before[mid] for mid in sorted(before.keys() - after.keys())],
        "changed": changed,
    }


@mission_view(*STAFF)
def version_list(request: HttpRequest, membership: Membership) -> HttpResponse:
    mission = membership.mission
    versions = ScheduleVersion.objects.filter(mission=mission).select_related("created_by")
    run = SchedulingRun.objects.filter(mission=mission).first()
    context = {"membership": membership, "versions": versions, "run": run}
    return render(request, "wafd/versions.html", context)


@mission_view(*STAFF)
def version_detail(request: HttpRequest, membership: Membership, number: int) -> HttpResponse:
    version = version_of(membership, number)
    zones = leg_zones(membership.mission.content)
    meetings = [
        {"row": row, "start": local_start(row, zones)}
        for row in MeetingRow.objects.filter(version=version).prefetch_related("attendees")
    ]
    context = {"membership": membership, "version": version, "meetings": meetings}
    return render(request, "wafd/version.html", context)


@mission_view(*STAFF)
def version_diff(request: HttpRequest, membership: Membership) -> HttpResponse:
    try:
        old = version_of(membership, int(request.GET.get("old", "")))
        new = version_of(membership, int(request.GET.get("new", "")))
    except ValueError as bad:
        raise Http404("give two version numbers") from bad
    context = {"membership": membership, "old": old, "new": new, "diff": diff_versions(old, new)}
    return render(request, "wafd/diff.html", context)


@require_POST
@mission_view(ORGANISER)
def publish(request: HttpRequest, membership: Membership, number: int) -> HttpResponse:
    """Publish a version as preliminary or final: a new, frozen copy delegates will see."""
    version = version_of(membership, number)
    state = request.POST.get("state", "")
    if state not in {VersionState.PRELIMINARY, VersionState.FINAL}:
        messages.error(request, _("Publish as preliminary or final."))
        return redirect("wafd:version", membership.mission.pk, number)
    with transaction.atomic():
        if version.state == VersionState.DRAFT:
            version.state = state
            version.published_at = timezone.now()
            version.save(update_fields=["state", "published_at"])
            published = version
        else:
            published = copy_version(version, user=membership.user, state=state)
        audit(membership, f"version.publish.{state}", f"v{published.number}")
    messages.success(request, _("Version %(n)s published.") % {"n": published.number})
    return redirect("wafd:version", membership.mission.pk, published.number)


@require_POST
@mission_view(ORGANISER)
def toggle_lock(request: HttpRequest, membership: Membership, mid: str) -> HttpResponse:
    """Lock a meeting so re-planning keeps it where it is (or unlock it)."""
    with transaction.atomic():
        draft = working_draft(membership)
        row = get_object_or_404(MeetingRow, version=draft, mid=mid)
        row.locked = not row.locked
        row.data = {**row.data, "locked": row.locked}
        row.save(update_fields=["locked", "data"])
        audit(
            membership,
            "meeting.lock" if row.locked else "meeting.unlock",
            mid,
            version=draft.number,
        )
    return redirect("wafd:version", membership.mission.pk, draft.number)
