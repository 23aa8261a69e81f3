"""A person's own account: accepting an invitation (creating the account if needed) and
changing the password."""

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
from wafd.web.actions import ActionError
from wafd.web.views.missions import mission_title


def invitation(request: HttpRequest, secret: str) -> HttpResponse:
    """Show an invitation; a signed-in person accepts it, anyone else creates an account
    (or logs in first and comes back to the same link)."""
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
            return redirect("wafd:mission", member.mission_id)
    else:
        signup = UserCreationForm(request.POST or None)
        if request.method == "POST" and signup.is_valid():
            user = signup.save()
            login(request, user, backend="wafd.web.backends.QuickModelBackend")
            member = tenancy.accept_invitation(token=secret, user=user)
            messages.success(request, _("Your account is ready. Welcome to the mission."))
            return redirect("wafd:mission", member.mission_id)
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
