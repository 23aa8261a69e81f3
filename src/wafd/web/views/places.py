"""The organiser edits legs (city, dates, time zone, working hours) and venues."""

from typing import Any

from django import forms
from django.contrib import messages
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from pydantic import ValidationError

from wafd.model import Leg, Mission, Venue
from wafd.web.access import ORGANISER, audit, mission_view
from wafd.web.actions import ActionError
from wafd.web.checking import edited, refuse_if_invalid
from wafd.web.models import Membership, ParticipantRow
from wafd.web.store import load_mission
from wafd.web.views.missions import validation_messages


class LegForm(forms.Form):
    id = forms.SlugField(label=gettext_lazy("Identifier"))
    city = forms.CharField(label=gettext_lazy("City"))
    timezone = forms.CharField(label=gettext_lazy("Time zone (e.g. America/Chicago)"))
    start_date = forms.DateField(
        label=gettext_lazy("First day"), widget=forms.DateInput({"type": "date"})
    )
    end_date = forms.DateField(
        label=gettext_lazy("Last day"), widget=forms.DateInput({"type": "date"})
    )
    day_start = forms.TimeField(label=gettext_lazy("Day starts"), initial="09:00")
    day_end = forms.TimeField(label=gettext_lazy("Day ends"), initial="18:00")


class VenueForm(forms.Form):
    id = forms.SlugField(label=gettext_lazy("Identifier"))
    name = forms.CharField(label=gettext_lazy("Name"))
    leg = forms.CharField(label=gettext_lazy("Leg identifier"))
    address = forms.CharField(label=gettext_lazy("Address"), required=False)
    tables = forms.IntegerField(label=gettext_lazy("Tables"), min_value=1, initial=1)


def _upsert(items: list[dict[str, Any]], item: dict[str, Any]) -> list[dict[str, Any]]:
    """Replace the item with the same id, or append it."""
    kept = [existing for existing in items if existing["id"] != item["id"]]
    return [*kept, item]


@mission_view(ORGANISER)
def legs_and_venues(request: HttpRequest, membership: Membership) -> HttpResponse:
    record = membership.mission
    leg_form = LegForm(request.POST if request.POST.get("form") == "leg" else None, prefix="leg")
    venue_form = VenueForm(
        request.POST if request.POST.get("form") == "venue" else None, prefix="venue"
    )
    for form, model, key in ((leg_form, Leg, "legs"), (venue_form, Venue, "venues")):
        if form.is_bound and form.is_valid():
            try:
                item = model.model_validate(form.cleaned_data).model_dump(mode="json")
            except ValidationError as error:
                for line in validation_messages(error):
                    form.add_error(None, line)
                continue
            mission = load_mission(record)
            items = _upsert(mission.model_dump(mode="json")[key], item)
            try:
                refuse_if_invalid(edited(mission, **{key: items}))
            except ActionError as refused:
                for line in refused.message.splitlines():
                    form.add_error(None, line)
                continue
            record.content[key] = items
            record.save(update_fields=["content"])
            audit(membership, f"{key[:-1]}.save", item["id"])
            messages.success(request, _("Saved."))
            return redirect("wafd:legs", record.pk)
    context = {
        "membership": membership,
        "legs": record.content.get("legs", []),
        "venues": record.content.get("venues", []),
        "leg_form": leg_form,
        "venue_form": venue_form,
    }
    return render(request, "wafd/legs.html", context)


def _without(mission: Mission, kind: str, item_id: str) -> tuple[dict[str, Any], list[str]]:
    """The mission's JSON without the leg (and its venues) or venue, with the venue
    cleared from hosts who received there; and what referred to it, by name."""
    data = mission.model_dump(mode="json")
    venues = (
        {item_id} if kind == "venue" else {v["id"] for v in data["venues"] if v["leg"] == item_id}
    )
    referrers = [
        _("Venue %(name)s") % {"name": v["name"]}
        for v in data["venues"]
        if v["id"] in venues and kind == "leg"
    ] + [
        _("Participant %(name)s receives there") % {"name": p["name"]}
        for p in data["participants"]
        if p.get("venue") in venues
    ]
    if kind == "leg":
        data["legs"] = [leg for leg in data["legs"] if leg["id"] != item_id]
    data["venues"] = [v for v in data["venues"] if v["id"] not in venues]
    for participant in data["participants"]:
        if participant.get("venue") in venues:
            participant["venue"] = None
    return data, referrers


@require_POST
@mission_view(ORGANISER)
def remove_place(request: HttpRequest, membership: Membership) -> HttpResponse:
    """Remove a leg or venue; when something refers to it, say what and ask first."""
    record = membership.mission
    kind = "leg" if request.POST.get("kind") == "leg" else "venue"
    item_id = request.POST.get("id", "")
    data, referrers = _without(load_mission(record), kind, item_id)
    if referrers and request.POST.get("confirm") != "yes":
        context = {"membership": membership, "kind": kind, "id": item_id, "referrers": referrers}
        return render(request, "wafd/place_remove.html", context)
    try:
        mission = refuse_if_invalid(data)
    except ActionError as refused:
        for line in refused.message.splitlines():
            messages.error(request, line)
        return redirect("wafd:legs", record.pk)
    with transaction.atomic():
        for participant in mission.participants:
            ParticipantRow.objects.filter(mission=record, pid=participant.id).update(
                data=participant.model_dump(mode="json")
            )
        record.content = {**record.content, "legs": data["legs"], "venues": data["venues"]}
        record.save(update_fields=["content"])
        audit(membership, f"{kind}.remove", item_id, referrers=len(referrers))
    messages.success(request, _("Removed."))
    return redirect("wafd:legs", record.pk)
