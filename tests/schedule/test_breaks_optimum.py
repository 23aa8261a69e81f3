"""On small one-day events with every meeting required (the B2B case, where the contiguity
windows and the one-directional break clauses apply), the optimum the solver proves is the true
fewest breaks, found by trying every placement."""

from itertools import product

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from problem_factories import problem, schedule, task

from wafd.schedule.checker import find_violations
from wafd.schedule.constraints.fairness import Fairness
from wafd.schedule.problem import Problem
from wafd.schedule.solver import SolverSettings, solve
from wafd.schedule.terms import breaks

N_PEOPLE, N_SLOTS = 4, 5


@st.composite
def one_day_events(draw: st.DrawFn) -> Problem:
    pairs = [(a, b) for a in range(N_PEOPLE) for b in range(a + 1, N_PEOPLE)]
    chosen = draw(st.lists(st.sampled_from(pairs), min_size=2, max_size=4, unique=True))
    away = draw(
        st.dictionaries(
            st.integers(0, N_PEOPLE - 1), st.sets(st.integers(0, N_SLOTS - 1), max_size=2)
        )
    )
    return problem(
        [task(f"m{i}", a, b, required=True) for i, (a, b) in enumerate(chosen)],
        n_participants=N_PEOPLE,
        n_slots=N_SLOTS,
        unavailable=away,
        capacity=(draw(st.integers(1, 2)),),
        fairness=draw(st.sampled_from([None, 0, 1])),
    )


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
@given(one_day_events())
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
