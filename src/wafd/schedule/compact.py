"""A compact first schedule for brokerage events: slot by slot, a weighted matching.

First-come-first-served books each meeting at its earliest slot and leaves a 1,000-participant
event with 1,800 breaks, far from the compact days that exist; repairing that by moves takes
minutes. Filling the day slot by slot instead, each slot's meetings are a matching of the
participants, chosen by CP-SAT to keep busy whoever has started their day (an unmatched one
would have a break) and to start those whose remaining meetings barely fit in the slots they
have left. On the generated events with a known zero-break schedule it leaves a few dozen
breaks and a handful of meetings that no slot could take; the neighbourhood search places
those and removes most of the breaks (docs/benchmarks.md).

It applies where meetings are one slot long between two people at one venue, without
precedences or fixed starts: B2B events as the published instances define them.
"""

from __future__ import annotations

from ortools.sat.python import cp_model

from wafd.schedule.constraints import DOMAIN_RULES
from wafd.schedule.problem import Problem, Solution

ACTIVE = 100
"""Weight of keeping busy a participant who has started the day (else: a break)."""
URGENT = 60
"""Weight of a participant who must start now for the remaining meetings to fit."""
SLOT_SECONDS = 1.0


def applies(problem: Problem) -> bool:
    return len(problem.venue_names) == 1 and all(
        task.duration == 1
        and len(task.participants) == 2
        and not task.after
        and task.fixed_start is None
        and task.required
        for task in problem.tasks
    )


def compact_start(problem: Problem, *, seed: int | None = None) -> Solution:
    """Every meeting placed slot by slot where a matching could take it (``None`` where not)."""
    starts: list[int | None] = [None] * len(problem.tasks)
    left = [set(ts) for ts in problem.tasks_of()]
    active: set[int] = set()
    for s in range(problem.n_slots):
        if s == 0 or problem.slot_day[s] != problem.slot_day[s - 1]:
            active = set()
        open_tasks = {t for ts in left for t in ts}
        candidates = sorted(t for t in open_tasks if _admits(problem, t, s))
        priority = [_priority(problem, p, s, left[p], p in active) for p in range(len(left))]
        chosen = _match(problem, candidates, priority, seed)
        for t in chosen:
            starts[t] = s
            for p in problem.tasks[t].participants:
                left[p].discard(t)
                active.add(p)
        active = {p for p in active if left[p]}
    venues = tuple(0 if start is not None else None for start in starts)
    return Solution(tuple(starts), venues, "unknown", {}, {}, 0.0)


def _admits(problem: Problem, t: int, s: int) -> bool:
    return all(rule.admits(problem, t, s, 0) for rule in DOMAIN_RULES)


def _priority(problem: Problem, p: int, s: int, left: set[int], active: bool) -> int:
    if not left:
        return 0
    if active:
        return ACTIVE
    day = problem.slot_day[s]
    free = sum(
        1
        for slot in range(s, problem.n_slots)
        if problem.slot_day[slot] == day and slot not in problem.unavailable[p]
    )
    if len(left) >= free:
        return URGENT
    return max(1, URGENT * len(left) // (free + 1))


def _match(
    problem: Problem, candidates: list[int], priority: list[int], seed: int | None
) -> list[int]:
    """The heaviest matching of at most ``tables`` meetings among ``candidates``."""
    if not candidates:
        return []
    model = cp_model.CpModel()
    chosen = {t: model.new_bool_var(f"m{t}") for t in candidates}
    by_person: dict[int, list[cp_model.IntVar]] = {}
    for t, var in chosen.items():
        for p in problem.tasks[t].participants:
            by_person.setdefault(p, []).append(var)
    for vars_ in by_person.values():
        if len(vars_) > 1:
            model.add_at_most_one(vars_)
    model.add(sum(chosen.values()) <= problem.venue_capacity[0])
    model.maximize(
        sum(
            sum(priority[p] for p in problem.tasks[t].participants) * var
            for t, var in chosen.items()
        )
    )
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = SLOT_SECONDS
    solver.parameters.num_workers = 2 if seed is None else 1
    if seed is not None:
        solver.parameters.random_seed = seed
    status = solver.solve(model)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return []
    return [t for t, var in chosen.items() if solver.boolean_value(var)]
