"""Logging in, with growing waits after failures (see ``wafd.web.throttle``), never a lock."""

from django.contrib.auth.forms import AuthenticationForm
from django.contrib.auth.views import LoginView
from django.http import HttpRequest, HttpResponse
from django.utils.translation import ngettext

from wafd.web import throttle


class RateLimitedLoginView(LoginView):
    """Django's login view; an attempt made before the wait is over is not even checked."""

    template_name = "wafd/login.html"
    redirect_authenticated_user = True

    def post(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        username = request.POST.get("username", "")
        wait = throttle.wait_seconds(request, username)
        if wait:
            form = self.get_form()
            form.errors.clear()
            form.add_error(
                None,
                ngettext(
                    "Too many failed attempts. Try again in %(n)d second.",
                    "Too many failed attempts. Try again in %(n)d seconds.",
                    wait,
                )
                % {"n": wait},
            )
            response = self.render_to_response(self.get_context_data(form=form))
            response.status_code = 429
            response["Retry-After"] = str(wait)
            return response
        return super().post(request, *args, **kwargs)

    def form_invalid(self, form: AuthenticationForm) -> HttpResponse:
        throttle.record_failure(self.request, self.request.POST.get("username", ""))
        return super().form_invalid(form)

    def form_valid(self, form: AuthenticationForm) -> HttpResponse:
        response = super().form_valid(form)
        throttle.record_success(self.request, form.get_user().get_username(), response)
        return response
