"""Moving a meeting: the independent checker speaks first, a confirmed save writes.

``move`` is what the move form, the schedule board (through the API) and the API
call. Checking compares the checker's findings before and after the move, so people
see what the move causes apart from what was already wrong; saving needs the confirm
token of that very check, which also binds it to the mission as it was (its
``changed_at`` moves on with every change).
"""

import hashlib
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from django.db import transaction
from django.utils import formats
from django.utils.translation import gettext as _

from wafd.model import Schedule, ScheduledMeeting
from wafd.web import engine
from wafd.web.access import audit
from wafd.web.actions import ActionError, latest_version, meeting_in, working_draft
from wafd.web.models import MeetingRow, Membership, MissionRecord, ScheduleVersion
from wafd.web.store import load_mission, load_schedule, lock_mission


@dataclass(frozen=True)
class MoveCheck:
    """A checked move: the new place in time, the checker's findings, the confirm token."""

    mid: str
    start: datetime
    end: datetime
    venue: str | None
    zone: ZoneInfo
    warnings: list[str]
    """What the checker finds after the move that it did not find before."""
    unchanged: list[str]
    """What it finds both before and after: problems the move neither causes nor solves."""
    confirm: str
    data: dict[str, Any]


def _leg_of(content: dict[str, Any], row: MeetingRow) -> dict[str, Any]:
    legs = {leg["id"]: leg for leg in content.get("legs", [])}
    return dict(legs.get(row.data.get("leg") or "", {}))


def leg_zone(content: dict[str, Any], row: MeetingRow) -> ZoneInfo:
    """The time zone of a meeting's leg, whose wall clock moves are given in (else UTC)."""
    leg = _leg_of(content, row)
    return ZoneInfo(leg["timezone"]) if leg else ZoneInfo("UTC")


def _refuse_outside_leg(leg: dict[str, Any], start: datetime, end: datetime) -> None:
    """A meeting stays within its leg's days: anything else is a mistake, not a trade-off."""
    if not leg:
        return
    first = date.fromisoformat(leg["start_date"])
    last = date.fromisoformat(leg["end_date"])
    if first <= start.date() and (end - timedelta(microseconds=1)).date() <= last:
        return
    raise ActionError(
        _(
            "%(when)s is outside the %(city)s leg, which runs from %(first)s to %(last)s: "
            "choose a time within those days."
        )
        % {
            "when": formats.date_format(start, "DATETIME_FORMAT"),
            "city": leg.get("city", leg.get("id", "")),
            "first": formats.date_format(first, "DATE_FORMAT"),
            "last": formats.date_format(last, "DATE_FORMAT"),
        }
    )


def check_move(
    membership: Membership, mid: str, start: datetime, venue: str | None, *, language: str
) -> MoveCheck:
    """What the checker says about ``mid`` starting at ``start`` at ``venue``; writes nothing.

    A naive ``start`` is the wall clock of the meeting's leg; the meeting keeps its length.
    The confirm token binds the move to the schedule as it is now, so a save confirms
    exactly what was checked.
    """
    mission = MissionRecord.objects.get(pk=membership.mission_id)
    latest = latest_version(mission)
    row = meeting_in(latest, mid)
    zone, leg = leg_zone(mission.content, row), _leg_of(mission.content, row)
    local = start.astimezone(zone) if start.tzinfo else start.replace(tzinfo=zone)
    end = local + (row.end - row.start)
    _refuse_outside_leg(leg, local, end)
    venues = {v["id"] for v in mission.content.get("venues", [])}
    if venue and venue not in venues:
        raise ActionError(
            _("There is no venue %(venue)s in this mission: use a venue id from Legs and venues.")
            % {"venue": venue}
        )
    data = {
        **row.data,
        "start": local.isoformat(),
        "end": end.isoformat(),
        "venue": venue or None,
        "sequence": int(row.data.get("sequence", 0)) + 1,
    }
    schedule = load_schedule(latest)
    candidate: Schedule = schedule.model_copy(
        update={
            "meetings": tuple(
                ScheduledMeeting.model_validate(data) if m.id == mid else m
                for m in schedule.meetings
            )
        }
    )
    model = load_mission(mission)
    before = set(engine.check(model, schedule, language=language))
    after = engine.check(model, candidate, language=language)
    token = f"{latest.pk}|{mission.changed_at.isoformat()}|{mid}|{local.isoformat()}|{venue or ''}"
    return MoveCheck(
        mid=mid,
        start=local,
        end=end,
        venue=venue or None,
        zone=zone,
        warnings=[finding for finding in after if finding not in before],
        unchanged=[finding for finding in after if finding in before],
        confirm=hashlib.sha256(token.encode()).hexdigest()[:32],
        data=data,
    )


def move(
    membership: Membership,
    mid: str,
    start: datetime,
    venue: str | None,
    *,
    confirm: str | None,
    language: str,
    via: str,
) -> tuple[MoveCheck, ScheduleVersion | None]:
    """Check a move and, when ``confirm`` is the token of this very check, save it.

    Returns the check and the draft the move was saved into (``None`` when only checked).
    """
    with transaction.atomic():
        lock_mission(membership.mission_id)  # a second move waits, then finds its token stale
        checked = check_move(membership, mid, start, venue, language=language)
        if confirm != checked.confirm:
            return checked, None
        draft = working_draft(membership, via=via)
        row = meeting_in(draft, mid)
        moved_from = row.start.astimezone(checked.zone).isoformat()
        row.start, row.end, row.data = checked.start, checked.end, checked.data
        row.save(update_fields=["start", "end", "data"])
        audit(
            membership,
            "meeting.move",
            mid,
            version=draft.number,
            moved_from=moved_from,
            start=checked.start.isoformat(),
            warnings=len(checked.warnings),
            via=via,
        )
    return checked, draft
