"""Which version of the programme a document shows, and what changed since the previous one.

Every document names its schedule version and the day it was made, so that a delegate holding
two printouts knows which one is current; when the exporter is given the previous version, a
participant's documents also mark what is new, moved or cancelled for them.
"""

from dataclasses import dataclass, field

from wafd.export.facts import MissionFacts
from wafd.export.localize import Localizer
from wafd.i18n import N_
from wafd.model import MeetingStatus, Schedule, ScheduledMeeting


def version_label(schedule: Schedule, say: Localizer) -> str:
    """``Version 3 · after cancellations · Saturday 10 February 2024``."""
    parts = [say(N_("Version {number}"), number=schedule.version)]
    if schedule.label:
        parts.append(schedule.label)
    if schedule.created is not None:
        parts.append(say.short_day(schedule.created.date()) + f" {schedule.created.year}")
    return " · ".join(parts)


@dataclass(frozen=True)
class Changes:
    """A reader's changes since ``since`` (a version number): per meeting, and what left."""

    since: int | None = None
    marks: dict[str, str] = field(default_factory=dict)
    cancelled: list[str] = field(default_factory=list)

    def heading(self, say: Localizer) -> str:
        if self.since is None or not (self.marks or self.cancelled):
            return ""
        return say(N_("Changes since version {number}"), number=self.since)


def _active(meeting: ScheduledMeeting | None) -> bool:
    return meeting is not None and meeting.status != MeetingStatus.CANCELLED


def changes_for(
    facts: MissionFacts,
    say: Localizer,
    previous: Schedule | None,
    schedule: Schedule,
    participant_id: str | None,
) -> Changes:
    """What is new, moved or cancelled for ``participant_id`` (everyone when ``None``)."""
    if previous is None:
        return Changes()
    before = previous.by_id()
    marks: dict[str, str] = {}
    cancelled: list[str] = []

    def concerns(meeting: ScheduledMeeting) -> bool:
        return participant_id is None or participant_id in meeting.participants

    for meeting in schedule.meetings:
        old = before.get(meeting.id)
        was = old if old is not None and _active(old) and concerns(old) else None
        if _active(meeting) and concerns(meeting):
            if was is None:
                marks[meeting.id] = say(N_("New in this version"))
            elif (was.start, was.end, was.venue) != (meeting.start, meeting.end, meeting.venue):
                when = _when(facts, say, was)
                marks[meeting.id] = say(N_("Moved: it was {when}"), when=when)
            elif sorted(was.participants) != sorted(meeting.participants):
                marks[meeting.id] = say(N_("Attendees changed"))
        elif was is not None:
            cancelled.append(
                say(N_("Cancelled: {title} ({when})"), title=was.title, when=_when(facts, say, was))
            )
    return Changes(since=previous.version, marks=marks, cancelled=cancelled)


def _when(facts: MissionFacts, say: Localizer, meeting: ScheduledMeeting) -> str:
    local = facts.localized(meeting)
    return f"{say.short_day(facts.local_day(meeting))} {say.time_range(local.start, local.end)}"
