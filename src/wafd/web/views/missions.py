"""Mission list, creation, overview and the organiser's audit log."""

from collections.abc import Callable
from functools import wraps
from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from pydantic import ValidationError

from wafd.model import EventKind, LocalizedText, Mission
from wafd.web.access import EVERYONE, ORGANISER, STAFF, mission_view, published_version, signed_in
from wafd.web.models import AuditEntry, MemberRole, Membership, MissionRecord, ScheduleVersion
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


@mission_view(*EVERYONE)
def overview(request: HttpRequest, membership: Membership) -> HttpResponse:
    mission = membership.mission
    context: dict[str, object] = {"membership": membership, "mission": mission}
    if membership.role in STAFF:
        context["counts"] = {
            row["role"]: row["n"]
            for row in mission.people.values("role").annotate(n=Count("id")).order_by()
        }
        context["requests"] = mission.requests.count()
        context["versions"] = ScheduleVersion.objects.filter(mission=mission)[:5]
    context["published"] = published_version(mission)
    context["content"] = mission.content
    return render(request, "wafd/overview.html", context)


@mission_view(ORGANISER)
def audit_log(request: HttpRequest, membership: Membership) -> HttpResponse:
    entries = AuditEntry.objects.filter(mission=membership.mission).select_related("user")[:500]
    return render(request, "wafd/audit.html", {"membership": membership, "entries": entries})
