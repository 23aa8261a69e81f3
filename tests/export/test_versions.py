"""Every document names its schedule version; given the previous one, it marks the changes."""

from datetime import UTC, datetime
from pathlib import Path

import icalendar
from export_factories import build_mission, build_schedule, replanned

from wafd.export import export_documents
from wafd.export.facts import MissionFacts
from wafd.export.host_briefing import build_host_briefing
from wafd.export.itinerary import Stop, build_itinerary
from wafd.export.localize import Localizer
from wafd.export.logistics import build_logistics
from wafd.model import MeetingStatus


def _v2():
    first = build_schedule()
    second = replanned(first, "m-lonestar", hours=1)
    cancelled = tuple(
        m.model_copy(update={"status": MeetingStatus.CANCELLED}) if m.id == "m-houston-it" else m
        for m in second.meetings
    )
    created = datetime(2024, 2, 10, 18, tzinfo=UTC)
    return first, second.model_copy(update={"meetings": cancelled, "created": created})


def test_itinerary_marks_moved_and_cancelled_meetings_since_the_previous_version() -> None:
    first, second = _v2()
    facts = MissionFacts(build_mission())

    itinerary = build_itinerary(
        facts, second, facts.participants["benali"], Localizer("en"), previous=first
    )

    marks = {
        e.meeting_id: e.change for d in itinerary.days for e in d.entries if isinstance(e, Stop)
    }
    assert marks["m-lonestar"].startswith("Moved: it was Mon 12 Feb 10:00")
    assert itinerary.changes == "Changes since version 1"
    assert [line.split(" (")[0] for line in itinerary.cancelled] == [
        "Cancelled: Digital city services"
    ]
    assert itinerary.version == "Version 2 · Published programme · Sat 10 Feb 2024"


def test_itinerary_without_previous_version_marks_nothing() -> None:
    _, second = _v2()
    facts = MissionFacts(build_mission())

    itinerary = build_itinerary(facts, second, facts.participants["benali"], Localizer("fr"))

    assert (itinerary.changes, itinerary.cancelled) == ("", [])
    assert itinerary.version.startswith("Version 2")


def test_host_briefing_logistics_and_calendars_name_the_version(tmp_path: Path) -> None:
    _, second = _v2()
    facts = MissionFacts(build_mission())
    say = Localizer("en")

    host = build_host_briefing(facts, second, facts.participants["carter"], say)
    logistics = build_logistics(facts, second, say, personal_data=False)
    paths = export_documents(build_mission(), second, out_dir=tmp_path, formats=["ics"],
                             languages=["en"], participant_ids=["benali"])  # fmt: skip
    calendar = icalendar.Calendar.from_ical(paths[0].read_bytes())

    assert host.version == logistics.version == str(calendar["X-WR-CALDESC"])
    assert host.version.startswith("Version 2")
