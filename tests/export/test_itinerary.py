"""The itinerary says, day by day, where to be, with whom, why, and how long the next trip takes."""

from wafd.export.facts import MissionFacts
from wafd.export.itinerary import FreeTime, Stop, build_itinerary
from wafd.export.localize import Localizer, strip_marks
from wafd.model import Mission, Schedule
from wafd.schedule.travel import travel_minutes


def _spaces(text: str) -> str:
    """Babel separates times and units with thin and no-break spaces; compare them as spaces."""
    return text.replace("\u2009", " ").replace("\u202f", " ").replace("\u00a0", " ")


def _itinerary(facts: MissionFacts, schedule: Schedule, who: str, language: str = "en"):
    reader = facts.participants[who]
    return build_itinerary(facts, schedule, reader, Localizer(language))


def test_delegate_itinerary_covers_every_mission_day(
    facts: MissionFacts, schedule: Schedule, mission: Mission
) -> None:
    itinerary = _itinerary(facts, schedule, "benali")
    assert len(itinerary.days) == sum(len(leg.days()) for leg in mission.legs)


def test_host_itinerary_covers_only_the_days_they_receive(
    facts: MissionFacts, schedule: Schedule
) -> None:
    itinerary = _itinerary(facts, schedule, "carter")
    assert [day.heading for day in itinerary.days] == ["Monday, February 12, 2024"]


def test_stop_names_venue_attendees_themes_reason_and_next_trip(
    facts: MissionFacts, schedule: Schedule
) -> None:
    day = _itinerary(facts, schedule, "benali").days[0]
    stop = next(e for e in day.entries if isinstance(e, Stop) and e.meeting_id == "m-lonestar")
    assert _spaces(stop.time) == "10:00 – 11:30 AM"
    assert stop.address == "5000 Westheimer Rd, Houston, TX 77056"
    assert stop.attendees == [
        "Sarah El Amrani (MTNRA)",
        "Hind Berrada (US Commercial Service Casablanca)",
        "Emily Carter (Lone Star Cloud)",
    ]
    assert stop.themes == ["Cloud computing", "Data centres"]
    assert stop.reasons == ["Sovereign cloud hosting for government services"]
    assert stop.contact == "Emily Carter"
    assert strip_marks(stop.travel_next) == "Next stop: Houston City Hall, 30 min away"


def test_contact_phone_appears_only_with_personal_data(
    facts: MissionFacts, schedule: Schedule
) -> None:
    reader = facts.participants["carter"]
    shared = build_itinerary(facts, schedule, reader, Localizer("en"), personal_data=True)
    private = build_itinerary(facts, schedule, reader, Localizer("en"), personal_data=False)
    first = next(e for e in shared.days[0].entries if isinstance(e, Stop))
    hidden = next(e for e in private.days[0].entries if isinstance(e, Stop))
    assert (first.contact, hidden.contact) == ("Hind Berrada, +212 600 000 009", "Hind Berrada")


def test_free_time_and_lunch_fill_the_gaps_of_the_working_day(
    facts: MissionFacts, schedule: Schedule
) -> None:
    day = _itinerary(facts, schedule, "benali").days[0]
    gaps = [(_spaces(e.time), e.label) for e in day.entries if isinstance(e, FreeTime)]
    # 9:15-10:00 is the 25 min trip to the next stop and 20 min: not free time;
    # 11:30-12:00 is the 30 min trip to City Hall.
    assert gaps == [
        ("12:00 – 12:30 PM", "Free time"),
        ("12:30 – 1:30 PM", "Lunch"),
        ("1:30 – 2:00 PM", "Free time"),
        ("3:00 – 6:00 PM", "Free time"),
    ]


def test_cancelled_meeting_is_left_out_of_the_itinerary(
    facts: MissionFacts, schedule: Schedule
) -> None:
    days = _itinerary(facts, schedule, "tazi").days
    ids = [e.meeting_id for day in days for e in day.entries if isinstance(e, Stop)]
    assert "m-shieldtx-demo" not in ids
    assert ids == ["m-briefing", "m-austin-city", "m-shieldtx", "m-debrief"]


def test_arabic_itinerary_uses_arabic_names_and_babel_dates(
    facts: MissionFacts, schedule: Schedule
) -> None:
    itinerary = _itinerary(facts, schedule, "amrani", "ar")
    assert (itinerary.title, itinerary.name, itinerary.direction) == (
        "برنامج الرحلة الشخصي",
        "سارة العمراني",
        "rtl",
    )
    assert itinerary.days[0].heading == "الاثنين، 12 فبراير 2024"
    san_jose = itinerary.days[-1].place
    assert strip_marks(san_jose) == "San Jose · توقيت المحيط الهادي (UTC-08:00)"


LONE_STAR, CITY_HALL = "lonestar-hq", "houston-city-hall"


def _trip_after_lone_star(mission: Mission, schedule: Schedule, language: str = "en") -> str:
    """What Youssef Benali's itinerary says after the Lone Star visit (next: Houston City Hall)."""
    day = _itinerary(MissionFacts(mission), schedule, "benali", language).days[0]
    stop = next(e for e in day.entries if isinstance(e, Stop) and e.meeting_id == "m-lonestar")
    return _spaces(strip_marks(stop.travel_next))


def _without_travel_row(mission: Mission) -> Mission:
    rows = tuple(
        t for t in mission.travel_times if {t.origin, t.destination} != {LONE_STAR, CITY_HALL}
    )
    return mission.model_copy(update={"travel_times": rows})


def _with_coordinates(mission: Mission) -> Mission:
    where = {LONE_STAR: (29.7390, -95.4630), CITY_HALL: (29.7604, -95.3698)}  # 9.3 km apart
    venues = tuple(
        v.model_copy(update={"latitude": where[v.id][0], "longitude": where[v.id][1]})
        if v.id in where
        else v
        for v in mission.venues
    )
    return mission.model_copy(update={"venues": venues})


def test_travel_time_from_the_workbook_is_given_as_is(mission: Mission, schedule: Schedule) -> None:
    assert _trip_after_lone_star(_with_coordinates(mission), schedule) == (
        "Next stop: Houston City Hall, 30 min away"
    )


def test_travel_time_from_coordinates_is_the_schedulers_estimate_and_says_so(
    mission: Mission, schedule: Schedule
) -> None:
    located = _with_coordinates(_without_travel_row(mission))
    venues = located.venue_index()

    assert travel_minutes(located, venues[LONE_STAR], venues[CITY_HALL]) == 33
    assert _trip_after_lone_star(located, schedule) == (
        "Next stop: Houston City Hall, about 33 min away (estimated from the map)"
    )
    assert _trip_after_lone_star(located, schedule, "fr") == (
        "Étape suivante : Houston City Hall, à environ 33 min (estimation d'après la carte)"
    )
    assert _trip_after_lone_star(located, schedule, "ar") == (
        "المحطة التالية: Houston City Hall، على بعد 33 د تقريبًا (تقدير من الخريطة)"
    )


def test_travel_time_is_not_given_without_workbook_row_or_coordinates(
    mission: Mission, schedule: Schedule
) -> None:
    assert _trip_after_lone_star(_without_travel_row(mission), schedule) == (
        "Next stop: Houston City Hall (travel time not given)"
    )
