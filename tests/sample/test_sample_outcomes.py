"""The sample tour's fictional outcomes: what the issue asks of them, and they read back."""

from pathlib import Path

import pytest

from wafd.model import Mission, Schedule
from wafd.outcomes import Outcomes, Stage, outcome_context
from wafd.outcomes.files import read_outcomes, write_outcomes
from wafd.outcomes.model import AttendanceStatus
from wafd.sample import build_sample_mission
from wafd.sample.outcomes import build_sample_outcomes
from wafd.schedule import schedule_mission

Tour = tuple[Mission, Schedule, Outcomes]


@pytest.fixture(scope="module")
def tour() -> Tour:
    mission = build_sample_mission()
    schedule = schedule_mission(mission, time_limit=3.0).schedule
    return mission, schedule, build_sample_outcomes(mission=mission, schedule=schedule)


def test_sample_outcomes_are_marked_fictional_with_two_no_shows(tour: Tour) -> None:
    outcomes = tour[2]
    no_shows = [a.meeting for a in outcomes.attendance if a.status == AttendanceStatus.NO_SHOW]
    assert (outcomes.fictional, sorted(no_shows)) == (
        True,
        ["visit-bayou-health", "visit-ctu-urban-lab"],
    )


def test_sample_outcomes_have_opportunities_at_several_stages_in_usd_and_mad(tour: Tour) -> None:
    opportunities = tour[2].opportunities
    currencies = {o.value.currency for o in opportunities if o.value}
    stages = {o.stage for o in opportunities}
    assert (len(opportunities), currencies) == (8, {"USD", "MAD"})
    assert {Stage.IDENTIFIED, Stage.PROPOSAL, Stage.DELIVERED, Stage.LOST} <= stages


def test_sample_outcomes_have_ratings_from_both_sides_and_a_survey_round(tour: Tour) -> None:
    mission, _, outcomes = tour
    roles = {p.id: p.role for p in mission.participants}
    sides = {str(roles[f.participant]) for f in outcomes.feedback if f.rating}
    assert (sides, [r.id for r in outcomes.survey_rounds]) == ({"delegate", "host"}, ["m0", "m3"])


def test_sample_outcomes_read_back_from_the_workbook(tour: Tour, tmp_path: Path) -> None:
    mission, schedule, outcomes = tour
    path = write_outcomes(outcomes, tmp_path / "outcomes.xlsx")

    context = outcome_context(mission=mission, schedule=schedule)
    assert read_outcomes(path, context=context) == outcomes
