"""Meetings and schedules.

A ``PlannedMeeting`` is something organisers define up front (a briefing, a
reception, a visit fixed by protocol). A ``ScheduledMeeting`` is a meeting
placed in time, which is what a ``Schedule`` is made of.
"""

from datetime import date, datetime, time
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from wafd.model.enums import MeetingKind, MeetingStatus
from wafd.model.places import ID_PATTERN, Identifier


class PlannedMeeting(BaseModel):
    """An organiser-defined meeting; ``day``/``start`` fix it in time when given.

    ``participants`` may list participant ids, organisation ids or the keywords
    ``all_delegates`` / ``all_hosts``; the scheduler expands them.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: Identifier = Field(pattern=ID_PATTERN)
    kind: MeetingKind
    title: str = Field(min_length=1)
    participants: tuple[Identifier, ...] = Field(min_length=1)
    duration_minutes: int = Field(ge=5, le=12 * 60)
    venue: Identifier | None = None
    day: date | None = None
    start: time | None = None
    locked: bool = False
    after: tuple[Identifier, ...] = ()
    notes: str = ""

    @model_validator(mode="after")
    def _start_needs_day(self) -> "PlannedMeeting":
        if self.start is not None and self.day is None:
            raise ValueError("a fixed start time needs a day")
        return self


class ScheduledMeeting(BaseModel):
    """A meeting placed at an instant. ``start``/``end`` are timezone-aware.

    ``id`` is stable across re-plans so that calendars update instead of
    duplicating; ``sequence`` counts published changes (RFC 5545 SEQUENCE).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: Identifier = Field(pattern=ID_PATTERN)
    kind: MeetingKind
    title: str
    participants: tuple[Identifier, ...] = Field(min_length=1)
    start: datetime
    end: datetime
    venue: Identifier | None = None
    table: int | None = Field(default=None, ge=1)
    leg: Identifier | None = None
    requests: tuple[tuple[Identifier, Identifier], ...] = ()
    themes: tuple[str, ...] = ()
    locked: bool = False
    status: MeetingStatus = MeetingStatus.CONFIRMED
    sequence: int = Field(default=0, ge=0)

    @model_validator(mode="after")
    def _aware_and_ordered(self) -> "ScheduledMeeting":
        if self.start.tzinfo is None or self.end.tzinfo is None:
            raise ValueError("start and end must carry a time zone")
        if self.end <= self.start:
            raise ValueError("end must be after start")
        return self

    @property
    def minutes(self) -> int:
        return int((self.end - self.start).total_seconds() // 60)


class UnscheduledRequest(BaseModel):
    """A request the schedule could not honour, and why, for organisers to act on."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    requester: Identifier
    target: Identifier
    preference: str
    reason: str


class Cancellation(BaseModel):
    """An organiser's cancellation of a participant or a meeting, kept by every later version.

    ``meetings`` are the meetings a withdrawn participant had when they left: their calendar
    keeps publishing those as cancelled so that subscribed calendars remove them.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: Identifier = Field(pattern=ID_PATTERN)
    kind: Literal["participant", "meeting"]
    on: date
    meetings: tuple[Identifier, ...] = ()


class Schedule(BaseModel):
    """A version of a mission's programme."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    mission: str
    version: int = Field(default=1, ge=1)
    label: str = ""
    created: datetime | None = None
    meetings: tuple[ScheduledMeeting, ...] = ()
    unscheduled: tuple[UnscheduledRequest, ...] = ()
    cancellations: tuple[Cancellation, ...] = ()

    def cancelled_ids(self, kind: Literal["participant", "meeting"]) -> set[str]:
        return {c.id for c in self.cancellations if c.kind == kind}

    def for_participant(self, participant_id: str) -> list[ScheduledMeeting]:
        """Active meetings of one participant in chronological order."""
        return sorted(
            (
                m
                for m in self.meetings
                if participant_id in m.participants and m.status != MeetingStatus.CANCELLED
            ),
            key=lambda m: m.start,
        )

    def by_id(self) -> dict[str, ScheduledMeeting]:
        return {m.id: m for m in self.meetings}
