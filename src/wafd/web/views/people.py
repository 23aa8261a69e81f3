"""Participants: the organiser's list and editor, and the public host profiles."""

from typing import Any

from django import forms
from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from pydantic import ValidationError

from wafd.model import Language, LocalizedText, Participant
from wafd.web.access import EVERYONE, ORGANISER, STAFF, audit, mission_view
from wafd.web.actions import ActionError
from wafd.web.checking import edited, refuse_if_invalid
from wafd.web.models import Membership, ParticipantRow, RequestRow
from wafd.web.store import load_mission
from wafd.web.views.agenda import display_name
from wafd.web.views.missions import validation_messages

LANGUAGE_CHOICES = [
    (Language.AR.value, "العربية"),
    (Language.FR.value, "Français"),
    (Language.EN.value, "English"),
]


class ProfileForm(forms.Form):
    """What a participant may change about themself."""

    title = forms.CharField(label=gettext_lazy("Title"), required=False, max_length=200)
    preferred_language = forms.ChoiceField(
        label=gettext_lazy("Preferred language"), choices=LANGUAGE_CHOICES
    )
    offers = forms.CharField(label=gettext_lazy("Offers"), required=False, widget=forms.Textarea)
    needs = forms.CharField(label=gettext_lazy("Needs"), required=False, widget=forms.Textarea)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for field in self.fields.values():  # text in any script reads in its own direction
            if isinstance(field.widget, forms.TextInput | forms.Textarea):
                field.widget.attrs["dir"] = "auto"


class ParticipantForm(ProfileForm):
    """What an organiser may change about a participant."""

    name = forms.CharField(label=gettext_lazy("Name"), max_length=300)
    name_ar = forms.CharField(label=gettext_lazy("Name in Arabic"), required=False)
    email = forms.EmailField(label=gettext_lazy("E-mail"), required=False)
    themes = forms.CharField(
        label=gettext_lazy("Themes (ids, comma-separated)"), required=False, max_length=1000
    )

    field_order = ["name", "name_ar", "title", "email", "preferred_language", "themes"]


def update_participant(
    row: ParticipantRow, changes: dict[str, Any], membership: Membership
) -> list[str]:
    """Validate the mission this change leaves (the engine's validator, as ``wafd validate``);
    the located errors, or [] when saved."""
    if "themes" in changes:
        changes["themes"] = [t.strip() for t in str(changes["themes"]).split(",") if t.strip()]
    try:
        participant = Participant.model_validate({**row.data, **changes})
    except ValidationError as error:
        return validation_messages(error)
    mission = load_mission(membership.mission)
    people = [participant if p.id == row.pid else p for p in mission.participants]
    try:
        refuse_if_invalid(edited(mission, participants=[p.model_dump(mode="json") for p in people]))
    except ActionError as refused:
        return refused.message.splitlines()
    row.data = participant.model_dump(mode="json")
    row.name = participant.name
    row.save(update_fields=["data", "name"])
    audit(membership, "participant.update", row.pid, fields=sorted(changes))
    return []


@mission_view(*STAFF)
def participant_list(request: HttpRequest, membership: Membership) -> HttpResponse:
    """Everyone of the mission, searchable by name, identifier or organisation, by role."""
    language = get_language() or "en"
    rows = ParticipantRow.objects.filter(mission=membership.mission).only(
        "pid", "name", "role", "organisation", "data"
    )
    total = rows.count()
    query = request.GET.get("q", "").strip()[:100]
    role = request.GET.get("role", "")
    organisations = {
        o["id"]: LocalizedText.model_validate(o.get("name") or {}).get(language)
        for o in membership.mission.content.get("organisations", [])
    }
    if query:
        matching = [pid for pid, name in organisations.items() if query.lower() in name.lower()]
        rows = rows.filter(
            Q(name__icontains=query)
            | Q(pid__icontains=query)
            | Q(data__name_ar__icontains=query)
            | Q(organisation__in=matching)
        )
    if role in ("delegate", "host"):
        rows = rows.filter(role=role)
    page = Paginator(rows, 50).get_page(request.GET.get("page"))
    listed = [
        {
            "row": row,
            "name": display_name(row, language),
            "organisation": organisations.get(row.organisation, row.organisation),
        }
        for row in page
    ]
    context = {
        "membership": membership,
        "listed": listed,
        "page": page,
        "total": total,
        "found": page.paginator.count,
        "query": query,
        "role": role,
    }
    return render(request, "wafd/participants.html", context)


@mission_view(ORGANISER)
def participant_edit(request: HttpRequest, membership: Membership, row_pk: int) -> HttpResponse:
    row = get_object_or_404(ParticipantRow, mission=membership.mission, pk=row_pk)
    initial = {**row.data, "themes": ", ".join(row.data.get("themes", []))}
    form = ParticipantForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        errors = update_participant(row, dict(form.cleaned_data), membership)
        for line in errors:
            form.add_error(None, line)
        if not errors:
            messages.success(request, _("Participant saved."))
            return redirect("wafd:participants", membership.mission.pk)
    return render(
        request,
        "wafd/form_page.html",
        {"membership": membership, "form": form, "heading": row.name},
    )


@mission_view(*EVERYONE)
def host_profiles(request: HttpRequest, membership: Membership) -> HttpResponse:
    """Public profiles of the mission's hosts: organisation, themes, what they offer."""
    hosts = ParticipantRow.objects.filter(mission=membership.mission, role="host")
    content = membership.mission.content
    organisations = {o["id"]: o for o in content.get("organisations", [])}
    language = get_language() or "en"
    themes = {
        t["id"]: LocalizedText.model_validate(t["label"]).get(language)
        for t in content.get("themes", [])
    }
    mine = (
        dict(
            RequestRow.objects.filter(
                mission=membership.mission, requester=membership.participant.pid
            ).values_list("target", "preference")
        )
        if membership.participant is not None
        else {}
    )
    profiles = [
        {
            "pid": row.pid,
            "preference": mine.get(row.pid, ""),
            "name": row.name,
            "organisation": LocalizedText.model_validate(
                organisations.get(row.organisation, {}).get("name", {})
            ).get(language),
            "title": row.data.get("title", ""),
            "themes": [themes.get(t, t) for t in row.data.get("themes", [])],
            "offers": row.data.get("offers", ""),
        }
        for row in hosts
    ]
    return render(request, "wafd/hosts.html", {"membership": membership, "profiles": profiles})


@mission_view(*EVERYONE)
def profile(request: HttpRequest, membership: Membership) -> HttpResponse:
    """A delegate or host edits their own profile; staff without a participant get 404."""
    row = membership.participant
    if row is None:
        return render(request, "wafd/no_participant.html", {"membership": membership}, status=404)
    form = ProfileForm(request.POST or None, initial=row.data)
    if request.method == "POST" and form.is_valid():
        errors = update_participant(row, dict(form.cleaned_data), membership)
        for line in errors:
            form.add_error(None, line)
        if not errors:
            messages.success(request, _("Profile saved."))
            response = redirect("wafd:profile", membership.mission.pk)
            response.set_cookie("django_language", form.cleaned_data["preferred_language"])
            return response
    return render(
        request,
        "wafd/form_page.html",
        {"membership": membership, "form": form, "heading": _("My profile")},
    )
