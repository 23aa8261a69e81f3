"""What changed between two versions of a schedule, meeting by meeting.

Published meetings are never deleted: one that no longer takes place is kept with status
CANCELLED. A meeting that changed in any way a participant would notice (time, venue, table,
who attends) gets its ``sequence`` bumped, which is what calendar clients (RFC 5545 SEQUENCE)
need to replace the old event.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from wafd.model import MeetingStatus, ScheduledMeeting

ChangeKind = Literal["added", "moved", "updated", "cancelled"]


@dataclass(frozen=True, slots=True)
class MeetingChange:
    """``moved``: time or venue changed; ``updated``: same place and time, other attendees or
    table."""

    meeting_id: str
    kind: ChangeKind
    old: ScheduledMeeting | None
    new: ScheduledMeeting | None


def _moved(old: ScheduledMeeting, new: ScheduledMeeting) -> bool:
    return (old.start, old.end, old.venue) != (new.start, new.end, new.venue)


def _updated(old: ScheduledMeeting, new: ScheduledMeeting) -> bool:
    return (sorted(old.participants), old.table) != (sorted(new.participants), new.table)


def merge_versions(
    published: Iterable[ScheduledMeeting], placed: Iterable[ScheduledMeeting]
) -> tuple[list[ScheduledMeeting], list[MeetingChange]]:
    """The next version's meetings (placed + newly cancelled + already cancelled) and the diff."""
    before = {m.id: m for m in published}
    meetings: list[ScheduledMeeting] = []
    changes: list[MeetingChange] = []
    for new in placed:
        old = before.pop(new.id, None)
        if old is None or old.status == MeetingStatus.CANCELLED:
            sequence = 0 if old is None else old.sequence + 1
            meetings.append(new.model_copy(update={"sequence": sequence}))
            changes.append(MeetingChange(new.id, "added", old, meetings[-1]))
        elif _moved(old, new) or _updated(old, new):
            kind: ChangeKind = "moved" if _moved(old, new) else "updated"
            meetings.append(new.model_copy(update={"sequence": old.sequence + 1}))
            changes.append(MeetingChange(new.id, kind, old, meetings[-1]))
        else:
            meetings.append(new.model_copy(update={"sequence": old.sequence}))
    for old in before.values():
        if old.status == MeetingStatus.CANCELLED:
            meetings.append(old)
            continue
        gone = old.model_copy(
            update={"status": MeetingStatus.CANCELLED, "sequence": old.sequence + 1}
        )
        meetings.append(gone)
        changes.append(MeetingChange(old.id, "cancelled", old, gone))
    meetings.sort(key=lambda m: (m.start, m.id))
    return meetings, changes
