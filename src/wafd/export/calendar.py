"""iCalendar files (RFC 5545) that update phones' calendars instead of duplicating entries.

Three properties make re-imports behave: the UID depends only on the meeting's
id and the mission, which re-planning keeps; SEQUENCE is the meeting's own
change counter; and a cancelled meeting stays in the file with
STATUS:CANCELLED so calendars remove it rather than keep a stale copy. Times
carry their leg's TZID and each zone used gets a VTIMEZONE.

A withdrawn participant's calendar publishes every meeting they had as cancelled, with a
SEQUENCE above the meeting's, so subscribed calendars drop them; a calendar with no event
still holds the mission's time zones (RFC 5545 wants at least one component).
"""

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone, vCalAddress, vText

from wafd.export.calendar_journey import journey_events
from wafd.export.facts import MissionFacts
from wafd.export.localize import Localizer, strip_marks
from wafd.export.versions import version_label
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
    calendar.add("x-wr-caldesc", version_label(schedule, say))
    stamp = schedule.created.astimezone(UTC) if schedule.created else datetime.now(UTC)
    meetings = _meetings_of(schedule, reader)
    for meeting in sorted(meetings, key=lambda m: (m.start, m.id)):
        calendar.add_component(
            meeting_event(facts, say, facts.localized(meeting), stamp, personal_data)
        )
    if reader is not None and not _withdrawn(schedule, reader):
        for event in journey_events(facts, say, reader, stamp):
            calendar.add_component(event)
    years = sorted({m.start.year for m in meetings} | {leg.start_date.year for leg in mission.legs})
    if meetings:
        calendar.add_missing_timezones(date(years[0], 1, 1), date(years[-1] + 1, 1, 1))
    elif mission.legs:
        for zone in sorted({leg.timezone for leg in mission.legs}):
            calendar.add_component(
                Timezone.from_tzinfo(
                    ZoneInfo(zone),
                    zone,
                    first_date=date(years[0], 1, 1),
                    last_date=date(years[-1] + 1, 1, 1),
                )
            )
    return bytes(calendar.to_ical())


def _withdrawn(schedule: Schedule, reader: Participant) -> bool:
    return reader.withdrawn or reader.id in schedule.cancelled_ids("participant")


def _meetings_of(schedule: Schedule, reader: Participant | None) -> list[ScheduledMeeting]:
    """The reader's meetings; for a withdrawn reader, those they had, published as cancelled."""
    if reader is None:
        return list(schedule.meetings)
    theirs = [m for m in schedule.meetings if reader.id in m.participants]
    record = next(
        (c for c in schedule.cancellations if c.kind == "participant" and c.id == reader.id), None
    )
    if record is None and not reader.withdrawn:
        return theirs
    by_id = schedule.by_id()
    had = {m.id: m for m in theirs}
    had |= {i: by_id[i] for i in (record.meetings if record else ()) if i in by_id}
    return [
        m.model_copy(update={"status": MeetingStatus.CANCELLED, "sequence": m.sequence + 1})
        for m in had.values()
    ]


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
    event.add("summary", " · ".join(dict.fromkeys([meeting.title, *sorted(hosts)])))
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
    lines.extend(line(N_("Why"), reason) for reason in facts.reasons(meeting, say))
    if meeting.status == MeetingStatus.CANCELLED:
        lines.insert(0, say(N_("This meeting is cancelled.")))
    return strip_marks("\n".join(lines))
