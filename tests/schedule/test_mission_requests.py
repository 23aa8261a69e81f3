"""Requests become meetings: sub-groups by host, weights, vetoes, must made hard when possible."""

from datetime import date, time

from tour_factories import b2b, replace_participant, tour, want, window

from wafd.model import MeetingKind, Preference
from wafd.schedule.compile import CompiledMission, compile_mission
from wafd.schedule.problem import Task


def _task(compiled: CompiledMission, meeting_id: str) -> Task:
    return compiled.problem.tasks[compiled.task_number()[meeting_id]]


def _people(compiled: CompiledMission, meeting_id: str) -> list[str]:
    names = compiled.problem.participants
    return sorted(names[p] for p in _task(compiled, meeting_id).participants)


def test_delegates_wanting_the_same_host_share_one_group_visit() -> None:
    compiled = compile_mission(tour())

    assert _people(compiled, "visit-port") == ["d-city", "d-egov", "h-port"]
    assert compiled.origins[compiled.task_number()["visit-port"]].kind == MeetingKind.GROUP_VISIT


def test_organisation_level_request_joins_the_visit_to_that_organisation() -> None:
    compiled = compile_mission(tour())

    assert _people(compiled, "visit-austin") == ["d-city", "d-egov", "h-austin"]
    assert _people(compiled, "visit-cloudco") == ["d-ai", "d-cyber", "h-cloud"]


def test_visit_lasts_the_mission_meeting_length_at_the_hosts_venue() -> None:
    compiled = compile_mission(tour())
    task = _task(compiled, "visit-ion")

    assert task.duration == 4
    assert [compiled.venue_ids[v] for v in task.venues] == ["v-ion"]


def test_request_duration_overrides_the_mission_meeting_length() -> None:
    mission = tour()
    longer = mission.requests[0].model_copy(update={"duration_minutes": 90})
    compiled = compile_mission(mission.model_copy(update={"requests": (longer,)}))

    assert _task(compiled, "visit-ion").duration == 6


def test_must_weighs_ten_wants_and_mutual_interest_doubles() -> None:
    mission = tour(
        requests=(
            want("d-ai", "h-ion", Preference.MUST),
            want("d-egov", "h-port"),
            want("d-city", "h-port"),
            want("h-port", "d-city"),
        )
    )
    compiled = compile_mission(mission)

    assert _task(compiled, "visit-ion").value == 100
    assert _task(compiled, "visit-port").value == 10 + 2 * 10
    assert _task(compiled, "visit-ion").required
    assert not _task(compiled, "visit-port").required


def test_a_recommended_want_is_worth_its_matchmaking_score_and_stays_below_a_must() -> None:
    strong = want("d-ai", "h-ion").model_copy(update={"weight": 1.0})
    weak = want("d-egov", "h-port").model_copy(update={"weight": 0.0})
    compiled = compile_mission(tour(requests=(strong, weak)))

    assert _task(compiled, "visit-ion").value == 15
    assert _task(compiled, "visit-port").value == 5


def test_no_from_the_host_drops_the_request_and_reports_it() -> None:
    mission = tour(requests=(want("d-ai", "h-ion"), want("h-ion", "d-ai", Preference.NO)))

    compiled = compile_mission(mission)

    assert "visit-ion" not in compiled.task_number()
    assert [(d.request.requester, d.request.target) for d in compiled.dropped] == [
        ("d-ai", "h-ion")
    ]
    assert compiled.dropped[0].reason.render("en") == "H-ION said no to meeting D-AI"


def test_unknown_target_is_reported_not_scheduled() -> None:
    compiled = compile_mission(tour(requests=(want("d-ai", "nobody"),)))

    assert compiled.problem.tasks[-1].id == "briefing"
    assert compiled.dropped[0].reason.render("en") == (
        "D-AI → nobody: nobody is neither a participant nor an organisation"
    )


def test_must_without_any_possible_time_is_not_made_hard() -> None:
    mission = tour(requests=(want("d-ai", "h-ion", Preference.MUST),))
    ion = mission.participant_index()["h-ion"]
    away = ion.model_copy(
        update={"availability": (window(date(2024, 2, 14), time(9), time(18)),)}
    )  # available only on the Austin day, when it is not in its own city

    compiled = compile_mission(replace_participant(mission, away))

    assert not _task(compiled, "visit-ion").required


def test_b2b_requests_become_one_slot_meetings_at_the_hall() -> None:
    compiled = compile_mission(b2b(n_people=4, tables=2))
    problem = compiled.problem

    assert [t.id for t in problem.tasks] == ["m-p0--p1", "m-p1--p2", "m-p2--p3", "m-p0--p3"]
    assert {t.duration for t in problem.tasks} == {1}
    assert problem.venue_capacity[compiled.venue_number()["hall"]] == 2
    assert problem.n_slots == 9  # 09:00-12:00 in 20-minute slots
