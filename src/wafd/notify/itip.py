"""Calendar invitations that update the events people already have (iTIP, RFC 5546).

Each meeting travels as its own iTIP object (one UID per object, as RFC 5546 asks):
``METHOD:REQUEST`` for a new or moved meeting, ``METHOD:CANCEL`` for one that no longer takes
place. The VEVENT is the exported calendar's own (``wafd.export.calendar.meeting_event``), so
the UID is the one in the ``.ics`` files people may have imported; its SEQUENCE is one above
the exported one, so a calendar that imported the file replaces the event instead of adding a
second. The ORGANIZER is the address the mail comes from, so replies reach the organisers.
"""

from datetime import UTC, date, datetime
from typing import Literal

from icalendar import Calendar, vCalAddress, vText

from wafd.export.calendar import PRODUCT_ID, meeting_event
from wafd.export.facts import MissionFacts
from wafd.export.localize import Localizer
from wafd.model import MeetingStatus, ScheduledMeeting
from wafd.notify.letter import Attachment, Person

Method = Literal["REQUEST", "CANCEL"]
SEQUENCE_STEP = 1
"""How far an invitation's SEQUENCE sits above the exported calendar's for the same version."""


def invitation_sequence(meeting: ScheduledMeeting) -> int:
    return meeting.sequence + SEQUENCE_STEP


def invitation_method(meeting: ScheduledMeeting) -> Method:
    return "CANCEL" if meeting.status == MeetingStatus.CANCELLED else "REQUEST"


def invitation_ics(
    facts: MissionFacts,
    meeting: ScheduledMeeting,
    *,
    organizer: Person,
    say: Localizer,
    stamp: datetime,
) -> bytes:
    """One iTIP object (REQUEST or CANCEL) for one meeting."""
    method = invitation_method(meeting)
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", method)
    local = facts.localized(meeting)
    event = meeting_event(facts, say, local, stamp.astimezone(UTC), True)
    for name in ("sequence", "organizer", "status"):
        event.pop(name, None)
    event.add("sequence", invitation_sequence(meeting))
    event.add("status", "CANCELLED" if method == "CANCEL" else "CONFIRMED")
    address = vCalAddress(f"mailto:{organizer.address}")
    address.params["cn"] = vText(organizer.name or organizer.address)
    event.add("organizer", address, encode=False)
    calendar.add_component(event)
    day = local.start.date()
    calendar.add_missing_timezones(date(day.year, 1, 1), date(day.year + 1, 1, 1))
    return bytes(calendar.to_ical())


def invitation_attachments(
    facts: MissionFacts,
    meetings: list[ScheduledMeeting],
    *,
    organizer: Person,
    say: Localizer,
    stamp: datetime,
) -> tuple[Attachment, ...]:
    """One ``text/calendar`` attachment per meeting, its method on the Content-Type."""
    return tuple(
        Attachment(
            filename=f"{meeting.id}.ics",
            content=invitation_ics(facts, meeting, organizer=organizer, say=say, stamp=stamp),
            maintype="text",
            subtype="calendar",
            params={"method": invitation_method(meeting)},
        )
        for meeting in sorted(meetings, key=lambda m: (m.start, m.id))
    )
