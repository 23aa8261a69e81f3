"""Organisers give people a role in their mission, creating their account when needed."""

from django import forms
from django.contrib import messages
from django.contrib.auth.models import User
from django.contrib.auth.password_validation import validate_password
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wafd.web.access import ORGANISER, audit, mission_view
from wafd.web.models import MemberRole, Membership, ParticipantRow


class MemberForm(forms.Form):
    username = forms.CharField(label=gettext_lazy("Username"), max_length=150)
    password = forms.CharField(
        label=gettext_lazy("Password (for a new account)"),
        required=False,
        widget=forms.PasswordInput,
    )
    role = forms.ChoiceField(label=gettext_lazy("Role"), choices=MemberRole.choices)
    participant = forms.ChoiceField(label=gettext_lazy("Participant"), required=False)

    def __init__(self, *args: object, mission_people: list[tuple[str, str]], **kwargs: object):
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["participant"].choices = [("", "—"), *mission_people]  # type: ignore[attr-defined]


@mission_view(ORGANISER)
def member_list(request: HttpRequest, membership: Membership) -> HttpResponse:
    mission = membership.mission
    people = list(
        ParticipantRow.objects.filter(mission=mission).values_list("pid", "name").order_by("name")
    )
    form = MemberForm(request.POST or None, mission_people=people)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        user = User.objects.filter(username=data["username"]).first()
        if user is None:
            try:
                validate_password(data["password"], User(username=data["username"]))
            except forms.ValidationError as error:
                form.add_error("password", error)
        if not form.errors:
            participant = ParticipantRow.objects.filter(
                mission=mission, pid=data["participant"]
            ).first()
            with transaction.atomic():
                if user is None:
                    user = User.objects.create_user(data["username"], password=data["password"])
                Membership.objects.update_or_create(
                    user=user,
                    mission=mission,
                    defaults={"role": data["role"], "participant": participant},
                )
                audit(membership, "member.save", f"user{user.pk}", role=data["role"])
            messages.success(request, _("Member saved."))
            return redirect("wafd:members", mission.pk)
    members = Membership.objects.filter(mission=mission).select_related("user", "participant")
    context = {"membership": membership, "members": members, "form": form}
    return render(request, "wafd/members.html", context)
