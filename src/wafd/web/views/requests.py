"""Meeting requests: everyone sees the ones their role allows and acts on them.

Delegates say must/want/no about hosts; hosts accept or decline what is
addressed to them; organisers adjust any preference.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wafd.model import LocalizedText, Preference
from wafd.web import requesting
from wafd.web.access import EVERYONE, ORGANISER, audit, mission_view, visible_requests
from wafd.web.actions import ActionError
from wafd.web.models import MemberRole, Membership, ParticipantRow, RequestStatus
from wafd.web.views.agenda import display_name

PREFERENCES = {p.value for p in Preference}


@mission_view(*EVERYONE)
def request_list(request: HttpRequest, membership: Membership) -> HttpResponse:
    """The requests the member may see, filtered by preference and answer, in pages."""
    rows = visible_requests(membership)
    total = rows.count()
    preference = request.GET.get("preference", "")
    status = request.GET.get("status", "")
    if preference in PREFERENCES:
        rows = rows.filter(preference=preference)
    if status in RequestStatus.values:
        rows = rows.filter(status=status)
    page = Paginator(rows, 50).get_page(request.GET.get("page"))
    language = get_language() or "en"
    names = {
        o["id"]: LocalizedText.model_validate(o.get("name") or {}).get(language)
        for o in membership.mission.content.get("organisations", [])
    }  # a request may name an organisation rather than one of its people
    names |= {
        row.pid: display_name(row, language)
        for row in ParticipantRow.objects.filter(mission=membership.mission).only(
            "pid", "name", "data"
        )
    }
    listed = [
        {
            "row": row,
            "requester": names.get(row.requester, row.requester),
            "target": names.get(row.target, row.target),
        }
        for row in page
    ]
    context = {
        "membership": membership,
        "listed": listed,
        "page": page,
        "total": total,
        "found": page.paginator.count,
        "preference": preference,
        "status": status,
        "statuses": RequestStatus.choices,
    }
    return render(request, "wafd/requests.html", context)


@require_POST
@mission_view(ORGANISER, MemberRole.DELEGATE.value)
def set_preference(request: HttpRequest, membership: Membership) -> HttpResponse:
    """Create or change a request: a delegate for themself, an organiser for anyone."""
    preference = request.POST.get("preference", "")
    target = request.POST.get("target", "")
    requester = request.POST.get("requester", "")
    if membership.role == MemberRole.DELEGATE:
        if membership.participant is None:
            raise PermissionDenied
        requester = membership.participant.pid
    if preference not in PREFERENCES or requester == target:
        messages.error(request, _("Choose must, want or no for another participant."))
        return redirect("wafd:requests", membership.mission.pk)
    people = ParticipantRow.objects.filter(mission=membership.mission)
    if not people.filter(pid=target).exists() or not people.filter(pid=requester).exists():
        raise Http404("no such participant")
    try:
        requesting.save_request(
            membership, requester=requester, target=target, preference=preference, via="web"
        )
    except ActionError as refused:
        for line in refused.message.splitlines():
            messages.error(request, line)
        return redirect("wafd:requests", membership.mission.pk)
    messages.success(request, _("Preference saved."))
    return redirect("wafd:requests", membership.mission.pk)


@require_POST
@mission_view(ORGANISER, MemberRole.HOST.value)
def respond(request: HttpRequest, membership: Membership, request_pk: int) -> HttpResponse:
    """A host accepts or declines a request addressed to them (organisers may too)."""
    row = get_object_or_404(visible_requests(membership), pk=request_pk)
    answer = request.POST.get("answer", "")
    if answer not in {RequestStatus.ACCEPTED, RequestStatus.DECLINED}:
        messages.error(request, _("Answer accept or decline."))
    else:
        row.status = answer
        row.save(update_fields=["status"])
        audit(membership, f"request.{answer}", f"{row.requester}->{row.target}")
        messages.success(request, _("Answer saved."))
    return redirect("wafd:requests", membership.mission.pk)
