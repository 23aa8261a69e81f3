"""Planned meetings: keyword expansion, fixed times, precedences, impossible fixes reported."""

from datetime import date, time

from tour_factories import replace_participant, tour, window

from wafd.model import MeetingKind, PlannedMeeting
from wafd.schedule.compile import compile_mission


def _reception(**fields: object) -> PlannedMeeting:
    values: dict[str, object] = {
        "id": "reception",
        "kind": MeetingKind.RECEPTION,
        "title": "Reception",
        "participants": ("all_delegates", "all_hosts"),
        "duration_minutes": 90,
        "day": date(2024, 2, 13),
    }
    return PlannedMeeting.model_validate(values | fields)


def test_all_delegates_and_all_hosts_expand_to_the_legs_people() -> None:
    mission = tour()
    compiled = compile_mission(mission.model_copy(update={"meetings": (_reception(),)}))
    task = compiled.problem.tasks[0]
    names = sorted(compiled.problem.participants[p] for p in task.participants)

    assert names == ["d-ai", "d-city", "d-cyber", "d-egov", "h-ion", "h-port"]
    assert task.required
    assert task.duration == 6


def test_fixed_day_and_start_pin_the_meeting_to_one_slot() -> None:
    compiled = compile_mission(tour())
    task = compiled.problem.tasks[compiled.task_number()["briefing"]]

    assert task.fixed_start == 0
    assert compiled.grid.start_of(0).isoformat() == "2024-02-12T09:00:00-06:00"


def test_day_without_start_keeps_the_meeting_on_that_day() -> None:
    compiled = compile_mission(tour(meetings=(_reception(),)))
    task = compiled.problem.tasks[0]
    days = {compiled.grid.day(s).date for s in task.allowed_starts or ()}

    assert days == {date(2024, 2, 13)}


def test_after_links_planned_meetings_in_order() -> None:
    debrief = _reception(id="debrief", title="Debrief", after=("reception",))
    compiled = compile_mission(tour(meetings=(_reception(), debrief)))

    assert compiled.problem.tasks[1].after == (0,)


def test_fixed_time_outside_working_hours_is_reported() -> None:
    late = _reception(start=time(20, 0))
    compiled = compile_mission(tour(meetings=(late,)))

    assert [i.render("en") for i in compiled.issues] == [
        "Planned meeting reception is fixed at Tue 13 Feb 20:00,"
        " outside the working hours of every leg"
    ]
    assert compiled.problem.tasks[0].allowed_starts == frozenset()


def test_invited_delegate_away_at_the_fixed_time_stays_home_but_named_one_must_come() -> None:
    mission = tour()
    late = mission.participant_index()["d-city"].model_copy(
        update={"availability": (window(date(2024, 2, 12), time(9), time(18), available=False),)}
    )
    mission = replace_participant(mission, late)
    named = _reception(
        id="named", participants=("d-city", "d-ai"), day=date(2024, 2, 12), start=time(9)
    )

    compiled = compile_mission(mission.model_copy(update={"meetings": (*mission.meetings, named)}))
    attending = {o.meeting_id: sorted(o.people) for o in compiled.origins}

    assert attending["briefing"] == ["d-ai", "d-cyber", "d-egov"]
    assert attending["named"] == ["d-ai", "d-city"]
