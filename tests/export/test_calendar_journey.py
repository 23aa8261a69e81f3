"""Personal calendars carry the journey: segments in their zones, hotel nights all day."""

import icalendar
import ics

from wafd.export.calendar import calendar_ics
from wafd.export.facts import MissionFacts
from wafd.export.localize import Localizer
from wafd.model import Schedule
from wafd.sample import build_sample_mission


def test_personal_calendar_holds_segments_and_hotel_nights() -> None:
    mission = build_sample_mission()
    delegate = next(p for p in mission.participants if p.role == "delegate")
    schedule = Schedule(mission=mission.id)

    data = calendar_ics(
        MissionFacts(mission), schedule, Localizer("fr"), reader=delegate, personal_data=False
    )

    events = icalendar.Calendar.from_ical(data).walk("VEVENT")
    coach = next(e for e in events if str(e["UID"]).startswith("coach-houston-austin."))
    assert (coach.decoded("DTSTART").hour, coach.decoded("DTEND").hour) == (9, 12)
    nights = [e for e in events if str(e["UID"]).startswith("stay-")]
    assert [(e.decoded("DTSTART").day, e.decoded("DTEND").day) for e in nights] == [
        (11, 14),
        (14, 17),
        (17, 21),
    ]
    assert len(ics.Calendar(data.decode()).events) == len(events)
