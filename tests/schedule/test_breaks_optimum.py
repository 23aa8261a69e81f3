"""On small one-day events with every meeting required (the B2B case, where the contiguity
windows and the one-directional break clauses apply), the optimum the solver proves is the true
fewest breaks, found by trying every placement."""

from itertools import product

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from problem_factories import one_day_meetings, schedule

from wafd.schedule.checker import find_violations
from wafd.schedule.constraints.fairness import Fairness
from wafd.schedule.problem import Problem
from wafd.schedule.solver import SolverSettings, solve
from wafd.schedule.terms import breaks

N_PEOPLE, N_SLOTS = 4, 5


def fewest_breaks(event: Problem) -> int | None:
    """Every assignment of slots to meetings; None when none is valid."""
    best = None
    for starts in product(range(N_SLOTS), repeat=len(event.tasks)):
        candidate = schedule(list(starts))
        if not find_violations(event, candidate):
            found = breaks.evaluate(event, candidate)
            best = found if best is None else min(best, found)
    return best


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    one_day_meetings(
        people=N_PEOPLE,
        slots=N_SLOTS,
        most_meetings=4,
        most_away=2,
        capacity=st.integers(1, 2).map(lambda tables: (tables,)),
        fairness=st.sampled_from([None, 0, 1]),
    )
)
def test_the_proven_fewest_breaks_are_the_true_fewest(event: Problem) -> None:
    truth = fewest_breaks(event)
    result = solve(event, time_limit=10, settings=SolverSettings(seed=1))
    if truth is None:
        assert result.status == "infeasible"
        return
    assert result.status == "optimal"
    assert result.objective["breaks"] == truth == breaks.evaluate(event, result)
    assert not find_violations(event, result)
    if event.fairness is not None:
        assert not Fairness().check(event, result)
