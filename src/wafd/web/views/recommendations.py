"""Who should meet whom, with the matcher's reasons; accepting turns them into requests."""

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wafd.match import Recommendation
from wafd.web import engine
from wafd.web.access import ORGANISER, audit, mission_view
from wafd.web.actions import ActionError
from wafd.web.caching import cached
from wafd.web.checking import refuse_if_invalid
from wafd.web.models import MemberRole, Membership, ParticipantRow, RequestRow
from wafd.web.store import load_mission, request_row
from wafd.web.views.agenda import display_name

DELEGATE = MemberRole.DELEGATE.value


def _participant_scope(membership: Membership) -> tuple[str, ...] | None:
    """Organisers see everyone's recommendations, a delegate only their own."""
    if membership.role == ORGANISER:
        return None
    if membership.participant is None:
        raise Http404("not linked to a participant")
    return (membership.participant.pid,)


@mission_view(ORGANISER, DELEGATE)
def recommendation_list(request: HttpRequest, membership: Membership) -> HttpResponse:
    scope = _participant_scope(membership)
    language = get_language() or "en"
    stamp = int(membership.mission.changed_at.timestamp() * 1_000_000)

    def compute() -> list[Recommendation]:
        mission = load_mission(membership.mission)
        return engine.recommend(mission, participant_ids=scope, top=5, language=language)

    # The matcher takes seconds on a large mission: computed once per state of the mission
    # (its change stamp), scope and language, then read from the cache.
    items = cached(("recs", membership.mission_id, stamp, scope, language), compute)
    people = ParticipantRow.objects.filter(mission=membership.mission).only(
        "pid", "name", "organisation", "data"
    )
    names = {row.pid: display_name(row, language) for row in people}
    organisation = {row.pid: row.organisation for row in people}
    requested = set(
        RequestRow.objects.filter(mission=membership.mission).values_list("requester", "target")
    )

    def already_requested(one: str, other: str) -> bool:
        """Either asked for the other, as a person or as their organisation."""
        return any(
            (a, b) in requested or (a, organisation.get(b)) in requested
            for a, b in ((one, other), (other, one))
        )

    rows = [
        {
            "item": item,
            "requester": names.get(item.subject, item.subject),
            "target": names.get(item.candidate, item.candidate),
            "requested": already_requested(item.subject, item.candidate),
        }
        for item in items
    ]
    return render(request, "wafd/recommendations.html", {"membership": membership, "rows": rows})


@require_POST
@mission_view(ORGANISER, DELEGATE)
def accept(request: HttpRequest, membership: Membership) -> HttpResponse:
    """Accept the top ``top_n`` recommendations of everyone in scope into requests."""
    try:
        top_n = min(max(int(request.POST.get("top_n", "3")), 1), 20)
    except ValueError:
        top_n = 3
    mission = load_mission(membership.mission)
    scope = _participant_scope(membership)
    items = engine.recommend(mission, participant_ids=scope, top=top_n, language="en")
    updated = engine.accept(mission, items, top_n=top_n)
    known = {(r.requester, r.target) for r in mission.requests}
    new = [r for r in updated.requests if (r.requester, r.target) not in known]
    try:
        refuse_if_invalid(updated.model_dump(mode="json"))
    except ActionError as refused:
        for line in refused.message.splitlines():
            messages.error(request, line)
        return redirect("wafd:recommendations", membership.mission.pk)
    RequestRow.objects.bulk_create(request_row(membership.mission, r) for r in new)
    audit(membership, "recommendations.accept", membership.mission.slug, added=len(new))
    messages.success(request, _("%(n)d requests added.") % {"n": len(new)})
    return redirect("wafd:requests", membership.mission.pk)
