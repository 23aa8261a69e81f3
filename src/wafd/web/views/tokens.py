"""REST API keys: created here, shown once, stored only as a hash."""

import hashlib
import secrets

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from wafd.web.access import signed_in
from wafd.web.models import ApiToken


def digest(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


@login_required
def token_page(request: HttpRequest) -> HttpResponse:
    tokens = ApiToken.objects.filter(user=signed_in(request)).order_by("-created_at")
    new_key = request.session.pop("wafd_new_api_key", None)
    return render(request, "wafd/tokens.html", {"tokens": tokens, "new_key": new_key})


@require_POST
@login_required
def token_create(request: HttpRequest) -> HttpResponse:
    key = secrets.token_urlsafe(32)
    ApiToken.objects.create(user=signed_in(request), digest=digest(key))
    request.session["wafd_new_api_key"] = key
    return redirect("wafd:api-tokens")


@require_POST
@login_required
def token_delete(request: HttpRequest) -> HttpResponse:
    ApiToken.objects.filter(user=signed_in(request), pk=request.POST.get("token", "0")).delete()
    return redirect("wafd:api-tokens")
