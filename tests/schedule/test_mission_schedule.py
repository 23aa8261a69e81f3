"""schedule_mission end to end: a valid tour, musts placed, reasons for what is not."""

from datetime import date, time

from tour_factories import b2b, replace_participant, tour, want, window

from wafd.model import Preference
from wafd.schedule import check_schedule, compile_mission, schedule_mission


def test_tour_schedule_places_every_must_and_passes_the_checker() -> None:
    mission = tour()

    result = schedule_mission(mission, time_limit=10)

    assert result.status == "optimal"
    assert result.unscheduled == ()
    assert check_schedule(mission, result.schedule) == []
    ids = {m.id for m in result.schedule.meetings}
    assert {"briefing", "visit-ion", "visit-austin", "visit-secureco"} <= ids


def test_visits_happen_in_the_hosts_city_and_time_zone() -> None:
    result = schedule_mission(tour(), time_limit=10)
    by_id = result.schedule.by_id()

    secure = by_id["visit-secureco"]
    ion = by_id["visit-ion"]

    assert secure.leg == "sanjose"
    assert secure.start.utcoffset() is not None
    assert secure.start.utcoffset().total_seconds() == -8 * 3600  # type: ignore[union-attr]
    assert ion.leg == "houston"
    assert ion.start.utcoffset().total_seconds() == -6 * 3600  # type: ignore[union-attr]
    assert secure.themes == ("cloud_computing", "cybersecurity")
    assert secure.requests == (("d-cyber", "h-sec"),)


def test_parallel_sub_groups_visit_different_hosts_at_the_same_time() -> None:
    # Houston has one afternoon only: both visits must run in parallel, with disjoint groups.
    mission = tour(
        requests=(want("d-ai", "h-ion", Preference.MUST), want("d-city", "h-port", Preference.MUST))
    )
    afternoon = (window(date(2024, 2, 12), time(14), time(15)),)
    for host_id in ("h-ion", "h-port"):
        person = mission.participant_index()[host_id]
        mission = replace_participant(
            mission, person.model_copy(update={"availability": afternoon})
        )

    result = schedule_mission(mission, time_limit=10)
    by_id = result.schedule.by_id()

    assert result.unscheduled == ()
    assert by_id["visit-ion"].start == by_id["visit-port"].start
    assert check_schedule(mission, result.schedule) == []


def test_unscheduled_request_says_the_host_is_away() -> None:
    mission = tour(requests=(want("d-ai", "h-ion"),))
    ion = mission.participant_index()["h-ion"]
    away = ion.model_copy(update={"availability": (window(date(2024, 2, 14), time(9), time(18)),)})

    result = schedule_mission(replace_participant(mission, away), time_limit=10)

    assert [(u.requester, u.target, u.reason) for u in result.unscheduled] == [
        ("d-ai", "h-ion", "H-ION is not available on any day the delegation is in Houston")
    ]


def test_unscheduled_reason_is_translated() -> None:
    mission = tour(requests=(want("d-ai", "h-ion"), want("h-ion", "d-ai", Preference.NO)))

    result = schedule_mission(mission, time_limit=10, language="fr")

    assert result.unscheduled[0].reason == "H-ION a refusé de rencontrer D-AI"


def test_greedy_mode_returns_a_valid_schedule() -> None:
    mission = tour()

    result = schedule_mission(mission, mode="greedy")

    assert check_schedule(mission, result.schedule) == []
    assert result.schedule.meetings


def test_b2b_meetings_get_tables_and_never_exceed_them() -> None:
    mission = b2b(n_people=6, tables=2)

    result = schedule_mission(mission, time_limit=10)

    tables = [m.table for m in result.schedule.meetings]
    assert len(result.schedule.meetings) == 6
    assert set(tables) <= {1, 2}
    starts = [m.start for m in result.schedule.meetings]
    assert max(starts.count(s) for s in starts) <= 2
    assert check_schedule(mission, result.schedule) == []


def test_b2b_participant_in_the_morning_session_only_meets_in_the_morning() -> None:
    mission = b2b(n_people=6, tables=3)
    leg = mission.legs[0].model_copy(
        update={"day_end": time(17, 0), "lunch_start": time(12, 0), "lunch_end": time(14, 0)}
    )
    morning = window(date(2024, 3, 5), time(9), time(12))
    early = mission.participants[0].model_copy(update={"availability": (morning,)})
    mission = replace_participant(mission.model_copy(update={"legs": (leg,)}), early)

    result = schedule_mission(mission, time_limit=10)
    hours = sorted(m.start.hour for m in result.schedule.meetings if "p0" in m.participants)

    assert len(hours) == 2
    assert max(hours) < 12
    assert check_schedule(mission, result.schedule) == []


def test_max_meetings_per_day_comes_from_participant_or_mission() -> None:
    mission = tour(max_meetings_per_day=3)
    capped = mission.participant_index()["d-ai"].model_copy(update={"max_meetings_per_day": 1})

    compiled = compile_mission(replace_participant(mission, capped))
    limits = dict(zip(compiled.problem.participants, compiled.problem.max_per_day, strict=True))

    assert limits["d-ai"] == 1
    assert limits["d-egov"] == 3


def test_reasons_name_people_in_arabic_for_arabic_readers() -> None:
    mission = tour(requests=(want("d-ai", "h-ion"), want("h-ion", "d-ai", Preference.NO)))
    arabic = mission.participant_index()["d-ai"].model_copy(update={"name_ar": "عادل"})
    mission = replace_participant(mission, arabic)

    english = schedule_mission(mission, mode="greedy", language="en")
    in_arabic = schedule_mission(mission, mode="greedy", language="ar")

    assert english.unscheduled[0].reason == "H-ION said no to meeting D-AI"
    assert in_arabic.unscheduled[0].reason == "رفض H-ION لقاء عادل"
