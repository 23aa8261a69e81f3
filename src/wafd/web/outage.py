"""What the site answers when something fails: JSON for the API, a page for people.

Django sends every uncaught error to ``handler500`` (``server_error`` here). An
unreachable database is an outage, not a bug: it answers 503 with ``Retry-After``, and
the log gets one line instead of a traceback per request. The API answers
``{"detail": ...}`` as for its other errors; pages render ``503.html`` or ``500.html``
without touching the database (no session, no user: they may be what failed).
"""

import logging
import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template import TemplateDoesNotExist, loader
from django.utils.html import escape
from django.utils.translation import get_language, get_language_bidi
from django.utils.translation import gettext as _

DATABASE_DOWN = (OperationalError, InterfaceError)
API_PREFIX = "/api/"
RETRY_AFTER_SECONDS = 30


def _is_outage(error: BaseException | None) -> bool:
    while error is not None:
        if isinstance(error, DATABASE_DOWN):
            return True
        error = error.__cause__ or error.__context__
    return False


def _page(status: int, title: str, detail: str) -> HttpResponse:
    names = ["503.html", "500.html"] if status == 503 else ["500.html"]
    context = {"title": title, "detail": detail, "status": status}
    try:
        body = loader.select_template(names).render(context)
    except TemplateDoesNotExist:
        direction = "rtl" if get_language_bidi() else "ltr"
        body = (
            f'<!doctype html><html lang="{get_language()}" dir="{direction}">'
            '<meta charset=utf-8><meta name="viewport" content="width=device-width">'
            f"<title>{escape(title)}</title>"
            f"<h1>{escape(title)}</h1><p>{escape(detail)}</p></html>"
        )
    return HttpResponse(body, status=status)


def server_error(request: HttpRequest) -> HttpResponse:
    """Django's ``handler500``: 503 for an unreachable database, else 500."""
    outage = _is_outage(sys.exc_info()[1])
    if outage:
        status = 503
        title = _("The site is briefly unavailable")
        detail = _("Its database cannot be reached. Try again in a minute; nothing was changed.")
    else:
        status = 500
        title = _("Something went wrong")
        detail = _("The error was logged for your administrator. Try again, or go back.")
    if request.path.startswith(API_PREFIX):
        response: HttpResponse = JsonResponse({"detail": detail}, status=status)
    else:
        response = _page(status, title, detail)
    if outage:
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


class OneLineOutages(logging.Filter):
    """Log an unreachable database as one line: its traceback says nothing new each time."""

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        if error is not None and _is_outage(error):
            reason = (str(error).strip().splitlines() or [type(error).__name__])[0]
            record.msg = f"{record.getMessage()} (database unreachable: {reason})"
            record.args = None
            record.exc_info = None
            record.exc_text = None
        return True
