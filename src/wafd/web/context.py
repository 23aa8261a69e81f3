"""Template context shared by every page."""

from django.http import HttpRequest
from django.utils.translation import get_language

from wafd.i18n import is_rtl


def language_direction(request: HttpRequest) -> dict[str, str]:
    """``dir`` for the ``<html>`` element: Arabic pages are laid out right to left."""
    language = get_language() or "en"
    return {"text_direction": "rtl" if is_rtl(language) else "ltr"}
