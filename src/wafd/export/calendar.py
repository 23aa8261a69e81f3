"""iCalendar files (RFC 5545) that update phones' calendars instead of duplicating entries.

Three properties make re-imports behave: the UID depends only on the meeting's
id and the mission, which re-planning keeps; SEQUENCE is the meeting's own
change counter; and a cancelled meeting stays in the file with
STATUS:CANCELLED so calendars remove it rather than keep a stale copy. Times
carry their leg's TZID and each zone used gets a VTIMEZONE.
"""

from datetime import UTC, date, datetime

from icalendar import Calendar, Event, vCalAddress, vText

from wafd.export.facts import MissionFacts
from wafd.export.localize import Localizer, strip_marks
from wafd.i18n import N_
from wafd.model import MeetingStatus, Participant, Role, Schedule, ScheduledMeeting

PRODUCT_ID = "-//Wafd//Wafd export 1.0//EN"
STATUS = {
    MeetingStatus.CONFIRMED: "CONFIRMED",
    MeetingStatus.TENTATIVE: "TENTATIVE",
    MeetingStatus.CANCELLED: "CANCELLED",
}


def meeting_uid(mission_id: str, meeting_id: str) -> str:
    """Stable across re-plans: a moved meeting keeps its id, hence its UID."""
    return f"{meeting_id}.{mission_id}@wafd"


def calendar_ics(
    facts: MissionFacts,
    schedule: Schedule,
    say: Localizer,
    *,
    reader: Participant | None,
    personal_data: bool,
) -> bytes:
    """One participant's meetings (``reader``), or the whole mission's when ``reader`` is None."""
    mission = facts.mission
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    name = say.text(mission.name)
    title = f"{name} · {reader.name}" if reader else name
    calendar.add("x-wr-calname", " ".join(title.split()))  # not escaped by icalendar
    stamp = schedule.created.astimezone(UTC) if schedule.created else datetime.now(UTC)
    meetings = [m for m in schedule.meetings if reader is None or reader.id in m.participants]
    for meeting in sorted(meetings, key=lambda m: (m.start, m.id)):
        calendar.add_component(
            meeting_event(facts, say, facts.localized(meeting), stamp, personal_data)
        )
    if meetings:
        first = min(m.start for m in meetings).date()
        last = max(m.end for m in meetings).date()
        calendar.add_missing_timezones(date(first.year, 1, 1), date(last.year + 1, 1, 1))
    return bytes(calendar.to_ical())


def meeting_event(
    facts: MissionFacts,
    say: Localizer,
    meeting: ScheduledMeeting,
    stamp: datetime,
    personal_data: bool,
) -> Event:
    """One meeting as a VEVENT; the e-mailed invitations (``wafd.notify.itip``) reuse it."""
    event = Event()
    event.add("uid", meeting_uid(facts.mission.id, meeting.id))
    event.add("dtstamp", stamp)
    event.add("dtstart", meeting.start)
    event.add("dtend", meeting.end)
    event.add("sequence", meeting.sequence)
    event.add("status", STATUS[meeting.status])
    hosts = {facts.organisation_name(p, say) for p in facts.with_role(meeting, Role.HOST)}
    event.add("summary", " · ".join([meeting.title, *sorted(hosts)]))
    venue = facts.venues.get(meeting.venue or "")
    if venue is not None:
        event.add("location", ", ".join(filter(None, (venue.name, venue.address))))
        if venue.latitude is not None and venue.longitude is not None:
            event.add("geo", (venue.latitude, venue.longitude))
    event.add("description", _description(facts, say, meeting))
    organiser = next(iter(p for p in facts.mission.participants if p.role == Role.ORGANISER), None)
    if organiser is not None:
        event.add("organizer", _address(facts, organiser, personal_data), encode=False)
    for pid in meeting.participants:
        participant = facts.participants.get(pid)
        if participant is not None:
            event.add("attendee", _address(facts, participant, personal_data), encode=False)
    return event


def _address(facts: MissionFacts, person: Participant, personal_data: bool) -> vCalAddress:
    """``mailto:`` when e-mail may be shared; otherwise an opaque URN naming the participant."""
    if personal_data and person.email:
        uri = f"mailto:{person.email}"
    else:
        uri = f"urn:wafd:{facts.mission.id}:{person.id}"
    address = vCalAddress(uri)
    address.params["cn"] = vText(_parameter(person.name))
    if person.role != Role.ORGANISER:
        address.params["role"] = vText("REQ-PARTICIPANT")
    return address


def _parameter(text: str) -> str:
    """A property parameter on one line without quotes (RFC 5545 forbids both in a param):
    names edited outside the workbook may still hold a line break."""
    return " ".join(text.replace('"', "'").split())


def _description(facts: MissionFacts, say: Localizer, meeting: ScheduledMeeting) -> str:
    def line(label: str, value: str) -> str:
        return f"{say.label(say(label))} {value}"

    leg = facts.leg_of(meeting)
    lines = [line(N_("With"), say.join([facts.person(p, say) for p in meeting.participants]))]
    if leg is not None:
        lines.append(line(N_("Local time"), say.place(leg, facts.local_day(meeting))))
    if meeting.themes:
        lines.append(line(N_("Themes"), say.join(facts.theme_labels(meeting, say))))
    lines.extend(line(N_("Why"), reason) for reason in facts.reasons(meeting))
    if meeting.status == MeetingStatus.CANCELLED:
        lines.insert(0, say(N_("This meeting is cancelled.")))
    return strip_marks("\n".join(lines))
