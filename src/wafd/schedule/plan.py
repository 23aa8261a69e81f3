"""``schedule_mission``: the one function behind ``wafd schedule``, the web view and the demo.

Compile, solve (CP-SAT or the greedy baseline), and when the hard constraints cannot all hold,
explain the smallest conflict, soften the ``must`` visits caught in it (they are then reported
as unscheduled with the conflict as the reason) and solve again. Planned meetings stay hard:
if they alone conflict, the result is ``infeasible`` with the explanation and no meetings.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Literal

from wafd.model import Mission, Schedule, UnscheduledRequest
from wafd.schedule import clock
from wafd.schedule.checker import find_violations
from wafd.schedule.compile import CompiledMission, compile_mission
from wafd.schedule.conflict_text import describe_conflict
from wafd.schedule.explain import minimal_conflict
from wafd.schedule.greedy import solve_greedy
from wafd.schedule.notices import Notice
from wafd.schedule.objectives import Objectives
from wafd.schedule.output import build_schedule
from wafd.schedule.problem import Problem, Solution
from wafd.schedule.progress import ProgressCallback
from wafd.schedule.reasons import unscheduled_requests
from wafd.schedule.size import refuse_oversized
from wafd.schedule.solver import SolverSettings, solve

Mode = Literal["optimal", "greedy"]
MAX_SOFTENING_ROUNDS = 5
LEAST_SEARCH = 0.1
"""Seconds any search is given even when compiling used up the time limit."""


@dataclass(frozen=True, slots=True)
class ScheduleResult:
    """A schedule with the solver's verdict, the proof of quality and what could not be done."""

    schedule: Schedule
    status: str
    objective: dict[str, int]
    bound: dict[str, int]
    unscheduled: tuple[UnscheduledRequest, ...]
    seconds: float
    conflicts: tuple[Notice, ...] = ()
    issues: tuple[Notice, ...] = ()

    def gap(self, level: str) -> float | None:
        """Relative distance between what was found at one objective level and its proven
        bound, 0 when proven optimal; the same formula serves maximised value (found below the
        bound) and minimised breaks (found above it)."""
        found, bound = self.objective.get(level), self.bound.get(level)
        if found is None or bound is None:
            return None
        worse = max(abs(found), abs(bound))
        return abs(found - bound) / worse if worse else 0.0


@dataclass(frozen=True, slots=True)
class SolveOptions:
    mode: Mode = "optimal"
    time_limit: float = 30.0
    on_progress: ProgressCallback | None = None
    objectives: Objectives | None = None
    hint: Solution | None = None
    seed: int | None = None
    """Makes the search reproducible (see ``SolverSettings.seed``)."""
    deadline: float | None = None
    """``clock.now()`` by which solving, softening and explaining must be done."""

    def remaining(self) -> float:
        """Seconds left before the deadline (the whole ``time_limit`` without one)."""
        if self.deadline is None:
            return self.time_limit
        return max(self.deadline - clock.now(), LEAST_SEARCH)


def _solve(problem: Problem, options: SolveOptions) -> Solution:
    """CP-SAT (or greedy); never worse than greedy when CP-SAT comes back empty-handed.

    On a loaded machine CP-SAT may spend a short time limit in presolve and return no schedule
    at all; the greedy baseline's, if the checker accepts it, is then the honest answer. A
    schedule the checker accepts also proves the hard constraints can hold, so it overrules an
    "infeasible" verdict rather than leaving organisers with nothing.
    """
    if options.mode == "greedy":
        return solve_greedy(problem)
    solution = solve(
        problem,
        objectives=options.objectives,
        time_limit=options.remaining(),
        on_progress=options.on_progress,
        hint=options.hint,
        settings=SolverSettings(seed=options.seed),
    )
    if solution.status not in ("unknown", "infeasible"):
        return solution
    baseline = solve_greedy(problem)
    if find_violations(problem, baseline):
        return solution
    return replace(baseline, status="feasible", seconds=solution.seconds + baseline.seconds)


def _soften(compiled: CompiledMission, core: list[int]) -> CompiledMission | None:
    """The compiled mission with the requested ``must`` visits of ``core`` made soft."""
    soft = [t for t in core if compiled.origins[t].planned is None]
    if not soft:
        return None
    tasks = tuple(
        replace(task, required=False) if t in soft else task
        for t, task in enumerate(compiled.problem.tasks)
    )
    return replace(compiled, problem=replace(compiled.problem, tasks=tasks))


def solve_compiled(
    compiled: CompiledMission, options: SolveOptions
) -> tuple[CompiledMission, Solution, list[tuple[Notice, list[int]]]]:
    """Solve, softening conflicting ``must`` visits until the rest is possible.

    Returns the (possibly softened) compiled mission, the solution and each conflict found with
    the tasks it involves. With a seed, every step stops on the work clock (clock.py).
    """
    conflicts: list[tuple[Notice, list[int]]] = []
    with clock.work_clock(options.seed is not None):
        solution = _solve(compiled.problem, options)
        for _ in range(MAX_SOFTENING_ROUNDS):
            if solution.status != "infeasible":
                break
            if options.deadline is not None and clock.now() >= options.deadline:
                break
            core = minimal_conflict(compiled.problem, deadline=options.deadline)
            if not core:
                break
            conflicts.append((describe_conflict(compiled, core), core))
            softer = _soften(compiled, core)
            if softer is None:
                break
            compiled = softer
            solution = _solve(compiled.problem, options)
    return compiled, solution, conflicts


def schedule_mission(
    mission: Mission,
    *,
    mode: Mode = "optimal",
    time_limit: float = 30.0,
    on_progress: ProgressCallback | None = None,
    language: str = "en",
    seed: int | None = None,
) -> ScheduleResult:
    """Schedule ``mission``; see the module docstring. With ``seed``, the same mission gives
    the same schedule.

    ``time_limit`` bounds the whole call: the model's size is estimated first (a model too
    large to build raises ``ModelTooLargeError``), then compiling, solving, softening conflicts and
    explaining unscheduled requests all share the one deadline: with ``seed``, one on the work
    clock (clock.py), which compiling does not move.
    """
    with clock.work_clock(seed is not None):
        deadline = clock.now() + time_limit
        refuse_oversized(mission)
        compiled = compile_mission(mission)
        options = SolveOptions(
            mode=mode, time_limit=time_limit, on_progress=on_progress, deadline=deadline, seed=seed
        )
        compiled, solution, conflicts = solve_compiled(compiled, options)
        explained = {t: notice for notice, core in conflicts for t in core}
        unscheduled = unscheduled_requests(compiled, solution, language, explained, deadline)
    schedule = build_schedule(compiled, solution, unscheduled, created=datetime.now(UTC))
    return ScheduleResult(
        schedule=schedule,
        status=solution.status,
        objective=dict(solution.objective),
        bound=dict(solution.bound),
        unscheduled=tuple(unscheduled),
        seconds=solution.seconds,
        conflicts=tuple(notice for notice, _ in conflicts),
        issues=compiled.issues,
    )
