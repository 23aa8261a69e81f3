"""A core-based look at a split question (broken.py), beside the split's sub-questions.

The split answers ``breaks <= k`` (room for one broken participant) participant by
participant on both cores. Beside it, on a third thread for a fixed amount of CP-SAT work
(``PROBE_WORK``, deterministic time, so that a loaded machine does not change the decision),
a core-based search (race.py) on the exact Boolean form of the breaks tries to prove more
than ``k`` breaks unavoidable:

- when it does, the question is refuted and the instance is one where core-based search is
  the right tool: the caller hands over to the race at once. On ticf-13crafb the core proves
  ``breaks >= 2`` within 1.0 units of work (0.9 s) where the split needs 3.5 s of both cores
  to refute the question, and the race, which finds its 3-break schedule, starts about 4 s
  earlier;
- when it does not, the split goes on alone, having shared the cores for about a second: on
  forum-13crafc and ticf-13crafc the core-based bound stays at 0 for 15 s, and the split finds
  their 1-break schedule. The split, being complete, may then take longer than the first
  ascent's share (ascent.py ``split_deadline``).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from ortools.sat.python import cp_model

from wafd.schedule.race import CORE_ONE, ONE_WORKER

PROBE_WORK = 1.0
"""CP-SAT deterministic time: ticf-13crafb's bound reaches 2 within 1.0, forum-13crafb's 5;
ticf-13crafc's stays at 0 until 4."""
PROBE_SOLVER = f"{CORE_ONE} {ONE_WORKER} max_deterministic_time: {PROBE_WORK}"

MakeSolver = Callable[[float, str], cp_model.CpSolver]


class CoreProbe:
    """Core-based search on ``exact`` (equal to ``expr``, posted on ``base``, a copy of the
    model: race.Forms) from ``expr >= k``; stops as soon as it proves ``expr > k``
    (``refuted``), or when ``stop`` is called."""

    def __init__(
        self,
        base: cp_model.CpModel,
        expr: cp_model.LinearExprT,
        exact: cp_model.LinearExprT,
        k: int,
        make_solver: MakeSolver,
    ) -> None:
        self.model = base.clone()
        self.model.clear_objective()  # type: ignore[no-untyped-call]
        self.model.clear_hints()  # type: ignore[no-untyped-call]
        self.model.add(expr >= k)
        self.model.minimize(exact)
        self.k, self.bound = k, k
        self.make_solver = make_solver
        self.solver: cp_model.CpSolver | None = None
        self.stopped = False
        self.lock = threading.Lock()

    @property
    def refuted(self) -> bool:
        return self.bound > self.k

    def run(self, deadline: float, on_refuted: Callable[[], None]) -> None:
        """Search until ``deadline`` or ``PROBE_WORK``; call ``on_refuted`` once when the
        question is refuted."""
        with self.lock:
            if self.stopped:
                return
            seconds = max(deadline - time.perf_counter(), 0.05)
            self.solver = self.make_solver(seconds, PROBE_SOLVER)

        def on_bound(bound: float) -> None:
            if round(bound) > self.bound:
                self.bound = round(bound)
                assert self.solver is not None
                self.solver.stop_search()

        self.solver.best_bound_callback = on_bound
        self.solver.solve(self.model)
        if self.refuted:
            on_refuted()

    def stop(self) -> None:
        with self.lock:
            self.stopped = True
            if self.solver is not None:
                self.solver.stop_search()
