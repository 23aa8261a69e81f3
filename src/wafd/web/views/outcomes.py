"""After the meetings on the web: feedback on the agenda, attendance at the door, the pipeline
board and the mission report.

The words come from the engine's ``outcomes`` catalogue (the same as the report's), so the
pages, the forms and the documents say the same thing in Arabic, French and English. Every
change is one ``wafd.outcomes`` function applied through ``change_outcomes`` (audited, all or
nothing); a refused change shows the engine's message in the user's language.
"""

from datetime import date
from typing import Any
from uuid import uuid4

from django import forms
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language

from wafd.export.report.labels import NAMES
from wafd.i18n import N_, translate
from wafd.outcomes import (
    OutcomeError,
    Stage,
    add_opportunity,
    move_opportunity,
    record_feedback,
)
from wafd.outcomes.checks import money
from wafd.outcomes.model import FollowUp, InterestKind
from wafd.web.access import PORTAL, mission_view
from wafd.web.models import Membership, MissionRecord
from wafd.web.outcomes import change_outcomes, load_outcomes, mission_context


def say(message: str) -> str:
    return translate("outcomes", get_language() or "en", message)


def _choices(values: list[str]) -> list[tuple[str, str]]:
    return [(value, say(NAMES.get(value, value))) for value in values]


class FeedbackForm(forms.Form):
    """A participant's short feedback on one meeting: works with thumbs on a phone."""

    rating = forms.TypedChoiceField(coerce=int, widget=forms.RadioSelect)
    follow_up = forms.ChoiceField(widget=forms.RadioSelect)
    interests = forms.MultipleChoiceField(required=False, widget=forms.CheckboxSelectMultiple)
    comment = forms.CharField(required=False, max_length=2000, widget=forms.Textarea)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        fields = self.fields
        fields["rating"].label = say(N_("Rating (1 = poor, 5 = excellent)"))
        fields["rating"].choices = [(n, str(n)) for n in range(1, 6)]  # type: ignore[attr-defined]
        fields["follow_up"].label = say(N_("Wants to follow up"))
        fields["follow_up"].choices = _choices([str(f) for f in FollowUp])  # type: ignore[attr-defined]
        fields["interests"].label = say(N_("What it may lead to"))
        fields["interests"].choices = _choices([str(k) for k in InterestKind])  # type: ignore[attr-defined]
        fields["comment"].label = say(N_("Comment, as written"))


def _own_meeting(membership: Membership, mid: str) -> tuple[Any, str]:
    """The meeting's facts and the member's participant id; 404 unless they were in it."""
    participant = membership.participant
    if participant is None:
        raise Http404("not linked to a participant")
    context = mission_context(membership.mission)
    meeting = context.meetings.get(mid)
    if meeting is None or participant.pid not in meeting.participants:
        raise Http404("not your meeting")
    return meeting, participant.pid


@mission_view(*PORTAL)
def feedback(request: HttpRequest, membership: Membership, mid: str) -> HttpResponse:
    """GET the form (filled with the earlier answer), POST it; delegates and hosts, own only."""
    meeting, pid = _own_meeting(membership, mid)
    earlier = next(
        (
            f
            for f in load_outcomes(membership.mission).feedback
            if (f.meeting, f.participant) == (mid, pid)
        ),
        None,
    )
    initial = earlier.model_dump(mode="json") if earlier else {}
    form = FeedbackForm(request.POST or None, initial=initial)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            data = form.cleaned_data
            try:
                change_outcomes(
                    membership,
                    action="feedback",
                    target=mid,
                    change=lambda outcomes, context: record_feedback(
                        outcomes,
                        context=context,
                        meeting=mid,
                        participant=pid,
                        rating=data["rating"],
                        follow_up=FollowUp(data["follow_up"]),
                        interests=[InterestKind(k) for k in data["interests"]],
                        comment=data["comment"],
                    ),
                )
            except OutcomeError as error:
                form.add_error(None, error.message_in(get_language() or "en"))
            else:
                messages.success(request, say(N_("Thank you: your feedback is saved.")))
                return redirect("wafd:agenda", membership.mission.pk)
    heading = say(N_("Your feedback on “{meeting}”")).format(meeting=meeting.title)
    context = {"membership": membership, "form": form, "heading": heading, "save": say(N_("Save"))}
    return render(request, "wafd/feedback.html", context, status=status)


@mission_view("organiser")
def pipeline(request: HttpRequest, membership: Membership) -> HttpResponse:
    """The opportunities as a board, one column per stage; POST moves one (audited)."""
    record: MissionRecord = membership.mission
    status = 200
    if request.method == "POST":
        adding = request.POST.get("action") == "add"
        status = _add(request, membership) if adding else _move(request, membership)
        if status == 302:
            return redirect("wafd:pipeline", record.pk)
    outcomes = load_outcomes(record)
    columns = [
        {
            "stage": str(stage),
            "title": say(NAMES[str(stage)]),
            "cards": [o for o in outcomes.opportunities if o.stage == stage],
        }
        for stage in Stage
    ]
    context = {
        "membership": membership,
        "columns": columns,
        "stages": _choices([str(s) for s in Stage]),
        "kinds": _choices([str(k) for k in InterestKind]),
        "meetings": sorted(
            ((m.id, m.title) for m in mission_context(record).meetings.values()),
            key=lambda item: item[1],
        ),
        "words": {
            "heading": say(N_("Opportunities")),
            "move": say(N_("Move")),
            "date": say(N_("Date")),
            "reason": say(N_("Why (required when lost or going back)")),
            "add": say(N_("Add an opportunity")),
            "title": say(N_("What the deal is")),
            "meeting": say(N_("Meetings it came from (ids)")),
            "kind": say(N_("Kind of deal")),
            "value": say(N_("Estimated value")),
            "currency": say(N_("ISO 4217 code of the value, e.g. USD, MAD")),
        },
        "today": date.today().isoformat(),
    }
    return render(request, "wafd/pipeline.html", context, status=status)


def _move(request: HttpRequest, membership: Membership) -> int:
    oid, stage, reason = (
        request.POST.get(k, "").strip() for k in ("opportunity", "stage", "reason")
    )
    try:
        on = date.fromisoformat(request.POST.get("date", ""))
        moved = Stage(stage)
    except ValueError:
        messages.error(request, say(N_("Choose a stage and a date.")))
        return 400
    try:
        change_outcomes(
            membership,
            action="opportunity-stage",
            target=oid,
            stage=str(moved),
            change=lambda outcomes, context: move_opportunity(
                outcomes,
                context=context,
                opportunity_id=oid,
                stage=moved,
                on=on,
                by=membership.user.get_username(),
                reason=reason,
            ),
        )
    except OutcomeError as error:
        messages.error(request, error.message_in(get_language() or "en"))
        return 400
    return 302


def _add(request: HttpRequest, membership: Membership) -> int:
    """A new opportunity from a meeting, identified today (or on the date given)."""
    post = request.POST
    title, mid = post.get("title", "").strip()[:300], post.get("meeting", "")
    try:
        on = date.fromisoformat(post.get("date", ""))
        kind = InterestKind(post.get("kind", ""))
        amount = float(post["value"]) if post.get("value", "").strip() else None
    except ValueError:
        messages.error(request, say(N_("Choose a stage and a date.")))
        return 400
    if not title:
        messages.error(request, say(N_("Give the opportunity a title.")))
        return 400
    oid = f"o-{uuid4().hex[:8]}"
    try:
        change_outcomes(
            membership,
            action="opportunity-add",
            target=oid,
            change=lambda outcomes, context: add_opportunity(
                outcomes,
                context=context,
                opportunity_id=oid,
                title=title,
                identified_on=on,
                identified_by=membership.user.get_username(),
                meetings=(mid,),
                kind=kind,
                value=money(amount, post.get("currency", "").strip(), on),
            ),
        )
    except OutcomeError as error:
        messages.error(request, error.message_in(get_language() or "en"))
        return 400
    return 302
