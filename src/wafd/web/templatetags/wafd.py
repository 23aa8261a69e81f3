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
    return (
        " · ".join(f"{LEVELS.get(name, name)} {number}" for name, number in values.items()) or "—"
    )


MEETING_STATUS = {
    "confirmed": _("confirmed"),
    "tentative": _("tentative"),
    "cancelled": _("cancelled"),
}


@register.filter
def meeting_status(status: str) -> str:
    """A meeting's status in the reader's language."""
    return str(MEETING_STATUS.get(status, status))


PREFERENCES = {"must": _("must meet"), "want": _("want to meet"), "no": _("do not meet")}
PARTICIPANT_ROLES = {"delegate": _("delegate"), "host": _("host")}
LEVELS = {"value": _("value"), "breaks": _("breaks"), "changes": _("changes")}
AUDIT_ACTIONS = {
    "calendar.token.create": _("calendar address created"),
    "calendar.token.revoke": _("calendar address revoked"),
    "documents.prepare": _("documents prepared"),
    "documents.download": _("documents downloaded"),
    "leg.save": _("leg saved"),
    "leg.remove": _("leg removed"),
    "venue.save": _("venue saved"),
    "venue.remove": _("venue removed"),
    "meeting.move": _("meeting moved"),
    "meeting.lock": _("meeting locked"),
    "meeting.unlock": _("meeting unlocked"),
    "member.invite": _("invitation created"),
    "member.invite.withdraw": _("invitation withdrawn"),
    "member.join": _("member joined"),
    "member.leave": _("member left"),
    "member.remove": _("member removed"),
    "member.role": _("role changed"),
    "member.save": _("member saved"),
    "participant.update": _("participant changed"),
    "recommendations.accept": _("recommendations accepted"),
    "request.create": _("request created"),
    "request.update": _("request changed"),
    "request.accepted": _("request accepted"),
    "request.declined": _("request declined"),
    "run.schedule": _("scheduler started"),
    "run.replan": _("re-plan started"),
    "run.cancel": _("run cancelled"),
    "version.draft": _("draft created"),
    "version.publish.preliminary": _("published as preliminary"),
    "version.publish.final": _("published as final"),
}


@register.filter
def preference(value: str) -> str:
    """must / want / no in the reader's language."""
    return str(PREFERENCES.get(value, value))


@register.filter
def participant_role(value: str) -> str:
    return str(PARTICIPANT_ROLES.get(value, value))


@register.filter
def audit_action(code: str) -> str:
    """An audit entry's action code as words in the reader's language (the code if new)."""
    return str(AUDIT_ACTIONS.get(code, code))


@register.filter
def reader_name(row: Any) -> str:
    """A participant row's name in the reader's script (Arabic pages: the Arabic name)."""
    from django.utils.translation import get_language

    if get_language() == "ar":
        return str(row.data.get("name_ar") or row.name)
    return str(row.name)


@register.filter
def mission_name(record: Any) -> str:
    """A mission's name in the reader's language."""
    from django.utils.translation import get_language

    from wafd.web.views.missions import mission_title

    return mission_title(record, get_language() or "en")
