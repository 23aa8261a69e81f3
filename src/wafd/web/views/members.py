"""Organisers invite people, change their roles and remove them; members may leave.

The invitation form asks only for the role (and the participant the person is), never
for a username: the page reveals nothing about which accounts exist on the site.
"""

from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wafd.web import tenancy
from wafd.web.access import EVERYONE, ORGANISER, mission_view
from wafd.web.actions import ActionError
from wafd.web.models import Invitation, MemberRole, Membership, ParticipantRow
from wafd.web.views.agenda import display_name


class RoleForm(forms.Form):
    role = forms.ChoiceField(label=gettext_lazy("Role"), choices=MemberRole.choices)
    participant = forms.ChoiceField(label=gettext_lazy("Participant"), required=False)

    def __init__(self, *args: object, mission_people: list[tuple[str, str]], **kwargs: object):
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["participant"].choices = [("", "—"), *mission_people]  # type: ignore[attr-defined]


def _people(membership: Membership) -> list[tuple[str, str]]:
    """The mission's participants for a choice, named in the reader's script."""
    language = get_language() or "en"
    rows = ParticipantRow.objects.filter(mission=membership.mission).only("pid", "name", "data")
    return sorted(((row.pid, display_name(row, language)) for row in rows), key=lambda p: p[1])


def _participant(membership: Membership, pid: str) -> ParticipantRow | None:
    if not pid:
        return None
    return ParticipantRow.objects.filter(mission=membership.mission, pid=pid).first()


def invitation_url(request: HttpRequest, token: str) -> str:
    return request.build_absolute_uri(reverse("wafd:invitation", args=[token]))


@mission_view(ORGANISER)
def member_list(request: HttpRequest, membership: Membership) -> HttpResponse:
    people = _people(membership)
    form = RoleForm(request.POST or None, mission_people=people)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        _invitation, token = tenancy.invite(
            membership, role=data["role"], participant=_participant(membership, data["participant"])
        )
        request.session["wafd_new_invitation"] = invitation_url(request, token)
        messages.success(request, _("Invitation created: send its link to the person."))
        return redirect("wafd:members", membership.mission.pk)
    members = Membership.objects.filter(mission=membership.mission).select_related(
        "user", "participant"
    )
    pending = Invitation.objects.filter(
        mission=membership.mission, accepted_at__isnull=True
    ).select_related("participant")
    context = {
        "membership": membership,
        "members": [
            (
                m,
                RoleForm(
                    initial={
                        "role": m.role,
                        "participant": m.participant.pid if m.participant else "",
                    },
                    mission_people=people,
                    prefix=f"m{m.pk}",
                ),
            )
            for m in members
        ],
        "pending": pending,
        "form": form,
        "new_link": request.session.pop("wafd_new_invitation", None),
    }
    return render(request, "wafd/members.html", context)


def _refusal_shown(request: HttpRequest, error: ActionError) -> None:
    messages.error(request, error.message)


@require_POST
@mission_view(ORGANISER)
def member_role(request: HttpRequest, membership: Membership, member_pk: int) -> HttpResponse:
    form = RoleForm(request.POST, mission_people=_people(membership), prefix=f"m{member_pk}")
    if form.is_valid():
        try:
            tenancy.change_role(
                membership,
                member_pk=member_pk,
                role=form.cleaned_data["role"],
                participant=_participant(membership, form.cleaned_data["participant"]),
            )
            messages.success(request, _("Member saved."))
        except ActionError as error:
            _refusal_shown(request, error)
    return redirect("wafd:members", membership.mission.pk)


@require_POST
@mission_view(ORGANISER)
def member_remove(request: HttpRequest, membership: Membership, member_pk: int) -> HttpResponse:
    try:
        tenancy.remove_member(membership, member_pk=member_pk)
        messages.success(request, _("Member removed."))
    except ActionError as error:
        _refusal_shown(request, error)
    if not Membership.objects.filter(pk=membership.pk).exists():
        return redirect("wafd:home")
    return redirect("wafd:members", membership.mission.pk)


@require_POST
@mission_view(ORGANISER)
def invitation_withdraw(
    request: HttpRequest, membership: Membership, invitation_pk: int
) -> HttpResponse:
    tenancy.withdraw_invitation(membership, invitation_pk=invitation_pk)
    messages.success(request, _("Invitation withdrawn."))
    return redirect("wafd:members", membership.mission.pk)


@require_POST
@mission_view(*EVERYONE)
def leave(request: HttpRequest, membership: Membership) -> HttpResponse:
    try:
        tenancy.leave(membership)
    except ActionError as error:
        _refusal_shown(request, error)
        return redirect("wafd:mission", membership.mission.pk)
    messages.success(request, _("You left the mission."))
    return redirect("wafd:home")
