"""Starting, watching and cancelling scheduler runs; moving meetings with the checker.

The page polls ``run_progress`` (a small JSON document) while the worker
solves; the engine's objective and bound appear as they improve.
"""

from datetime import datetime
from zoneinfo import ZoneInfo

from django import forms
from django.contrib import messages
from django.db import transaction
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wafd.web import engine
from wafd.web.access import ORGANISER, STAFF, audit, mission_view
from wafd.web.models import MeetingRow, Membership, RunState, ScheduleVersion, SchedulingRun
from wafd.web.store import load_mission, load_schedule
from wafd.web.tasks import run_scheduler
from wafd.web.views.versions import working_draft


def enqueue(membership: Membership, **fields: object) -> SchedulingRun:
    run = SchedulingRun.objects.create(
        mission=membership.mission, requested_by=membership.user, **fields
    )
    transaction.on_commit(lambda: run_scheduler.enqueue(run.pk))
    audit(membership, f"run.{run.kind}", f"run{run.pk}", mode=run.mode)
    return run


@require_POST
@mission_view(ORGANISER)
def start_run(request: HttpRequest, membership: Membership) -> HttpResponse:
    mode = "greedy" if request.POST.get("mode") == "greedy" else "optimal"
    try:
        time_limit = min(max(float(request.POST.get("time_limit", "30")), 1.0), 600.0)
    except ValueError:
        time_limit = 30.0
    run = enqueue(membership, mode=mode, time_limit=time_limit)
    return redirect("wafd:run", membership.mission.pk, run.pk)


@require_POST
@mission_view(ORGANISER)
def replan(request: HttpRequest, membership: Membership) -> HttpResponse:
    """Cancel the ticked meetings and re-plan the rest around them in the background."""
    cancel = request.POST.getlist("cancel")
    draft = working_draft(membership)
    run = enqueue(
        membership,
        kind="replan",
        options={"version": draft.pk, "cancel": cancel},
        time_limit=30.0,
    )
    return redirect("wafd:run", membership.mission.pk, run.pk)


@mission_view(*STAFF)
def run_page(request: HttpRequest, membership: Membership, run_pk: int) -> HttpResponse:
    run = get_object_or_404(SchedulingRun, mission=membership.mission, pk=run_pk)
    return render(request, "wafd/run.html", {"membership": membership, "run": run})


@mission_view(*STAFF)
def run_progress(request: HttpRequest, membership: Membership, run_pk: int) -> JsonResponse:
    run = get_object_or_404(
        SchedulingRun.objects.select_related("version"), mission=membership.mission, pk=run_pk
    )
    return JsonResponse(run.progress())


@require_POST
@mission_view(ORGANISER)
def cancel_run(request: HttpRequest, membership: Membership, run_pk: int) -> HttpResponse:
    run = get_object_or_404(SchedulingRun, mission=membership.mission, pk=run_pk)
    if run.state in {RunState.QUEUED, RunState.RUNNING}:
        run.cancel_requested = True
        run.save(update_fields=["cancel_requested"])
        audit(membership, "run.cancel", f"run{run.pk}")
    return redirect("wafd:run", membership.mission.pk, run.pk)


class MoveForm(forms.Form):
    start = forms.DateTimeField(
        label=gettext_lazy("New start (local time of the leg)"),
        widget=forms.DateTimeInput({"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
    )
    venue = forms.CharField(label=gettext_lazy("Venue"), required=False)
    checked = forms.CharField(required=False, widget=forms.HiddenInput)


@mission_view(ORGANISER)
def move_meeting(request: HttpRequest, membership: Membership, mid: str) -> HttpResponse:
    """Move a meeting: first show what the checker says, save only when confirmed.

    Checking reads the latest version; only a confirmed save writes, into the working
    draft (a published version is copied into a new draft first).
    """
    latest = ScheduleVersion.objects.filter(mission=membership.mission).order_by("-number").first()
    row = get_object_or_404(MeetingRow, version=latest, mid=mid)
    legs = {leg["id"]: leg for leg in membership.mission.content.get("legs", [])}
    zone = ZoneInfo(legs[row.data["leg"]]["timezone"]) if row.data.get("leg") in legs else None
    local_start = row.start.astimezone(zone) if zone else row.start
    form = MoveForm(
        request.POST or None,
        initial={"start": local_start.replace(tzinfo=None), "venue": row.data.get("venue") or ""},
    )
    warnings: list[str] = []
    if request.method == "POST" and form.is_valid():
        naive: datetime = form.cleaned_data["start"].replace(tzinfo=None)
        start = naive.replace(tzinfo=zone or ZoneInfo("UTC"))
        end = start + (row.end - row.start)
        venue = form.cleaned_data["venue"] or None
        moved = {
            **row.data,
            "start": start.isoformat(),
            "end": end.isoformat(),
            "venue": venue,
            "sequence": int(row.data.get("sequence", 0)) + 1,
        }
        schedule = load_schedule(row.version)
        candidate = schedule.model_copy(
            update={
                "meetings": tuple(
                    type(m).model_validate(moved) if m.id == mid else m for m in schedule.meetings
                )
            }
        )
        warnings = engine.check(
            load_mission(membership.mission), candidate, language=get_language() or "en"
        )
        if form.cleaned_data["checked"] == f"{start.isoformat()}|{venue}":
            draft = working_draft(membership)
            row = MeetingRow.objects.get(version=draft, mid=mid)
            row.start, row.end, row.data = start, end, moved
            row.save(update_fields=["start", "end", "data"])
            audit(
                membership,
                "meeting.move",
                mid,
                version=draft.number,
                start=start.isoformat(),
                warnings=len(warnings),
            )
            messages.success(request, _("Meeting moved."))
            return redirect("wafd:version", membership.mission.pk, draft.number)
        form = MoveForm(
            initial={
                "start": naive,
                "venue": venue or "",
                "checked": f"{start.isoformat()}|{venue}",
            }
        )
    context = {
        "membership": membership,
        "row": row,
        "form": form,
        "warnings": warnings,
        "checked": request.method == "POST",
        "zone": zone,
    }
    return render(request, "wafd/move.html", context)
