"""The REST API (django-ninja): the same scoping, roles and actions as the pages.

Authenticate with ``Authorization: Bearer <key>`` (keys from the "API keys"
page) or with the browser session (CSRF applies). The OpenAPI schema is at
``/api/openapi.json``. ``reading`` serves what members may read, ``organiser``
the organiser's actions through the same ``wafd.web.actions`` the pages call.
"""

from django.http import HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.security import django_auth

from wafd.web.actions import ActionError
from wafd.web.api import organiser, outcomes, reading
from wafd.web.api.common import TokenAuth

api = NinjaAPI(
    title="Wafd API",
    version="1",
    auth=[TokenAuth(), django_auth],
    urls_namespace="api",
    docs_url="/docs",
)
api.add_router("", reading.router)
api.add_router("", organiser.router)
api.add_router("", outcomes.router)


@api.exception_handler(ActionError)
def refused(request: HttpRequest, error: ActionError) -> HttpResponse:
    """An action's refusal in the shape of ninja's own errors: ``{"detail": message}``."""
    return api.create_response(request, {"detail": error.message}, status=error.status)
