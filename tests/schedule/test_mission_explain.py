"""Infeasibility explained: the smallest conflict, in the organiser's words."""

from datetime import date, time

from tour_factories import replace_participant, tour, want, window

from wafd.model import MeetingKind, Mission, PlannedMeeting, Preference
from wafd.schedule import compile_mission, schedule_mission
from wafd.schedule.explain import minimal_conflict


def _demos(count: int) -> tuple[PlannedMeeting, ...]:
    return tuple(
        PlannedMeeting(
            id=f"demo{i}",
            kind=MeetingKind.GROUP_VISIT,
            title=f"Demo {i}",
            participants=("h-ion", delegate),
            duration_minutes=60,
            day=date(2024, 2, 12),
            venue="v-ion",
        )
        for i, delegate in enumerate(("d-ai", "d-cyber", "d-city")[:count])
    )


def _ion_two_hours(mission: Mission) -> Mission:
    ion = mission.participant_index()["h-ion"]
    hours = (window(date(2024, 2, 12), time(14), time(16)),)
    return replace_participant(mission, ion.model_copy(update={"availability": hours}))


def test_minimal_conflict_keeps_only_the_meetings_that_clash() -> None:
    mission = _ion_two_hours(tour(meetings=_demos(3)))
    compiled = compile_mission(mission)

    core = minimal_conflict(compiled.problem)

    assert sorted(compiled.problem.tasks[t].id for t in core) == ["demo0", "demo1", "demo2"]


def test_no_conflict_when_the_required_meetings_fit() -> None:
    compiled = compile_mission(_ion_two_hours(tour(meetings=_demos(2), requests=())))

    assert minimal_conflict(compiled.problem) == []


def test_infeasible_planned_meetings_are_explained_in_hours() -> None:
    mission = _ion_two_hours(tour(meetings=_demos(3)))

    result = schedule_mission(mission, time_limit=10)

    assert result.status == "infeasible"
    assert [c.render("en") for c in result.conflicts] == [
        "H-ION is available 2 h on Mon 12 Feb but 3 meetings need 3 h there: Demo 0, Demo 1, Demo 2"
    ]
    assert result.schedule.meetings == ()


def test_conflicting_musts_are_softened_and_reported_with_the_conflict() -> None:
    # Two delegates each must see a different host, but each host only has the same hour and
    # both delegates are needed at a fixed briefing then.
    mission = tour(requests=(want("d-ai", "h-ion", Preference.MUST),))
    ion = mission.participant_index()["h-ion"]
    hour = (window(date(2024, 2, 12), time(9), time(10)),)
    mission = replace_participant(mission, ion.model_copy(update={"availability": hour}))

    result = schedule_mission(mission, time_limit=10)

    assert result.status == "optimal"
    assert [c.render("en") for c in result.conflicts] == [
        "D-AI cannot attend all of Embassy briefing, The Ion Innovation Hub:"
        " with travel between venues they do not fit on Mon 12 Feb"
    ]
    assert [(u.requester, u.target, u.reason) for u in result.unscheduled] == [
        ("d-ai", "h-ion", result.conflicts[0].render("en"))
    ]
