"""Moving a meeting by form: the checker speaks first, saving needs a second submit.

The schedule board's drag and drop (``static/wafd/board.js``) goes through the API's
move endpoints, which call the same ``moving.move``.
"""

from typing import Any

from django import forms
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from wafd.web import actions, moving
from wafd.web.access import ORGANISER, mission_view
from wafd.web.models import Membership, MissionRecord


class MoveForm(forms.Form):
    start = forms.DateTimeField(
        label=gettext_lazy("New start (local time of the leg)"),
        widget=forms.DateTimeInput({"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
    )
    venue = forms.ChoiceField(label=gettext_lazy("Venue"), required=False)
    confirm = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args: Any, venues: list[dict[str, Any]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        choices = [("", "—"), *((v["id"], v.get("name") or v["id"]) for v in venues)]
        self.fields["venue"].choices = choices  # type: ignore[attr-defined]


@mission_view(ORGANISER)
def move_meeting(request: HttpRequest, membership: Membership, mid: str) -> HttpResponse:
    """Check a new time and venue against the latest version; save only when confirmed."""
    mission = MissionRecord.objects.get(pk=membership.mission_id)
    try:
        row = actions.meeting_in(actions.latest_version(mission), mid)
    except actions.ActionError as missing:
        raise Http404(missing.message) from missing
    zone = moving.leg_zone(mission.content, row)
    venues = mission.content.get("venues", [])
    initial = {
        "start": row.start.astimezone(zone).replace(tzinfo=None),
        "venue": row.data.get("venue") or "",
    }
    form = MoveForm(request.POST or None, initial=initial, venues=venues)
    checked: moving.MoveCheck | None = None
    if request.method == "POST" and form.is_valid():
        start = form.cleaned_data["start"].replace(tzinfo=None)  # the leg's wall clock
        try:
            checked, saved = moving.move(
                membership,
                mid,
                start,
                form.cleaned_data["venue"] or None,
                confirm=form.cleaned_data["confirm"],
                language=get_language() or "en",
                via="web",
            )
        except actions.ActionError as refused:
            form.add_error(None, refused.message)
        else:
            if saved is not None:
                messages.success(request, _("Meeting moved."))
                return redirect("wafd:version", membership.mission.pk, saved.number)
            form = MoveForm(
                initial={
                    "start": start,
                    "venue": checked.venue or "",
                    "confirm": checked.confirm,
                },
                venues=venues,
            )
    context = {"membership": membership, "row": row, "form": form, "checked": checked, "zone": zone}
    return render(request, "wafd/move.html", context)
