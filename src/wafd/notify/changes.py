"""What changed for one person between two versions of a schedule, in words they can act on.

Built on ``wafd.schedule.diff.MeetingChange``. A change touches the people of the meeting
before and after it; for each of them it is read from their side: joining a meeting that
already existed is news to them (an invitation), leaving one is a cancellation for them even
if the meeting goes on without them.
"""

from dataclasses import dataclass
from typing import Literal

from wafd.export.facts import MissionFacts
from wafd.i18n import N_
from wafd.model import MeetingStatus, Schedule, ScheduledMeeting
from wafd.notify.words import Words
from wafd.schedule.diff import ChangeKind, MeetingChange

PersonalKind = Literal["added", "moved", "updated", "cancelled"]
HEADINGS: dict[str, str] = {
    "added": N_("New meetings"),
    "moved": N_("Moved meetings"),
    "updated": N_("Meetings with other attendees or another table"),
    "cancelled": N_("Cancelled meetings"),
}


def _active(meeting: ScheduledMeeting | None) -> bool:
    return meeting is not None and meeting.status != MeetingStatus.CANCELLED


def changes_between(old: Schedule, new: Schedule) -> list[MeetingChange]:
    """Every meeting that differs between two published versions (same rules as the diff)."""
    before = old.by_id()
    changes: list[MeetingChange] = []
    for meeting in new.meetings:
        previous = before.pop(meeting.id, None)
        kind: ChangeKind | None = None
        if _active(meeting) and not _active(previous):
            kind = "added"
        elif not _active(meeting) and _active(previous):
            kind = "cancelled"
        elif previous is not None and _active(meeting):
            if (previous.start, previous.end, previous.venue) != (
                meeting.start,
                meeting.end,
                meeting.venue,
            ):
                kind = "moved"
            elif (sorted(previous.participants), previous.table) != (
                sorted(meeting.participants),
                meeting.table,
            ):
                kind = "updated"
        if kind is not None:
            changes.append(MeetingChange(meeting.id, kind, previous, meeting))
    for previous in before.values():
        if _active(previous):
            gone = previous.model_copy(
                update={"status": MeetingStatus.CANCELLED, "sequence": previous.sequence + 1}
            )
            changes.append(MeetingChange(previous.id, "cancelled", previous, gone))
    return changes


@dataclass(frozen=True)
class PersonalChange:
    """One change as one person sees it; ``meeting`` is what their invitation describes."""

    kind: PersonalKind
    old: ScheduledMeeting | None
    meeting: ScheduledMeeting


def touched(changes: list[MeetingChange]) -> set[str]:
    """Ids of everyone a change touches: the people of the meeting before and after."""
    people: set[str] = set()
    for change in changes:
        for meeting in (change.old, change.new):
            if meeting is not None:
                people.update(meeting.participants)
    return people


def personal_changes(changes: list[MeetingChange], participant_id: str) -> list[PersonalChange]:
    out: list[PersonalChange] = []
    for change in changes:
        old, new = change.old, change.new
        was = _active(old) and old is not None and participant_id in old.participants
        now = _active(new) and new is not None and participant_id in new.participants
        if now and new is not None:
            kind: PersonalKind = change.kind if was and change.kind != "cancelled" else "added"
            out.append(PersonalChange(kind, old if was else None, new))
        elif was and old is not None:
            base = new if new is not None else old
            gone = base.model_copy(update={"status": MeetingStatus.CANCELLED})
            out.append(PersonalChange("cancelled", old, gone))
    return out


def when_and_where(facts: MissionFacts, words: Words, meeting: ScheduledMeeting) -> str:
    """``Monday 12 February 2024, 10:00-11:00 · Venue, City`` in the meeting's local time."""
    say = words.dates
    local = facts.localized(meeting)
    when = f"{say.day(facts.local_day(meeting))}, {say.time_range(local.start, local.end)}"
    venue = facts.venues.get(meeting.venue or "")
    leg = facts.leg_of(meeting)
    place = ", ".join(filter(None, (venue.name if venue else "", leg.city if leg else "")))
    if meeting.table is not None:
        place = words("{place}, table {table}", place=place, table=meeting.table)
    return f"{when} · {say.embed(place)}" if place else when


def describe(facts: MissionFacts, words: Words, change: PersonalChange) -> str:
    """One line saying what changed for the reader."""
    title = words.dates.embed(change.meeting.title)
    now = when_and_where(facts, words, change.meeting)
    if change.kind == "moved" and change.old is not None:
        was = when_and_where(facts, words, change.old)
        return words("{title}: now {now} (was {was})", title=title, now=now, was=was)
    if change.kind == "updated":
        people = words.dates.join(
            [facts.person(pid, words.dates) for pid in change.meeting.participants]
        )
        return words("{title}, {when}: now with {people}", title=title, when=now, people=people)
    return words("{title}, {when}", title=title, when=now)
