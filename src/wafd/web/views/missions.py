"""Mission list, creation, overview and the organiser's audit log."""

from collections.abc import Callable
from datetime import date
from functools import wraps
from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from pydantic import ValidationError

from wafd.model import EventKind, LocalizedText, Mission
from wafd.web.access import EVERYONE, ORGANISER, STAFF, mission_view, published_version, signed_in
from wafd.web.models import (
    AuditEntry,
    Invitation,
    MemberRole,
    Membership,
    MissionRecord,
    RequestStatus,
    ScheduleVersion,
    SchedulingRun,
    VersionState,
)
from wafd.web.store import save_mission
from wafd.web.tenancy import may_create_missions


class MissionForm(forms.Form):
    slug = forms.SlugField(label=gettext_lazy("Identifier"), max_length=100)
    name = forms.CharField(label=gettext_lazy("Name"), max_length=300)
    kind = forms.ChoiceField(
        label=gettext_lazy("Kind"),
        choices=[
            (EventKind.TOUR.value, gettext_lazy("Trade mission (tour of hosts)")),
            (EventKind.B2B.value, gettext_lazy("B2B brokerage event")),
        ],
    )


def mission_title(record: MissionRecord, language: str) -> str:
    """The mission's name in the reader's language (the stored English name otherwise)."""
    name = record.content.get("name") or {"en": record.name}
    return LocalizedText.model_validate(name).get(language)


def validation_messages(error: ValidationError) -> list[str]:
    """Pydantic errors as ``field: message`` lines for a form."""
    return [
        f"{'.'.join(str(part) for part in issue['loc']) or '-'}: {issue['msg']}"
        for issue in error.errors()
    ]


@login_required
def home(request: HttpRequest) -> HttpResponse:
    user = signed_in(request)
    memberships = Membership.objects.filter(user=user).select_related("mission")
    context = {
        "memberships": memberships.order_by("-mission_id"),
        "may_create": may_create_missions(user),
    }
    return render(request, "wafd/home.html", context)


def creator_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Only people an administrator allowed to create missions may create or import one."""

    @login_required
    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not may_create_missions(signed_in(request)):
            raise PermissionDenied(
                _("Ask the site administrator for the right to create missions.")
            )
        return view(request, *args, **kwargs)

    return wrapper


def make_organiser(request: HttpRequest, record: MissionRecord) -> Membership:
    return Membership.objects.create(
        user=signed_in(request), mission=record, role=MemberRole.ORGANISER
    )


@creator_required
def create_mission(request: HttpRequest) -> HttpResponse:
    form = MissionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            mission = Mission(
                id=data["slug"], name=LocalizedText(en=data["name"]), kind=data["kind"]
            )
        except ValidationError as error:
            for line in validation_messages(error):
                form.add_error(None, line)
        else:
            with transaction.atomic():
                record = save_mission(mission, user=signed_in(request))
                make_organiser(request, record)
            messages.success(request, _("Mission created."))
            return redirect("wafd:legs", record.pk)
    return render(request, "wafd/mission_form.html", {"form": form})


def next_steps(mission: MissionRecord, latest: ScheduleVersion | None) -> list[tuple[str, str]]:
    """What the organiser should do next, in order, with the page that does it."""
    content = mission.content
    steps: list[tuple[str, str]] = []
    if not content.get("legs"):
        steps.append(
            (_("Add the mission's legs and venues."), reverse("wafd:legs", args=[mission.pk]))
        )
    if not mission.people.exists():
        steps.append(
            (_("Import the participants from a workbook."), reverse("wafd:mission-import"))
        )
    elif not mission.requests.exists():
        steps.append(
            (
                _("Accept recommendations as meeting requests."),
                reverse("wafd:recommendations", args=[mission.pk]),
            )
        )
    if latest is None:
        steps.append((_("Run the scheduler."), reverse("wafd:versions", args=[mission.pk])))
    elif latest.state == VersionState.DRAFT:
        steps.append(
            (
                _("Check the latest draft and publish it."),
                reverse("wafd:version", args=[mission.pk, latest.number]),
            )
        )
    if not Membership.objects.filter(mission=mission).exclude(role=MemberRole.ORGANISER).exists():
        steps.append((_("Invite delegates and hosts."), reverse("wafd:members", args=[mission.pk])))
    return steps


@mission_view(*EVERYONE)
def overview(request: HttpRequest, membership: Membership) -> HttpResponse:
    """The mission at a glance; for staff a dashboard of its state and the next steps."""
    mission = membership.mission
    language = get_language() or "en"
    content = mission.content
    context: dict[str, object] = {
        "membership": membership,
        "mission": mission,
        "title": mission_title(mission, language),
    }
    if membership.role in STAFF:
        latest = ScheduleVersion.objects.filter(mission=mission).order_by("-number").first()
        context["counts"] = {
            row["role"]: row["n"]
            for row in mission.people.values("role").annotate(n=Count("id")).order_by()
        }
        requests = mission.requests.values("status").annotate(n=Count("id")).order_by()
        by_status = {row["status"]: row["n"] for row in requests}
        context["requests"] = sum(by_status.values())
        context["pending"] = by_status.get(RequestStatus.PENDING, 0)
        context["versions"] = ScheduleVersion.objects.filter(mission=mission)[:5]
        context["latest"] = latest
        context["unscheduled"] = len(latest.unscheduled) if latest else None
        context["run"] = SchedulingRun.objects.filter(mission=mission).first()
        context["members"] = Membership.objects.filter(mission=mission).count()
        context["invitations"] = Invitation.objects.filter(
            mission=mission, accepted_at__isnull=True, expires_at__gt=timezone.now()
        ).count()
        starts = [leg["start_date"] for leg in content.get("legs", [])]
        if starts:
            context["days_to_start"] = (date.fromisoformat(min(starts)) - timezone.localdate()).days
        if membership.role == ORGANISER:
            context["steps"] = next_steps(mission, latest)
    context["published"] = published_version(mission)
    context["content"] = content
    return render(request, "wafd/overview.html", context)


@mission_view(ORGANISER)
def audit_log(request: HttpRequest, membership: Membership) -> HttpResponse:
    entries = AuditEntry.objects.filter(mission=membership.mission).select_related("user")
    page = Paginator(entries, 100).get_page(request.GET.get("page"))
    context = {"membership": membership, "entries": page, "page": page}
    return render(request, "wafd/audit.html", context)
