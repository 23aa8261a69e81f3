"""Withdrawn participants leave the mission the scheduler sees, and cancellations are kept.

A participant marked ``withdrawn`` in the mission, or cancelled by an earlier ``replan`` (the
schedule's ``cancellations``), takes no part in any later run: their requests go, they leave
planned meetings (a planned meeting left with nobody goes too). ``record_cancellations``
writes what a re-plan cancelled into the next version so that the version after it still knows.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from wafd.model import Cancellation, MeetingStatus, Mission, PlannedMeeting, Schedule


def without_withdrawn(mission: Mission) -> Mission:
    """``mission`` without its withdrawn participants (the same object when nobody withdrew)."""
    gone = mission.withdrawn_ids()
    if not gone:
        return mission
    meetings: list[PlannedMeeting] = []
    for meeting in mission.meetings:
        left = tuple(p for p in meeting.participants if p not in gone)
        if left:
            meetings.append(meeting.model_copy(update={"participants": left}))
    kept = {m.id for m in meetings}
    meetings = [
        m.model_copy(update={"after": tuple(a for a in m.after if a in kept)}) for m in meetings
    ]
    return mission.model_copy(
        update={
            "participants": tuple(p for p in mission.participants if p.id not in gone),
            "requests": tuple(
                r for r in mission.requests if r.requester not in gone and r.target not in gone
            ),
            "meetings": tuple(meetings),
        }
    )


def record_cancellations(
    mission: Mission,
    previous: Schedule,
    *,
    participants: Iterable[str],
    meetings: Iterable[str],
    today: date,
) -> tuple[Cancellation, ...]:
    """The previous version's cancellations plus the new ones, each recorded once.

    A participant's record lists the meetings they had in ``previous``, so that their calendar
    can publish those as cancelled; its date is the mission's ``withdrawn_on`` when given.
    """
    recorded = list(previous.cancellations)
    known = {(c.kind, c.id) for c in recorded}
    people = mission.participant_index()
    for pid in sorted(set(participants)):
        if ("participant", pid) in known:
            continue
        theirs = tuple(
            m.id
            for m in previous.meetings
            if pid in m.participants and m.status != MeetingStatus.CANCELLED
        )
        person = people.get(pid)
        on = person.withdrawn_on if person is not None and person.withdrawn_on else today
        recorded.append(Cancellation(id=pid, kind="participant", on=on, meetings=theirs))
    for mid in sorted(set(meetings)):
        if ("meeting", mid) not in known:
            recorded.append(Cancellation(id=mid, kind="meeting", on=today))
    return tuple(recorded)
