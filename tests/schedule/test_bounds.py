"""Per-participant lower bounds on breaks are each participant's true fewest breaks with only
its own meetings, whether the matching shortcut (a compact day fits) or CP-SAT decides them."""

from __future__ import annotations

from itertools import pairwise, product

from hypothesis import HealthCheck, given, settings
from problem_factories import one_day_meetings

from wafd.schedule.bounds import breaks_lower_bounds
from wafd.schedule.constraints import DOMAIN_RULES
from wafd.schedule.problem import Problem

N_PEOPLE, N_SLOTS = 4, 6


def fewest_own_breaks(event: Problem, p: int) -> int | None:
    """Every placement of p's meetings in distinct admissible slots; None when none fits."""
    mine = event.tasks_of()[p]
    best = None
    for slots in product(range(N_SLOTS), repeat=len(mine)):
        admissible = all(
            rule.admits(event, t, s, 0)
            for t, s in zip(mine, slots, strict=True)
            for rule in DOMAIN_RULES
        )
        if admissible and len(set(slots)) == len(slots):
            busy = sorted(slots)
            gaps = sum(1 for a, b in pairwise(busy) if b > a + 1)
            best = gaps if best is None else min(best, gaps)
    return best


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(one_day_meetings(people=N_PEOPLE, slots=N_SLOTS, most_meetings=5, most_away=3))
def test_bounds_are_each_participants_fewest_breaks_alone(event: Problem) -> None:
    bounds = breaks_lower_bounds(event)

    for p in range(N_PEOPLE):
        truth = fewest_own_breaks(event, p)
        if truth is not None:  # none: the problem is infeasible, and the bound says nothing
            assert bounds.get(p, 0) == truth
