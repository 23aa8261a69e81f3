"""A person's own account: accepting an invitation (creating the account if needed) and
changing the password.

Every invitation, shown as a link or mailed, is accepted here by the person invited: one
who is signed in accepts; a new person invited by e-mail chooses a password (the address
is the username) and accepts; anyone else logs in first and comes back to the link.
"""

from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.forms import UserCreationForm
from django.contrib.auth.models import User
from django.contrib.auth.views import PasswordChangeView
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from wafd.web import tenancy
from wafd.web.access import PORTAL
from wafd.web.actions import ActionError
from wafd.web.models import Invitation, Membership
from wafd.web.views.missions import mission_title


class InvitedAccountForm(UserCreationForm):  # type: ignore[type-arg]
    """A new account for the address an invitation was mailed to: only a password to choose."""

    def __init__(self, *args: Any, address: str, **kwargs: Any) -> None:
        super().__init__(*args, initial={"username": address}, **kwargs)
        self.fields["username"].disabled = True
        self.fields["username"].help_text = ""  # fixed: the rules for typing one do not apply
        self.address = address

    def save(self, commit: bool = True) -> User:
        user: User = super().save(commit=False)
        user.email = self.address
        if commit:
            user.save()
        return user


def _signup(request: HttpRequest, found: Invitation) -> "UserCreationForm[User]":
    data = request.POST if request.method == "POST" else None
    if found.email:
        return InvitedAccountForm(data, address=found.email)
    return UserCreationForm(data)


def _landing(member: Membership) -> HttpResponse:
    """A delegate or host lands on their agenda, anyone else on the mission."""
    if member.role in PORTAL:
        return redirect("wafd:agenda", member.mission_id)
    return redirect("wafd:mission", member.mission_id)


def invitation(request: HttpRequest, secret: str) -> HttpResponse:
    """Show an invitation; a signed-in person accepts it, anyone else creates an account
    (choosing only a password when the link was mailed) or logs in first and comes back."""
    try:
        found = tenancy.open_invitation(secret)
    except ActionError as error:
        return render(request, "wafd/error.html", {"message": error.message}, status=404)
    signup: UserCreationForm[User] | None = None
    if request.user.is_authenticated:
        if request.method == "POST":
            user = request.user
            assert isinstance(user, User)
            member = tenancy.accept_invitation(token=secret, user=user)
            messages.success(request, _("Welcome to the mission."))
            return _landing(member)
    else:
        signup = _signup(request, found)
        if request.method == "POST" and signup.is_valid():
            user = signup.save()
            login(request, user, backend="wafd.web.backends.QuickModelBackend")
            member = tenancy.accept_invitation(token=secret, user=user)
            messages.success(request, _("Your account is ready. Welcome to the mission."))
            return _landing(member)
    context = {
        "invitation": found,
        "title": mission_title(found.mission, get_language() or "en"),
        "signup": signup,
        "path": request.get_full_path(),
    }
    return render(request, "wafd/invitation.html", context)


class PasswordChange(PasswordChangeView):
    """Django's password change (old password, new one twice, the site's validators)."""

    template_name = "wafd/password_change.html"
    success_url = reverse_lazy("wafd:home")

    def form_valid(self, form: forms.Form) -> HttpResponse:
        messages.success(self.request, _("Your password was changed."))
        return super().form_valid(form)  # type: ignore[arg-type]
