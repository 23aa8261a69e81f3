"""Schedule versions: list, detail, publish (preliminary, final), lock, and the diff.

Published versions are never edited: editing one starts a new draft copied
from it, so every version ever shown to delegates stays available to compare.
"""

from datetime import date
from typing import Any

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wafd.web import actions
from wafd.web.access import ORGANISER, STAFF, mission_view
from wafd.web.mail_tasks import announce_after_commit
from wafd.web.models import (
    MeetingRow,
    Membership,
    MissionRecord,
    ParticipantRow,
    ScheduleVersion,
    SchedulingRun,
)
from wafd.web.views.agenda import display_name, leg_zones, local_start
from wafd.web.views.board import BOARD_LIMIT, board, board_days


def version_of(membership: Membership, number: int) -> ScheduleVersion:
    return get_object_or_404(ScheduleVersion, mission=membership.mission, number=number)


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
    """The version's meetings as a table and, when not too many, as a board of days and times.

    Organisers drag meetings on the board of the latest version (the one moves apply to).
    """
    version = version_of(membership, number)
    content = MissionRecord.objects.values_list("content", flat=True).get(pk=membership.mission_id)
    zones = leg_zones(content)
    rows = list(MeetingRow.objects.filter(version=version).prefetch_related("attendees"))
    latest = ScheduleVersion.objects.filter(mission=membership.mission).order_by("-number").first()
    try:
        day = date.fromisoformat(request.GET["day"]) if request.GET.get("day") else None
    except ValueError:
        day = None
    language = get_language() or "en"
    names = {
        row.pid: display_name(row, language)
        for row in ParticipantRow.objects.filter(mission=membership.mission).only(
            "pid", "name", "data"
        )
    }
    unscheduled = [
        {
            **item,
            "requester_name": names.get(item.get("requester", ""), item.get("requester", "")),
            "target_name": names.get(item.get("target", ""), item.get("target", "")),
        }
        for item in version.unscheduled
    ]
    context = {
        "membership": membership,
        "version": version,
        "unscheduled": unscheduled,
        "meetings": [{"row": row, "start": local_start(row, zones)} for row in rows],
        "board": board(content, rows, day=day) if len(rows) <= BOARD_LIMIT else None,
        "board_days": board_days(content, rows),
        "day": day,
        "board_limit": BOARD_LIMIT,
        "latest": latest or version,
    }
    return render(request, "wafd/version.html", context)


@mission_view(*STAFF)
def version_diff(request: HttpRequest, membership: Membership) -> HttpResponse:
    try:
        old = version_of(membership, int(request.GET.get("old", "")))
        new = version_of(membership, int(request.GET.get("new", "")))
    except ValueError as bad:
        raise Http404("give two version numbers") from bad
    diff = diff_versions(old, new)
    content = MissionRecord.objects.values_list("content", flat=True).get(pk=membership.mission_id)
    zones = leg_zones(content)
    rows = [*diff["added"], *diff["removed"]]
    rows += [c[side] for c in diff["changed"] for side in ("old", "new")]
    for row in rows:  # times on the wall clock of the meeting's leg, with its zone
        row.local = local_start(row, zones)
    context = {"membership": membership, "old": old, "new": new, "diff": diff}
    return render(request, "wafd/diff.html", context)


@require_POST
@mission_view(ORGANISER)
def publish(request: HttpRequest, membership: Membership, number: int) -> HttpResponse:
    """Publish a version as preliminary or final: the version delegates will see."""
    try:
        published = actions.publish(membership, number, request.POST.get("state", ""), via="web")
    except actions.ActionError as refused:
        messages.error(request, refused.message)
        return redirect("wafd:version", membership.mission.pk, number)
    announce_after_commit(published, request.POST.get("tell", "nobody"))
    messages.success(request, _("Version %(n)s published.") % {"n": published.number})
    return redirect("wafd:version", membership.mission.pk, published.number)


@require_POST
@mission_view(ORGANISER)
def set_lock(request: HttpRequest, membership: Membership, mid: str) -> HttpResponse:
    """Lock a meeting so re-planning keeps it where it is (``locked=1``), or unlock it."""
    try:
        draft, _row = actions.set_locked(
            membership, mid, request.POST.get("locked") == "1", via="web"
        )
    except actions.ActionError as refused:
        raise Http404(refused.message) from refused
    return redirect("wafd:version", membership.mission.pk, draft.number)
