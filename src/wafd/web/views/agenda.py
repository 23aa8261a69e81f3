"""A participant's agenda, day by day in the local time of each leg."""

from collections import defaultdict
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.utils.translation import get_language

from wafd.web.access import EVERYONE, STAFF, published_version
from wafd.web.access_light import Access, access_view
from wafd.web.caching import cached, cached_page, page_etag
from wafd.web.models import MeetingRow, MissionRecord, ParticipantRow, ScheduleVersion


def display_name(row: ParticipantRow, language: str) -> str:
    """The name in the reader's script: Arabic pages use the Arabic name when known."""
    return str(row.data.get("name_ar") or row.name) if language == "ar" else row.name


def leg_zones(content: dict[str, Any]) -> dict[str, ZoneInfo]:
    return {leg["id"]: ZoneInfo(leg["timezone"]) for leg in content.get("legs", [])}


def local_start(row: MeetingRow, zones: dict[str, ZoneInfo]) -> datetime:
    """A meeting's start on the wall clock of its leg (UTC when it has no leg)."""
    zone = zones.get(row.data.get("leg") or "")
    return row.start.astimezone(zone or ZoneInfo("UTC"))


def agenda_days(
    version: ScheduleVersion,
    participant: ParticipantRow,
    legs: list[dict[str, Any]],
    language: str,
) -> list[tuple[date, list[dict[str, Any]]]]:
    """Meetings of one participant grouped by local day, each time in its leg's zone."""
    zones = {leg["id"]: ZoneInfo(leg["timezone"]) for leg in legs}
    rows = (
        MeetingRow.objects.filter(version=version, attendees=participant)
        .exclude(status="cancelled")
        .prefetch_related("attendees")
    )
    days: dict[date, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        zone = zones.get(row.data.get("leg") or "")
        start: datetime = row.start.astimezone(zone) if zone else row.start
        end: datetime = row.end.astimezone(zone) if zone else row.end
        others = [display_name(a, language) for a in row.attendees.all() if a.pk != participant.pk]
        days[start.date()].append(
            {
                "row": row,
                "start": start,
                "end": end,
                "others": others,
                "venue": row.data.get("venue"),
                "zone": str(zone or "UTC"),
            }
        )
    return sorted(days.items())


def agenda_content(mission_pk: int, participant_pk: int, *, latest: bool, language: str) -> str:
    """The agenda's HTML below the menu: what a cached page is made of.

    Staff look at the latest version, delegates and hosts at the published one.
    """
    participant = get_object_or_404(ParticipantRow, mission_id=mission_pk, pk=participant_pk)
    version = (
        ScheduleVersion.objects.filter(mission_id=mission_pk).order_by("-number").first()
        if latest
        else published_version(mission_pk)
    )
    # Only the legs and venues of the mission's JSON: a big event's organisations
    # would otherwise be decoded on every agenda view.
    legs, venue_list = (
        MissionRecord.objects.filter(pk=mission_pk)
        .values_list("content__legs", "content__venues")
        .get()
    )
    context = {
        "mission_pk": mission_pk,
        "own": not latest,
        "name": display_name(participant, language),
        "version": version,
        "days": agenda_days(version, participant, legs or [], language) if version else [],
        "venues": {v["id"]: v["name"] for v in venue_list or []},
    }
    return render_to_string("wafd/agenda_content.html", context)


@access_view(*EVERYONE)
def agenda(request: HttpRequest, access: Access) -> HttpResponse:
    """Own agenda for delegates and hosts; staff may look at anyone's (``?participant=``).

    The content is cached under the mission's change stamp, the participant and the
    language, the whole page under its ETag, and a browser that already has this very
    page gets a 304. Only computing the content checks that the participant belongs to
    the mission (404 otherwise), so nothing is ever cached for someone else's participant.
    """
    staff = access.role in STAFF
    if staff:
        # The row number, not the participant id: ids are often made of people's names.
        number = request.GET.get("participant", "")
        if not number.isdigit():
            raise Http404("choose a participant")
        participant_pk = int(number)
    elif access.participant_id is None:
        raise Http404("not linked to a participant")
    else:
        participant_pk = access.participant_id
    language = get_language() or "en"
    key = ("agenda", access.stamp, "latest" if staff else "published", participant_pk)

    def page() -> HttpResponse:
        content = cached(
            (*key, language),
            lambda: agenda_content(
                access.mission_id, participant_pk, latest=staff, language=language
            ),
        )
        return render(request, "wafd/agenda.html", {"membership": access, "content": content})

    tag = page_etag(request, *key, language, access.role)
    return cached_page(request, tag, access.changed_at, page)
