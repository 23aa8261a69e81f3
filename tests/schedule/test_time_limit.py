"""Specifications of ``--time-limit`` holding for the whole command (issue 16, D5): a model
too large to build is refused before it is built, and the reasons of unscheduled requests stop
at the deadline instead of running past it."""

from pathlib import Path

import pytest
from typer.testing import CliRunner

from wafd.cli import app
from wafd.io import read_mission
from wafd.schedule import schedule_mission
from wafd.schedule.compile import compile_mission
from wafd.schedule.problem import Solution
from wafd.schedule.reasons import unscheduled_requests
from wafd.schedule.size import ModelTooLargeError, estimate_size

BASE = Path(__file__).parents[1] / "data" / "hostile" / "base.yaml"
runner = CliRunner()


def test_size_counts_slots_of_every_leg_and_meetings_to_place() -> None:
    size = estimate_size(read_mission(BASE))

    # Houston: 2 days of 09:00-18:00, Austin: 2 days of 09:00-18:00, 15-minute slots
    assert (size.slots, size.meetings) == (4 * 36, 3)


def test_a_model_over_the_limit_is_refused_before_it_is_built(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("WAFD_LIMIT_MAX_MODEL_VARIABLES", "100")

    with pytest.raises(ModelTooLargeError) as refused:
        schedule_mission(read_mission(BASE), time_limit=1)

    assert str(refused.value) == (
        "The mission would need about 432 candidate meeting times (144 slots × 3 meetings), "
        "more than the 100 the scheduler can build in time."
    )


def test_schedule_command_says_why_the_model_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WAFD_LIMIT_MAX_MODEL_VARIABLES", "100")

    result = runner.invoke(app, ["schedule", str(BASE)])

    assert result.exit_code == 2
    assert "use a coarser slot_minutes" in result.output
    assert "Traceback" not in result.output


def test_reasons_past_the_deadline_say_the_time_ran_out() -> None:
    compiled = compile_mission(read_mission(BASE))
    tasks = len(compiled.problem.tasks)
    nothing = Solution((None,) * tasks, (None,) * tasks, "feasible", {}, {}, 0.0)

    reasons = {u.reason for u in unscheduled_requests(compiled, nothing, deadline=0.0)}

    assert reasons == {"not scheduled; the time limit ended before the reason was worked out"}


def test_warm_start_past_the_deadline_keeps_the_first_schedule_and_the_bound() -> None:
    from wafd.schedule.greedy import solve_greedy
    from wafd.schedule.warmstart import warm_start

    problem = compile_mission(read_mission(BASE)).problem

    start = warm_start(problem, None, optimise_value=True, deadline=0.0)

    assert start.solution.starts == solve_greedy(problem).starts
    assert start.value_bound is not None
