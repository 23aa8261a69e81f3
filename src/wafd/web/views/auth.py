"""Logging in with a rate limit; nobody gets to guess passwords quickly."""

import hashlib
from datetime import timedelta

from django.conf import settings
from django.contrib.auth.forms import AuthenticationForm
from django.contrib.auth.views import LoginView
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from wafd.web.models import LoginFailure


def _keys(request: HttpRequest, username: str) -> list[str]:
    """Hashed keys so that neither usernames nor addresses are stored in clear."""
    client = request.META.get("REMOTE_ADDR", "")
    return [
        hashlib.sha256(f"user:{username.lower()}".encode()).hexdigest(),
        hashlib.sha256(f"addr:{client}".encode()).hexdigest(),
    ]


def _too_many(keys: list[str]) -> bool:
    since = timezone.now() - timedelta(seconds=settings.WAFD_LOGIN_WINDOW_SECONDS)
    recent = LoginFailure.objects.filter(key__in=keys, at__gte=since)
    return any(recent.filter(key=key).count() >= settings.WAFD_LOGIN_ATTEMPTS for key in keys)


class RateLimitedLoginView(LoginView):
    """Django's login view refusing further attempts after repeated failures."""

    template_name = "wafd/login.html"
    redirect_authenticated_user = True

    def post(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        keys = _keys(request, request.POST.get("username", ""))
        if _too_many(keys):
            form = self.get_form()
            form.errors.clear()
            form.add_error(None, _("Too many failed attempts. Wait 15 minutes and try again."))
            response = self.render_to_response(self.get_context_data(form=form))
            response.status_code = 429
            return response
        return super().post(request, *args, **kwargs)

    def form_invalid(self, form: AuthenticationForm) -> HttpResponse:
        keys = _keys(self.request, self.request.POST.get("username", ""))
        LoginFailure.objects.bulk_create(LoginFailure(key=key) for key in keys)
        return super().form_invalid(form)
