"""The journey in itineraries: segments and hotel nights appear, and travel is never free time."""

from datetime import date, datetime, time, timedelta

from export_factories import build_mission, build_schedule
from hypothesis import given, settings
from hypothesis import strategies as st

from wafd.export.facts import MissionFacts
from wafd.export.itinerary import FreeTime, build_itinerary
from wafd.export.journey_entries import Remark, Travel
from wafd.export.localize import Localizer
from wafd.model import HotelStay, Mission, Segment, TransportMode
from wafd.model.journey_plan import segment_span
from wafd.sample import build_sample_mission

DAYS = [date(2024, 2, 12), date(2024, 2, 13), date(2024, 2, 14), date(2024, 2, 15)]


def _segment(number: int, day: date, start: time, minutes: int, mode: TransportMode) -> Segment:
    end = datetime.combine(day, start) + timedelta(minutes=minutes)
    return Segment(
        id=f"s{number}",
        mode=mode,
        origin="hotel-houston",
        destination="hotel-austin",
        depart_day=day,
        depart_time=start,
        arrive_day=end.date(),
        arrive_time=end.time(),
        travellers=("benali",),
    )


segments = st.lists(
    st.tuples(
        st.sampled_from(DAYS),
        st.times(min_value=time(6), max_value=time(20)).map(
            lambda t: t.replace(second=0, microsecond=0)
        ),
        st.integers(min_value=15, max_value=300),
        st.sampled_from(list(TransportMode)),
    ),
    max_size=3,
)


@settings(max_examples=40, deadline=None)
@given(trips=segments)
def test_no_itinerary_line_calls_a_travellers_time_free(
    trips: list[tuple[date, time, int, TransportMode]],
) -> None:
    chosen = [_segment(n, *trip) for n, trip in enumerate(trips)]
    mission = build_mission().model_copy(update={"segments": tuple(chosen)})
    itinerary = build_itinerary(
        MissionFacts(mission),
        build_schedule(),
        mission.participant_index()["benali"],
        Localizer("en"),
    )

    spans = [segment_span(mission, s) for s in chosen]
    busy = [
        (start - timedelta(minutes=s.buffer), end)
        for s, (start, end) in zip(chosen, spans, strict=True)
    ]  # type: ignore[misc]
    free = [e for day in itinerary.days for e in day.entries if isinstance(e, FreeTime)]
    for entry in free:
        if entry.start is not None and entry.end is not None:
            assert not any(entry.start < end and start < entry.end for start, end in busy), entry
    shown = {e.segment_id for day in itinerary.days for e in day.entries if isinstance(e, Travel)}
    assert shown == {s.id for s in chosen}


def _sample_day(mission: Mission, day: date) -> list[object]:
    facts = MissionFacts(mission)
    delegate = next(p for p in mission.participants if p.role == "delegate")
    schedule = build_schedule().model_copy(update={"mission": mission.id, "meetings": ()})
    itinerary = build_itinerary(facts, schedule, delegate, Localizer("en"))
    return next(d.entries for d in itinerary.days if d.heading.endswith(day.strftime("%B %-d, %Y")))


def test_sample_coach_day_shows_the_coach_and_the_night_not_free_time() -> None:
    entries = _sample_day(build_sample_mission(), date(2024, 2, 14))

    travel = [e for e in entries if isinstance(e, Travel)]
    assert [(e.title, e.route) for e in travel] == [
        (
            "Coach · Lone Star Coaches",
            "Delegation hotel, downtown Houston → "
            "Delegation hotel, downtown Austin (reception hall)",
        )
    ]
    assert [
        e.label for e in entries if isinstance(e, FreeTime) and e.start and e.start.hour < 12
    ] == []
    assert isinstance(entries[-1], Remark)
    assert entries[-1].kind == "night"


def test_sample_arrival_day_shows_the_flights_not_a_free_day() -> None:
    entries = _sample_day(build_sample_mission(), date(2024, 2, 11))

    assert [e.segment_id for e in entries if isinstance(e, Travel)] == [
        "flight-cmn-jfk",
        "flight-jfk-iah",
        "coach-iah-hotel",
    ]
    assert [e for e in entries if isinstance(e, FreeTime)] == []


def test_stay_gives_one_night_line_per_night() -> None:
    stay = HotelStay(
        hotel="hotel-houston",
        check_in=date(2024, 2, 12),
        check_out=date(2024, 2, 14),
        travellers=("benali",),
        confirmation="HM-1",
    )
    mission = build_mission().model_copy(update={"stays": (stay,)})
    itinerary = build_itinerary(
        MissionFacts(mission),
        build_schedule(),
        mission.participant_index()["benali"],
        Localizer("en"),
    )

    nights = [
        (d.heading, e.label) for d in itinerary.days for e in d.entries if isinstance(e, Remark)
    ]
    assert [heading for heading, _ in nights] == [
        "Monday, February 12, 2024",
        "Tuesday, February 13, 2024",
    ]
