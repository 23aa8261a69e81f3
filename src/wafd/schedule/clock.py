"""The clock the solver's phases stop at: the wall clock, or (seeded) the work CP-SAT has done.

Every phase of the full model (solver.py, minimise.py, ascent.py, broken.py...) and the steps
around it (bounds, warm start, explanations) stop at deadlines. Measured on the wall clock, a
busy machine moves them: CP-SAT gets less done by the same deadline and the phases end at other
points of their search, so two runs with the same seed could return different schedules. Inside
``work_clock(True)`` (a seeded solve) ``now()`` counts CP-SAT's deterministic time instead:
every solve is limited by ``limit`` in deterministic time and charged by ``charge`` after it,
so each phase stops after the same work whatever the load, and the schedule depends only on
the input, the seed and the time limit. One unit of deterministic time is about one second of
one worker on the target machine (measured on forum-14 and tic-13crafc: 0.9 to 1.3 units per
second, interleaved or single-worker). The clock is a context variable, so concurrent solves
(the web worker's threads) each keep their own; threads a solve starts must run in a copy of
its context (``contextvars.copy_context``) to see it.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from ortools.sat.python import cp_model

LEAST_CHARGE = 0.01
"""The least a solve is charged: CP-SAT's deterministic time leaves out loading the model, so
a loop of solves that each do almost nothing still comes to its deadline."""
SAFETY_FACTOR = 5.0
SAFETY_SECONDS = 2.0
"""A seeded solve also stops after ``SAFETY_FACTOR`` times its budget plus ``SAFETY_SECONDS``
of wall time: not expected to happen (it would take a machine five times slower than the one
the deterministic time was measured on), it keeps a stuck solve from running for ever."""


@dataclass(slots=True)
class _WorkClock:
    start: float
    charged: float = 0.0
    lock: threading.Lock = field(default_factory=threading.Lock)


_CLOCK: ContextVar[_WorkClock | None] = ContextVar("wafd_work_clock", default=None)


@contextmanager
def work_clock(active: bool) -> Iterator[None]:
    """Within, ``now()`` counts work when ``active`` (a seeded solve); a clock already running
    (an outer seeded call) is kept, so that nested calls share it."""
    if not active or _CLOCK.get() is not None:
        yield
        return
    token = _CLOCK.set(_WorkClock(time.perf_counter()))
    try:
        yield
    finally:
        _CLOCK.reset(token)


def counting() -> bool:
    """Whether ``now()`` counts work (inside a seeded solve)."""
    return _CLOCK.get() is not None


def now() -> float:
    """Where deadlines are measured: ``time.perf_counter()``, or in a seeded solve the time
    the clock started plus the work charged since."""
    clock = _CLOCK.get()
    if clock is None:
        return time.perf_counter()
    with clock.lock:
        return clock.start + clock.charged


def limit(solver: cp_model.CpSolver, seconds: float) -> None:
    """Stop ``solver`` after ``seconds`` on the clock in use. Counting work, the limit is in
    deterministic time and a solver of several workers interleaves them (the deterministic
    way); call it after setting ``num_workers``."""
    params = solver.parameters
    if not counting():
        params.max_time_in_seconds = seconds
        return
    params.max_deterministic_time = seconds
    params.max_time_in_seconds = SAFETY_FACTOR * seconds + SAFETY_SECONDS
    if params.num_workers != 1:
        params.interleave_search = True


def charge(solver: cp_model.CpSolver) -> None:
    """Advance the work clock (if counting) by what ``solver``'s last solve did."""
    clock = _CLOCK.get()
    if clock is not None:
        with clock.lock:
            clock.charged += max(solver.deterministic_time, LEAST_CHARGE)


def solve(
    solver: cp_model.CpSolver,
    model: cp_model.CpModel,
    callback: cp_model.CpSolverSolutionCallback | None = None,
) -> cp_model.CpSolverStatus:
    """``solver.solve(model, callback)``, charged to the work clock: a solve left uncharged
    would let a seeded run's phases overrun their work."""
    status = solver.solve(model, callback)
    charge(solver)
    return status
