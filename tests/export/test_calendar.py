"""iCalendar files parse with two independent parsers; re-imports update, never duplicate."""

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import ics
from export_factories import MISSION_ID, replanned

from wafd.export.calendar import calendar_ics, meeting_uid
from wafd.export.facts import MissionFacts
from wafd.export.localize import Localizer
from wafd.model import Mission, Schedule


def _events(data: bytes) -> dict[str, icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(data)
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


def test_every_ics_file_parses_with_icalendar_and_with_ics(exported: dict[str, Path]) -> None:
    files = [path for name, path in exported.items() if name.endswith(".ics")]
    for path in files:
        text = path.read_text(encoding="utf-8")
        strict = icalendar.Calendar.from_ical(text)
        independent = ics.Calendar(text)
        assert len(independent.events) == len(strict.walk("VEVENT")), path.name
    assert len(files) == 12  # eleven participants and the mission


def test_mission_calendar_has_one_vtimezone_per_zone_used(exported: dict[str, Path]) -> None:
    calendar = icalendar.Calendar.from_ical(exported["ics/mission.ics"].read_bytes())
    zones = {str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")}
    assert zones == {"America/Chicago", "America/Los_Angeles"}


def test_host_calendar_carries_only_its_own_zone(exported: dict[str, Path]) -> None:
    calendar = icalendar.Calendar.from_ical(exported["ics/kim.ics"].read_bytes())
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["America/Los_Angeles"]


def test_event_times_are_local_to_the_leg_in_both_parsers(exported: dict[str, Path]) -> None:
    data = exported["ics/alaoui.ics"].read_bytes()
    event = _events(data)[meeting_uid(MISSION_ID, "m-sandhill")]
    start = event.decoded("DTSTART")
    assert (start.hour, start.minute, str(start.tzinfo)) == (14, 0, "America/Los_Angeles")
    assert event["DTSTART"].params["TZID"] == "America/Los_Angeles"
    other = {e.uid: e for e in ics.Calendar(data.decode()).events}
    begin = other[meeting_uid(MISSION_ID, "m-sandhill")].begin
    assert begin == datetime(2024, 2, 20, 14, 0, tzinfo=ZoneInfo("America/Los_Angeles"))


def test_cancelled_meeting_stays_in_the_file_as_cancelled(exported: dict[str, Path]) -> None:
    data = exported["ics/tazi.ics"].read_bytes()
    uid = meeting_uid(MISSION_ID, "m-shieldtx-demo")
    assert str(_events(data)[uid]["STATUS"]) == "CANCELLED"
    other = {e.uid: e for e in ics.Calendar(data.decode()).events}
    assert other[uid].status == "CANCELLED"


def test_replanned_meeting_keeps_its_uid_and_increments_sequence(
    mission: Mission, schedule: Schedule
) -> None:
    say, facts = Localizer("en"), MissionFacts(mission)
    before = _events(calendar_ics(facts, schedule, say, reader=None, personal_data=True))
    moved = replanned(schedule, "m-houston-it", hours=2)
    after = _events(calendar_ics(facts, moved, say, reader=None, personal_data=True))
    uid = meeting_uid(MISSION_ID, "m-houston-it")
    assert set(after) == set(before)
    assert (int(before[uid]["SEQUENCE"]), int(after[uid]["SEQUENCE"])) == (0, 1)
    assert after[uid].decoded("DTSTART").hour == before[uid].decoded("DTSTART").hour + 2


def test_attendees_use_email_only_when_personal_data_is_allowed(
    mission: Mission, schedule: Schedule
) -> None:
    facts, say = MissionFacts(mission), Localizer("en")
    reader = mission.participant_index()["tazi"]
    shared = calendar_ics(facts, schedule, say, reader=reader, personal_data=True)
    private = calendar_ics(facts, schedule, say, reader=reader, personal_data=False)
    uid = meeting_uid(MISSION_ID, "m-shieldtx")
    assert [str(a) for a in _events(shared)[uid]["ATTENDEE"]] == [
        "mailto:tazi@example.org",
        "mailto:ramirez@example.org",
    ]
    assert b"mailto:" not in private
    assert [str(a) for a in _events(private)[uid]["ATTENDEE"]] == [
        f"urn:wafd:{MISSION_ID}:tazi",
        f"urn:wafd:{MISSION_ID}:ramirez",
    ]


def test_event_location_and_description_name_the_venue_and_reason(
    exported: dict[str, Path],
) -> None:
    event = _events(exported["ics/benali.ics"].read_bytes())[meeting_uid(MISSION_ID, "m-lonestar")]
    assert str(event["LOCATION"]) == (
        "Lone Star Cloud campus, 5000 Westheimer Rd, Houston, TX 77056"
    )
    description = str(event["DESCRIPTION"]).splitlines()
    # an English reason in a French calendar says it is English
    assert (
        description[-1] == "Objet\u00a0: Sovereign cloud hosting for government services [anglais]"
    )
