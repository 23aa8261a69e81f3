"""Organisers manage what must happen next: actions with owner, due date, status; overdue shown."""

from datetime import date
from uuid import uuid4

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language

from wafd.i18n import N_
from wafd.outcomes import OutcomeError, save_action
from wafd.outcomes.model import ORGANISER as ORGANISER_OWNER
from wafd.outcomes.model import ActionStatus
from wafd.web.access import ORGANISER, mission_view
from wafd.web.models import Membership
from wafd.web.outcomes import change_outcomes, load_outcomes, mission_context
from wafd.web.views.outcomes import _choices, say


@mission_view(ORGANISER)
def action_list(request: HttpRequest, membership: Membership) -> HttpResponse:
    """GET the list (overdue first), POST adds an action or updates one (``action_id``)."""
    record = membership.mission
    context = mission_context(record)
    if request.method == "POST":
        post = request.POST
        action_id = post.get("action_id") or f"a-{uuid4().hex[:8]}"
        try:
            due = date.fromisoformat(post["due"]) if post.get("due") else None
            status = ActionStatus(post.get("status", "open"))
            change_outcomes(
                membership,
                action="action",
                target=action_id,
                change=lambda outcomes, ctx: save_action(
                    outcomes,
                    context=ctx,
                    action_id=action_id,
                    what=post.get("what", "")[:1000],
                    owner=post.get("owner") or ORGANISER_OWNER,
                    due=due,
                    status=status,
                    meetings=[m for m in [post.get("meeting", "")] if m],
                ),
            )
        except (ValueError, OutcomeError) as error:
            language = get_language() or "en"
            text = error.message_in(language) if isinstance(error, OutcomeError) else ""
            messages.error(request, text or say(N_("Describe the action.")))
        return redirect("wafd:actions", record.pk)
    today = date.today()
    actions = sorted(
        load_outcomes(record).actions, key=lambda a: (not a.overdue(today), a.due or date.max)
    )
    owners = [(ORGANISER_OWNER, say(N_("Organisers")))] + [
        (pid, context.name(pid)) for pid in context.participants
    ]
    page = {
        "membership": membership,
        "rows": [(a, a.overdue(today), context.name(a.owner)) for a in actions],
        "owners": owners,
        "statuses": _choices([str(s) for s in ActionStatus]),
        "meetings": sorted((m.id, m.title) for m in context.meetings.values()),
        "words": {
            "heading": say(N_("Actions")),
            "what": say(N_("What must be done")),
            "owner": say(N_("Participant id, or organiser")),
            "due": say(N_("Due date")),
            "status": say(N_("Where it stands")),
            "meeting": say(N_("Meetings it comes from (ids)")),
            "overdue": say(N_("Overdue")),
            "save": say(N_("Save")),
        },
    }
    return render(request, "wafd/actions.html", page)
