"""Small template helpers the pages need."""

from typing import Any

from django import template
from django.utils.translation import gettext_lazy as _

register = template.Library()


@register.filter
def lookup(mapping: dict[str, Any], key: str) -> Any:
    """``mapping|lookup:key``: a dictionary value by a variable key."""
    return mapping.get(key, key)


@register.filter
def levels(values: dict[str, Any]) -> str:
    """``{"value": 5950, "breaks": 22}`` as ``value 5950 · breaks 22`` (or a dash)."""
    return " · ".join(f"{name} {number}" for name, number in values.items()) or "—"


MEETING_STATUS = {
    "confirmed": _("confirmed"),
    "tentative": _("tentative"),
    "cancelled": _("cancelled"),
}


@register.filter
def meeting_status(status: str) -> str:
    """A meeting's status in the reader's language."""
    return str(MEETING_STATUS.get(status, status))
