"""Inviting people by e-mail (the invitation link, mailed) and resetting a forgotten password."""

from django import forms
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from wafd.web.access import ORGANISER, mission_view
from wafd.web.invitations import invite, invite_participants
from wafd.web.models import MemberRole, Membership, ParticipantRow


class InviteForm(forms.Form):
    email = forms.EmailField(label=gettext_lazy("E-mail"), max_length=150)
    role = forms.ChoiceField(label=gettext_lazy("Role"), choices=MemberRole.choices)
    participant = forms.CharField(required=False, max_length=200)


@require_POST
@mission_view(ORGANISER)
def invite_member(request: HttpRequest, membership: Membership) -> HttpResponse:
    """Mail one person the mission's invitation link; they accept it themselves.

    The answer is the same whether or not the address has an account on the site.
    """
    form = InviteForm(request.POST)
    if not form.is_valid():
        for error in form.errors.get_json_data().values():
            for item in error:
                messages.error(request, str(item["message"]))
        return redirect("wafd:members", membership.mission.pk)
    data = form.cleaned_data
    participant = ParticipantRow.objects.filter(
        mission=membership.mission, pid=data["participant"]
    ).first()
    invite(membership, address=data["email"], role=data["role"], participant=participant)
    messages.success(request, _("Invitation queued for %(address)s.") % {"address": data["email"]})
    return redirect("wafd:members", membership.mission.pk)


@require_POST
@mission_view(ORGANISER)
def invite_everyone(request: HttpRequest, membership: Membership) -> HttpResponse:
    """Invite, in bulk, every delegate and host with an address, not yet member or invited."""
    invited, skipped = invite_participants(membership)
    messages.success(
        request,
        _("%(invited)s invitations queued; %(skipped)s participants have no usable address.")
        % {"invited": invited, "skipped": skipped},
    )
    return redirect("wafd:members", membership.mission.pk)


class ResetView(auth_views.PasswordResetView):
    template_name = "wafd/form_page.html"
    email_template_name = "wafd/mail/password_reset.txt"
    subject_template_name = "wafd/mail/password_reset_subject.txt"
    success_url = reverse_lazy("wafd:password-reset-done")
    extra_context = {"heading": gettext_lazy("Forgot your password?")}


class ResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "wafd/form_page.html"
    extra_context = {
        "heading": gettext_lazy("Check your mail"),
        "notice": gettext_lazy(
            "If an account has this address, a link to choose a new password is on its way."
        ),
    }


class ResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "wafd/form_page.html"
    success_url = reverse_lazy("wafd:password-reset-complete")
    extra_context = {"heading": gettext_lazy("Choose a new password")}


class ResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "wafd/form_page.html"
    extra_context = {
        "heading": gettext_lazy("Password changed"),
        "notice": gettext_lazy("Your password is changed: you can log in with it now."),
    }
