"""Personal calendar subscriptions: a secret URL per member serving the live ``.ics``.

The token is the only credential of the feed (calendar apps cannot log in),
so it is long, random, shown only to its owner and revocable.
"""

import secrets

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wafd.web import engine
from wafd.web.access import EVERYONE, audit, mission_view, published_version
from wafd.web.models import CalendarToken, Membership
from wafd.web.store import load_mission, load_schedule


def participant_calendar(membership: Membership, language: str) -> bytes:
    """The member's calendar of the published programme, built by the export engine."""
    version = published_version(membership.mission)
    if version is None or membership.participant is None:
        raise Http404("nothing published")
    return engine.calendar(
        load_mission(membership.mission),
        load_schedule(version),
        participant_id=membership.participant.pid,
        language=language,
        scope=f"r{membership.mission_id}",
    )


def _ics_response(payload: bytes) -> HttpResponse:
    response = HttpResponse(payload, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="agenda.ics"'
    response["Cache-Control"] = "private, max-age=300"
    return response


@mission_view(*EVERYONE)
def calendar_page(request: HttpRequest, membership: Membership) -> HttpResponse:
    if membership.participant is None:
        raise Http404("not linked to a participant")
    tokens = CalendarToken.objects.filter(membership=membership, revoked_at__isnull=True)
    feed_urls = [
        (token, url, "webcal://" + url.split("://", 1)[1])
        for token in tokens
        for url in [request.build_absolute_uri(f"/cal/{token.token}.ics")]
    ]
    return render(request, "wafd/calendar.html", {"membership": membership, "feed_urls": feed_urls})


@mission_view(*EVERYONE)
def calendar_download(request: HttpRequest, membership: Membership) -> HttpResponse:
    return _ics_response(participant_calendar(membership, get_language() or "en"))


@require_POST
@mission_view(*EVERYONE)
def calendar_token_create(request: HttpRequest, membership: Membership) -> HttpResponse:
    if membership.participant is None:
        raise Http404("not linked to a participant")
    CalendarToken.objects.create(membership=membership, token=secrets.token_urlsafe(32))
    audit(membership, "calendar.token.create", membership.participant.pid)
    messages.success(request, _("Subscription address created."))
    return redirect("wafd:calendar", membership.mission.pk)


@require_POST
@mission_view(*EVERYONE)
def calendar_token_revoke(request: HttpRequest, membership: Membership) -> HttpResponse:
    revoked = CalendarToken.objects.filter(
        membership=membership, pk=request.POST.get("token", "0"), revoked_at__isnull=True
    ).update(revoked_at=timezone.now())
    if revoked:
        audit(membership, "calendar.token.revoke", str(request.POST.get("token")))
        messages.success(request, _("Subscription address revoked."))
    return redirect("wafd:calendar", membership.mission.pk)


def calendar_feed(request: HttpRequest, token: str) -> HttpResponse:
    """The public feed; a revoked or unknown token is simply 404."""
    found = (
        CalendarToken.objects.select_related("membership__mission", "membership__participant")
        .filter(token=token, revoked_at__isnull=True)
        .first()
    )
    if found is None:
        raise Http404("unknown calendar")
    membership = found.membership
    language = (
        membership.participant.data.get("preferred_language") if membership.participant else None
    ) or "en"
    return _ics_response(participant_calendar(membership, language))
