"""Properties of the mission layer over generated tours: whatever the requests and hours, the
schedule schedule_mission returns passes check_schedule, accounts for every request and
survives a file round trip."""

from datetime import date, time
from pathlib import Path
from tempfile import TemporaryDirectory

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tour_factories import PARTICIPANTS, replace_participant, tour, want, window

from wafd.io.schedule_file import read_schedule, write_schedule
from wafd.model import Mission, Preference, Role
from wafd.schedule import check_schedule, schedule_mission

DELEGATES = [p.id for p in PARTICIPANTS if p.role == Role.DELEGATE]
HOSTS = [p.id for p in PARTICIPANTS if p.role == Role.HOST]
HOST_DAYS = {
    "h-ion": [12, 13],
    "h-port": [12, 13],
    "h-austin": [14],
    "h-cloud": [15, 16],
    "h-sec": [15, 16],
}


@st.composite
def tours(draw: st.DrawFn) -> Mission:
    pairs = draw(
        st.lists(
            st.tuples(
                st.sampled_from(DELEGATES),
                st.sampled_from(HOSTS),
                st.sampled_from(list(Preference)),
                st.booleans(),
            ),
            max_size=10,
            unique_by=lambda x: (x[0], x[1]),
        )
    )
    requests = tuple(
        want(host, delegate, preference) if hosts_ask else want(delegate, host, preference)
        for delegate, host, preference, hosts_ask in pairs
    )
    mission = tour(requests=requests)
    for host in draw(st.lists(st.sampled_from(HOSTS), unique=True, max_size=3)):
        day = draw(st.sampled_from(HOST_DAYS[host]))
        start = draw(st.integers(min_value=9, max_value=15))
        hours = (window(date(2024, 2, day), time(start), time(start + 2)),)
        person = mission.participant_index()[host]
        mission = replace_participant(mission, person.model_copy(update={"availability": hours}))
    return mission


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tours())
def test_greedy_schedules_of_any_tour_pass_the_checker(mission: Mission) -> None:
    result = schedule_mission(mission, mode="greedy")

    assert check_schedule(mission, result.schedule) == []


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tours())
def test_every_request_is_either_scheduled_or_explained(mission: Mission) -> None:
    result = schedule_mission(mission, mode="greedy")

    asked = {(r.requester, r.target) for r in mission.requests if r.preference != Preference.NO}
    placed = {pair for m in result.schedule.meetings for pair in m.requests}
    explained = {(u.requester, u.target) for u in result.unscheduled}
    assert placed | explained == asked
    assert placed & explained == set()
    assert all(u.reason for u in result.unscheduled)


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tours())
def test_solver_schedules_of_any_tour_pass_the_checker_and_round_trip(mission: Mission) -> None:
    result = schedule_mission(mission, time_limit=3)

    assert check_schedule(mission, result.schedule) == []
    with TemporaryDirectory() as folder:
        path = Path(folder) / "schedule.xlsx"
        write_schedule(mission, result.schedule, path)
        assert read_schedule(mission, path) == result.schedule
