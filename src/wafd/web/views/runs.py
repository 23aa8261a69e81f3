"""Starting, watching and cancelling scheduler runs, and re-planning after cancellations.

The page polls ``run_progress`` (a small JSON document) while the worker
solves; the engine's objective and bound appear as they improve.
"""

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from wafd.web import actions
from wafd.web.access import ORGANISER, STAFF, mission_view
from wafd.web.models import Membership, SchedulingRun
from wafd.web.templatetags.wafd import levels


@require_POST
@mission_view(ORGANISER)
def start_run(request: HttpRequest, membership: Membership) -> HttpResponse:
    """Queue a run; a refused seed goes back to the versions page with the reason."""
    mode = "greedy" if request.POST.get("mode") == "greedy" else "optimal"
    try:
        time_limit = float(request.POST.get("time_limit", "30"))
    except ValueError:
        time_limit = 30.0
    try:
        run = actions.start_run(
            membership,
            mode=mode,
            time_limit=time_limit,
            seed=request.POST.get("seed"),
            via="web",
        )
    except actions.ActionError as refused:
        messages.error(request, refused.message)
        return redirect("wafd:versions", membership.mission.pk)
    return redirect("wafd:run", membership.mission.pk, run.pk)


@require_POST
@mission_view(ORGANISER)
def replan(request: HttpRequest, membership: Membership) -> HttpResponse:
    """Cancel the ticked meetings and re-plan the rest around them in the background."""
    try:
        run = actions.replan(
            membership, request.POST.getlist("cancel"), seed=request.POST.get("seed"), via="web"
        )
    except actions.ActionError as refused:
        messages.error(request, refused.message)
        return redirect("wafd:versions", membership.mission.pk)
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
    progress = run.progress()
    progress["objective_text"] = levels(run.objective)
    progress["bound_text"] = levels(run.bound)
    return JsonResponse(progress)


@require_POST
@mission_view(ORGANISER)
def cancel_run(request: HttpRequest, membership: Membership, run_pk: int) -> HttpResponse:
    try:
        run = actions.cancel_run(membership, run_pk, via="web")
    except actions.ActionError as missing:
        raise Http404(missing.message) from missing
    return redirect("wafd:run", membership.mission.pk, run.pk)
