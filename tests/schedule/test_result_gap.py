"""The gap reported per objective level: 0 when proven optimal, relative distance otherwise."""

import pytest

from wafd.model import Schedule
from wafd.schedule.plan import ScheduleResult


def _result(objective: dict[str, int], bound: dict[str, int]) -> ScheduleResult:
    return ScheduleResult(Schedule(mission="m"), "feasible", objective, bound, (), 1.0)


def test_value_below_its_upper_bound_is_a_relative_shortfall() -> None:
    assert _result({"value": 90}, {"value": 100}).gap("value") == pytest.approx(0.10)


def test_breaks_above_their_lower_bound_count_against_what_was_found() -> None:
    assert _result({"breaks": 8}, {"breaks": 6}).gap("breaks") == pytest.approx(0.25)


def test_a_proven_optimum_has_no_gap_even_at_zero() -> None:
    result = _result({"value": 12, "breaks": 0}, {"value": 12, "breaks": 0})
    assert result.gap("value") == 0.0
    assert result.gap("breaks") == 0.0


def test_a_level_without_a_bound_has_no_gap() -> None:
    assert _result({"breaks": 3}, {}).gap("breaks") is None
