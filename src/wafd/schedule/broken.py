"""Answer "at most k breaks" by asking, participant by participant, "only p has breaks".

When the budget ``k`` is too small for two participants to have a break (weights are at least
1, so on the B2B instances: ``k = 1``), a schedule within it has at most one broken participant.
The question then splits into one sub-question per participant ``p``: every other participant
is compact (``compact[q]``, see windows.py) and the budget holds. This is a complete case split:
a "yes" to any sub-question answers the question, "no" to all of them refutes it.

Why it pays: with every window but one fixed to "compact", CP-SAT's presolve (probing) settles
most sub-questions in a tenth of a second, and the few left are small. Asked as one question,
the clause-learning search has to discover which participant breaks, and does not within 20 s
on forum-13crafc and ticf-13crafc (published optimum 1), where this split finds the schedule in
2-3 s. Participants with the most meetings go first: they are the hardest to keep compact, and
on both instances the broken participant of the schedules found is among the first five.

Sub-questions run on ``parallel`` threads of one CP-SAT worker each, without the LP (with it,
no sub-question of forum-13crafc was answered in 1.5 s; without it the schedule comes in 1 s).
A first pass gives each at most ``FIRST_PASS_SECONDS``; those still open share the remaining
time in a second pass.
"""

from __future__ import annotations

import contextvars
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from ortools.sat.python import cp_model

from wafd.schedule import clock
from wafd.schedule.probe import CoreProbe
from wafd.schedule.terms import breaks
from wafd.schedule.variables import ModelVars

FIRST_PASS_SECONDS = 1.5
ONE_WORKER = "num_workers: 1 linearization_level: 0"

MakeSolver = Callable[[float, str], cp_model.CpSolver]


def splits(mv: ModelVars, budget: int) -> bool:
    """Whether the question ``breaks <= budget`` can be split by broken participant: at most
    one participant can break within the budget and every counted participant has a window
    view (so "compact" is one literal)."""
    counted = breaks.counted(mv.problem)
    if not counted or any(p not in mv.compact for p in counted):
        return False
    weights = sorted(mv.problem.break_weight[p] for p in counted)
    return budget > 0 and (len(weights) < 2 or budget < weights[0] + weights[1])


def candidates(mv: ModelVars) -> list[int]:
    """Participants in the order they are tried: most meeting slots first."""
    problem = mv.problem
    load = {
        p: sum(problem.tasks[t].duration for t in tasks)
        for p, tasks in enumerate(problem.tasks_of())
    }
    return sorted(mv.compact, key=lambda p: (-load[p], p))


def answer_by_broken_participant(
    mv: ModelVars,
    question: cp_model.CpModel,
    deadline: float,
    make_solver: MakeSolver,
    parallel: int,
    probe: CoreProbe | None = None,
) -> tuple[cp_model.CpSolver | None, cp_model.CpSolverStatus]:
    """The solver of a sub-question answered "yes" (FEASIBLE), or None with INFEASIBLE when
    every sub-question is refuted (or the ``probe`` refuted the question: see probe.py), or
    UNKNOWN when time ran out first.

    ``question`` is a clone of ``mv.model`` with the budget posted (same variable indices).
    """
    search = _Search(mv, question, make_solver)
    with ThreadPoolExecutor(max_workers=1) as side:
        if probe is not None:
            side.submit(probe.run, deadline, search.stop)
        try:
            open_ = search.run(candidates(mv), lambda _: FIRST_PASS_SECONDS, deadline, parallel)
            if search.found is None and open_ and not search.stopped:
                share = max(deadline - clock.now(), 0.0) / max(len(open_) / parallel, 1.0)
                open_ = search.run(open_, lambda _: share, deadline, parallel)
        finally:
            if probe is not None:
                probe.stop()
    if probe is not None and probe.refuted:
        return None, cp_model.INFEASIBLE
    if search.found is not None:
        return search.found, cp_model.FEASIBLE
    return None, cp_model.UNKNOWN if open_ else cp_model.INFEASIBLE


class _Search:
    """Sub-questions on a few threads; the first "yes" stops the others."""

    def __init__(self, mv: ModelVars, question: cp_model.CpModel, make_solver: MakeSolver):
        self.mv, self.question, self.make_solver = mv, question, make_solver
        self.found: cp_model.CpSolver | None = None
        self.stopped = False
        self.running: set[cp_model.CpSolver] = set()
        self.lock = threading.Lock()

    def stop(self) -> None:
        """Leave every sub-question open: the question was settled another way."""
        with self.lock:
            self.stopped = True
            for solver in self.running:
                solver.stop_search()

    def run(
        self,
        participants: list[int],
        seconds: Callable[[int], float],
        deadline: float,
        parallel: int,
    ) -> list[int]:
        """Ask "only p breaks" for each participant; return those left open."""
        contexts = [contextvars.copy_context() for _ in participants]  # the work clock
        with ThreadPoolExecutor(max_workers=max(parallel, 1)) as pool:
            statuses = list(
                pool.map(
                    lambda p, context: context.run(self._ask, p, seconds(p), deadline),
                    participants,
                    contexts,
                )
            )
        return [p for p, status in zip(participants, statuses, strict=True) if status is None]

    def _ask(self, p: int, seconds: float, deadline: float) -> cp_model.CpSolverStatus | None:
        budget = min(seconds, deadline - clock.now())
        if self.found is not None or self.stopped or budget <= 0.05:
            return None
        sub = self.question.clone()
        sub.clear_hints()  # type: ignore[no-untyped-call]
        for q, compact in self.mv.compact.items():
            if q != p:
                sub.add_bool_or([compact])
        solver = self.make_solver(budget, ONE_WORKER)
        with self.lock:  # stop() may have come since the check above: it could not reach it
            if self.found is not None or self.stopped:
                return None
            self.running.add(solver)
        status = clock.solve(solver, sub)
        with self.lock:
            self.running.discard(solver)
            if self.stopped:
                return None
            if status in (cp_model.OPTIMAL, cp_model.FEASIBLE) and self.found is None:
                self.found = solver
                for other in self.running:
                    other.stop_search()
        return status if status != cp_model.UNKNOWN else None
