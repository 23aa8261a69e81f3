"""The organiser edits legs (city, dates, time zone, working hours) and venues."""

from typing import Any

from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from pydantic import ValidationError

from wafd.model import Leg, Venue
from wafd.web.access import ORGANISER, audit, mission_view
from wafd.web.models import Membership
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
            if key == "venues" and item["leg"] not in {leg["id"] for leg in record.content["legs"]}:
                form.add_error("leg", _("No leg has this identifier."))
                continue
            record.content[key] = _upsert(record.content.get(key, []), item)
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


@require_POST
@mission_view(ORGANISER)
def remove_place(request: HttpRequest, membership: Membership) -> HttpResponse:
    record = membership.mission
    key = "legs" if request.POST.get("kind") == "leg" else "venues"
    item_id = request.POST.get("id", "")
    record.content[key] = [i for i in record.content.get(key, []) if i["id"] != item_id]
    record.save(update_fields=["content"])
    audit(membership, f"{key[:-1]}.remove", item_id)
    return redirect("wafd:legs", record.pk)
