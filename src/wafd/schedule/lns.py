"""Large-neighbourhood search: the anytime answer for events too large for one CP-SAT model.

From the warm start, each move frees the meetings of a few participants and lets CP-SAT
re-place them with the rest of the event fixed (neighbourhood.py). Moves are aimed, in this
order, at what keeps the schedule from being valid, then at what makes it worse:

1. *repair*: a required meeting left out (greedy could not place it): its two participants,
   some of the people they meet and some people meeting in the slots where both are free;
2. *fairness*: a participant with more breaks than fairness allows: them and their partners;
3. *improvement*: a participant with a break (or an optional meeting left out, where value
   counts): them and some of the people they meet, so that whole days can shift.

The neighbourhood grows while CP-SAT solves moves to optimality and shrinks when it does not,
so moves stay at a few tenths of a second. Each applied move keeps the schedule valid (once it
is), and progress is reported as in the full model. With a seed, the moves are drawn from it, CP-SAT
runs one worker with the same seed, and the search stops after a fixed amount of CP-SAT's
deterministic work rather than at the clock, so the same input gives the same schedule.
"""

from __future__ import annotations

import random
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from ortools.sat.python import cp_model

from wafd.schedule.incumbent import Incumbent
from wafd.schedule.neighbourhood import SubProblem, prepare, solve_prepared, sub_problem
from wafd.schedule.objectives import BREAKS, VALUE
from wafd.schedule.progress import ProgressCallback

MOVE_SECONDS = 2.0
"""At most this long per move."""
MOVE_TARGET = 0.3
"""The neighbourhood grows while moves are solved to optimality faster than this (seconds)."""
PARALLEL_MOVES = 2
"""Moves solved at once: one per core of the target machine."""
WORK_PER_SECOND = 1.0
"""With a seed, CP-SAT deterministic time allowed per second of the time limit."""
SEEDED_MOVE_COST = 0.1
"""With a seed, the least a move is charged: CP-SAT's deterministic time leaves out building
the sub-problem in Python, which is most of a small move's wall time."""
SIZES = (2, 40)
"""Fewest and most core participants per move."""


@dataclass(slots=True)
class Budget:
    """When the search stops: a clock deadline, or (seeded) an amount of deterministic work."""

    deadline: float
    work: float | None = None

    def left(self) -> bool:
        if self.work is not None:
            return self.work > 0
        return time.perf_counter() < self.deadline


def improve(
    incumbent: Incumbent,
    budget: Budget,
    *,
    seed: int | None,
    began: float,
    on_progress: ProgressCallback | None,
    bounds: dict[str, int],
    repair_only: bool = False,
) -> None:
    """Apply moves to ``incumbent`` until the budget is spent or every level meets its bound
    (``repair_only``: until every required meeting is placed).

    Two moves on disjoint people are solved at once, one per core (CP-SAT releases the GIL
    while it solves), each with half of the tables nobody uses; with precedences, one move at
    a time on two workers (two moves could each respect a precedence and break it together).
    """
    rng = random.Random(seed if seed is not None else 0)
    size = SIZES[0]
    parallel = 1 if incumbent.facts.has_precedences else PARALLEL_MOVES
    reported = report_progress(incumbent, began, on_progress, bounds, None)
    with ThreadPoolExecutor(max_workers=parallel) as pool:
        while budget.left() and not _at_bounds(incumbent, bounds):
            if repair_only and not incumbent.unplaced_required():
                break
            subs = _disjoint_moves(incumbent, rng, size, parallel)
            if not subs:
                break
            moving = {p for sub in subs for p in sub.people}
            prepared = [
                prepare(incumbent, sub, moving=moving, share=(i, len(subs)))
                for i, sub in enumerate(subs)
            ]
            solvers = [_solver(budget, seed, workers=3 - len(subs)) for _ in subs]
            clock = time.perf_counter()
            moves = list(pool.map(solve_prepared, prepared, solvers))
            took = time.perf_counter() - clock
            if seed is not None:  # the wall time would tie the size, so the schedule, to the load
                took = max(move.work for move in moves)
            for move in moves:
                if move.placements:
                    incumbent.move(move.placements)
                if budget.work is not None:
                    budget.work -= max(move.work, SEEDED_MOVE_COST)
            if all(move.optimal for move in moves) and took < MOVE_TARGET:
                size = min(size + 1, SIZES[1])
            elif not all(move.optimal for move in moves) or took > 2 * MOVE_TARGET:
                size = max(size - 1, SIZES[0])
            if any(move.improved for move in moves):
                reported = report_progress(incumbent, began, on_progress, bounds, reported)


def _disjoint_moves(
    incumbent: Incumbent, rng: random.Random, size: int, count: int
) -> list[SubProblem]:
    """Up to ``count`` sub-problems whose people do not overlap."""
    subs: list[SubProblem] = []
    taken: set[int] = set()
    for _ in range(3 * count):
        if len(subs) == count:
            break
        core = _pick(incumbent, rng, size)
        if not core:
            break
        sub = sub_problem(incumbent, core)
        if sub is not None and taken.isdisjoint(sub.people):
            subs.append(sub)
            taken.update(sub.people)
    return subs


def _solver(budget: Budget, seed: int | None, *, workers: int) -> cp_model.CpSolver:
    solver = cp_model.CpSolver()
    params = solver.parameters
    params.num_workers = workers
    if seed is None:
        left = budget.deadline - time.perf_counter()
        params.max_time_in_seconds = max(0.05, min(MOVE_SECONDS, left))
    else:
        params.random_seed = seed
        params.interleave_search = workers > 1
        assert budget.work is not None
        params.max_deterministic_time = max(0.01, min(MOVE_SECONDS, budget.work))
    return solver


def _pick(incumbent: Incumbent, rng: random.Random, size: int) -> set[int]:
    """The core participants of the next move (see the module docstring for the order)."""
    problem, facts = incumbent.problem, incumbent.facts
    missing = incumbent.unplaced_required()
    if missing:
        t = rng.choice(missing)
        core = set(problem.tasks[t].participants)
        _grow(incumbent, rng, core, size // 2)
        _add_busy_at_free_slots(incumbent, rng, core, t, size - len(core))
        return core
    unfair = incumbent.unfair()
    if unfair:
        core = {rng.choice(unfair)}
    else:
        candidates = [p for p in facts.counted if incumbent.breaks[p] > 0]
        if VALUE in facts.levels:
            candidates += [
                p
                for t, task in enumerate(problem.tasks)
                if incumbent.starts[t] is None and task.value > 0
                for p in task.participants
            ][: 4 * len(candidates) + 8]
        if not candidates:
            return set()
        core = {rng.choice(candidates)}
    _grow(incumbent, rng, core, size)
    return core


def _grow(incumbent: Incumbent, rng: random.Random, core: set[int], size: int) -> None:
    """Add people the core meets (then people they meet) until the core has ``size``."""
    frontier = sorted(core)
    while len(core) < size and frontier:
        partners = sorted(
            {
                q
                for p in frontier
                for t in incumbent.facts.tasks_of[p]
                for q in incumbent.problem.tasks[t].participants
            }
            - core
        )
        rng.shuffle(partners)
        taken = partners[: size - len(core)]
        core.update(taken)
        frontier = taken


def _add_busy_at_free_slots(
    incumbent: Incumbent, rng: random.Random, core: set[int], t: int, count: int
) -> None:
    """People meeting in slots where task ``t``'s participants are all free: freeing their
    meetings frees tables and lets ``t`` take one of those slots."""
    problem = incumbent.problem
    task = problem.tasks[t]
    busy = {
        slot
        for p in task.participants
        for u in incumbent.facts.tasks_of[p]
        if (start := incumbent.starts[u]) is not None
        for slot in range(start, start + problem.tasks[u].duration)
    }
    unavailable = set().union(*(problem.unavailable[p] for p in task.participants))
    free = [s for s in range(problem.n_slots) if s not in busy and s not in unavailable]
    if not free or count <= 0:
        return
    slots = set(rng.sample(free, min(3, len(free))))
    others = sorted(
        {
            p
            for u, start in enumerate(incumbent.starts)
            if start in slots
            for p in problem.tasks[u].participants
        }
        - core
    )
    core.update(rng.sample(others, min(count, len(others))))


def _at_bounds(incumbent: Incumbent, bounds: dict[str, int]) -> bool:
    """Whether the schedule is valid and meets every proven bound (nothing left to gain)."""
    if incumbent.unplaced_required() or incumbent.unfair():
        return False
    levels = incumbent.facts.levels
    if VALUE in levels and _value(incumbent) < bounds.get(VALUE, 0):
        return False
    return BREAKS not in levels or incumbent.weighted_breaks() <= bounds.get(BREAKS, 0)


def _value(incumbent: Incumbent) -> int:
    tasks = incumbent.problem.tasks
    return sum(tasks[t].value for t, start in enumerate(incumbent.starts) if start is not None)


def report_progress(
    incumbent: Incumbent,
    began: float,
    on_progress: ProgressCallback | None,
    bounds: dict[str, int],
    last: tuple[int, int] | None = None,
) -> tuple[int, int] | None:
    """Report value and breaks of a valid schedule when they changed."""
    if on_progress is None or incumbent.unplaced_required() or incumbent.unfair():
        return last
    now = (_value(incumbent), incumbent.weighted_breaks())
    seconds = time.perf_counter() - began
    if VALUE in incumbent.facts.levels and (last is None or now[0] != last[0]):
        on_progress(VALUE, now[0], bounds.get(VALUE, now[0]), seconds)
    if BREAKS in incumbent.facts.levels and (last is None or now[1] != last[1]):
        on_progress(BREAKS, now[1], bounds.get(BREAKS, 0), seconds)
    return now
