"""One move of the large-neighbourhood search: CP-SAT re-places the meetings of a few people.

The *core* participants' tasks are freed; everybody they meet joins the sub-problem with their
other meetings fixed where they are (their breaks count, and change). The rest of the event is
reduced to what the freed tasks must respect: the tables left free in each slot, the starts
that precedences with fixed tasks still allow, and the range of breaks fairness leaves with
everybody else's breaks unchanged. The sub-problem is an ordinary Problem built by
``build_model`` (the same constraints as the full model, defined once), so any schedule it
returns, put back into the event, is valid whenever the event was.

Its objective is the event's levels as one weighted sum, in this order: required tasks that
were not placed (repair), distance to the fairness range (while greedy's schedule is unfair),
then the event's own levels. The current placement is hinted, so CP-SAT starts from it; a
move is applied only when it is at least as good.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection
from dataclasses import dataclass

from ortools.sat.python import cp_model

from wafd.schedule.hints import hint_placements
from wafd.schedule.incumbent import Incumbent
from wafd.schedule.model import build_model, term
from wafd.schedule.objectives import VALUE
from wafd.schedule.problem import Problem, Solution, Task
from wafd.schedule.terms import breaks
from wafd.schedule.variables import ModelVars

Placements = dict[int, tuple[int | None, int | None]]


@dataclass(frozen=True, slots=True)
class Move:
    placements: Placements
    improved: bool
    optimal: bool
    """The sub-problem was solved to optimality: the neighbourhood could be larger."""
    work: float
    """CP-SAT's deterministic time for the move (what a seeded search budgets)."""


@dataclass(frozen=True, slots=True)
class SubProblem:
    problem: Problem
    tasks: list[int]
    """Event task of each sub-problem task; the first ``n_free`` are the freed ones."""
    n_free: int
    people: list[int]


@dataclass(frozen=True, slots=True)
class Prepared:
    """A sub-problem with its model built, ready to be solved (in any thread)."""

    sub: SubProblem
    mv: ModelVars
    terms: list[Level]
    before: tuple[int, ...]


def prepare(
    incumbent: Incumbent, sub: SubProblem, *, moving: set[int], share: tuple[int, int] = (0, 1)
) -> Prepared:
    """Build the model of ``sub``. ``moving``: every participant any simultaneous move may
    change (fairness is judged against the others); ``share`` = (i, k): this is move ``i`` of
    ``k`` solved at once, and gets its share of the tables nobody uses."""
    mv = build_model(sub.problem)
    _post_residual_capacity(incumbent, sub, mv, share)
    terms = _levels(incumbent, sub, mv, moving)
    weighted: list[cp_model.LinearExprT] = []
    weight = 1
    for expr, sign, span in reversed(terms):
        weighted.append(sign * weight * expr)
        weight *= span + 1
    mv.model.maximize(cp_model.LinearExpr.sum(weighted))
    hint_placements(mv, _current(incumbent, sub))
    return Prepared(sub, mv, terms, _evaluate(incumbent, sub, moving, len(terms)))


def solve_prepared(prepared: Prepared, solver: cp_model.CpSolver) -> Move:
    """Solve a prepared move; its placements are empty unless it is at least as good."""
    mv, sub = prepared.mv, prepared.sub
    status = solver.solve(mv.model)
    work = solver.response_proto.deterministic_time
    optimal = status == cp_model.OPTIMAL
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return Move({}, False, False, work)
    new = tuple(sign * round(solver.value(expr)) for expr, sign, _ in prepared.terms)
    if new < prepared.before:
        return Move({}, False, optimal, work)
    placements: Placements = {}
    for i in range(sub.n_free):
        chosen = [key for key, var in mv.x[i].items() if solver.boolean_value(var)]
        placements[sub.tasks[i]] = chosen[0] if chosen else (None, None)
    return Move(placements, new > prepared.before, optimal, work)


def sub_problem(incumbent: Incumbent, core: Collection[int]) -> SubProblem | None:
    """The sub-problem freeing the tasks of ``core`` participants (None: nothing to free);
    its ``people`` are everybody whose breaks the move can change."""
    problem, facts, starts = incumbent.problem, incumbent.facts, incumbent.starts
    free = sorted(
        {t for p in core for t in facts.tasks_of[p] if problem.tasks[t].fixed_start is None}
    )
    if not free:
        return None
    people = sorted({p for t in free for p in problem.tasks[t].participants})
    freed = set(free)
    context = sorted(
        {t for p in people for t in facts.tasks_of[p] if t not in freed and starts[t] is not None}
    )
    index = {t: i for i, t in enumerate(free)}
    person = {p: i for i, p in enumerate(people)}
    tasks = [_free_task(incumbent, t, index) for t in free]
    for t in context:
        task, venue = problem.tasks[t], incumbent.venues[t]
        assert venue is not None
        tasks.append(
            Task(
                id=task.id,
                participants=tuple(person[p] for p in task.participants if p in person),
                duration=task.duration,
                value=task.value,
                required=True,
                venues=(venue,),
                fixed_start=starts[t],
                fixed_venue=venue,
            )
        )
    tasks = [
        dataclasses.replace(task, participants=tuple(person[p] for p in task.participants))
        if i < len(free) else task
        for i, task in enumerate(tasks)
    ]  # fmt: skip
    order = free + context
    previous = problem.previous
    sub = dataclasses.replace(
        problem,
        participants=tuple(problem.participants[p] for p in people),
        unavailable=tuple(problem.unavailable[p] for p in people),
        tasks=tuple(tasks),
        max_per_day=tuple(problem.max_per_day[p] for p in people),
        break_weight=tuple(problem.break_weight[p] for p in people),
        fairness=None,
        previous=None if previous is None else tuple(previous[t] for t in order),
    )
    return SubProblem(sub, order, len(free), people)


def _free_task(incumbent: Incumbent, t: int, index: dict[int, int]) -> Task:
    """Task ``t`` as a freed task: it keeps its place if it has one, may be placed if not
    (a required task left out becomes optional, the repair level rewards placing it), and
    precedences with tasks that stay put become a window of starts."""
    problem, starts = incumbent.problem, incumbent.starts
    task = problem.tasks[t]
    earliest, latest = 0, problem.n_slots - task.duration
    for a in task.after:
        if a not in index and (before := starts[a]) is not None:
            earliest = max(earliest, before + problem.tasks[a].duration)
    for u in incumbent.facts.followers[t]:
        if u not in index and (after := starts[u]) is not None:
            latest = min(latest, after - task.duration)
    allowed = task.allowed_starts
    if earliest > 0 or latest < problem.n_slots - task.duration:
        window = frozenset(range(earliest, latest + 1))
        allowed = window if allowed is None else allowed & window
    return dataclasses.replace(
        task,
        required=task.required and starts[t] is not None,
        allowed_starts=allowed,
        after=tuple(index[a] for a in task.after if a in index),
    )


def _post_residual_capacity(
    incumbent: Incumbent, sub: SubProblem, mv: ModelVars, share: tuple[int, int]
) -> None:
    """Tables used by the rest of the event are not available to the sub-problem, and the
    free ones are shared between the moves solved at once."""
    own: dict[tuple[int, int], int] = {}
    for t in sub.tasks:
        start, venue = incumbent.starts[t], incumbent.venues[t]
        if start is not None and venue is not None:
            for slot in range(start, start + incumbent.problem.tasks[t].duration):
                own[venue, slot] = own.get((venue, slot), 0) + 1
    capacity = incumbent.problem.venue_capacity
    for (v, slot), placements in mv.hosting.items():
        spare = capacity[v] - incumbent.usage[v, slot]
        i, k = share
        left = own.get((v, slot), 0) + spare // k + (1 if i < spare % k else 0)
        if len(placements) > left:
            mv.model.add(sum(placements) <= left)


Level = tuple[cp_model.LinearExprT, int, int]
"""(expression, +1 maximised / -1 minimised, largest value) of one objective level."""


def _levels(incumbent: Incumbent, sub: SubProblem, mv: ModelVars, moving: set[int]) -> list[Level]:
    problem = sub.problem
    repaired = [
        mv.placed[i]
        for i in range(sub.n_free)
        if incumbent.problem.tasks[sub.tasks[i]].required and not problem.tasks[i].required
    ]
    levels: list[Level] = [(sum(repaired), 1, len(repaired))]
    fair = incumbent.fair_range(moving)
    counted = breaks.counted(problem)
    if fair is not None and counted:
        low, high = fair
        distance: list[cp_model.IntVar] = []
        for p in counted:
            count = breaks.breaks_var(mv, p)
            over = mv.model.new_int_var(0, problem.n_slots, f"over{p}")
            under = mv.model.new_int_var(0, problem.n_slots, f"under{p}")
            mv.model.add(over >= count - high)
            mv.model.add(under >= low - count)
            distance.extend((over, under))
        levels.append((sum(distance), -1, 2 * problem.n_slots * len(counted)))
    for level in incumbent.facts.levels:
        expr = term(mv, level)
        if level == VALUE:
            levels.append((expr, 1, sum(task.value for task in problem.tasks)))
        elif level == "breaks":
            most = sum(problem.break_weight[p] * problem.n_slots for p in counted)
            levels.append((expr, -1, most))
        else:
            levels.append((expr, -1, len(problem.tasks)))
    return levels


def _current(incumbent: Incumbent, sub: SubProblem) -> Solution:
    starts = tuple(incumbent.starts[t] for t in sub.tasks)
    venues = tuple(incumbent.venues[t] for t in sub.tasks)
    return Solution(starts, venues, "feasible", {}, {}, 0.0)


def _evaluate(
    incumbent: Incumbent, sub: SubProblem, moving: set[int], n_levels: int
) -> tuple[int, ...]:
    """The objective levels of the current placement, as ``solve_neighbourhood`` reads the
    sub-problem's (in the maximised sense)."""
    problem = incumbent.problem
    scores = [0]
    fair = incumbent.fair_range(moving)
    counted = [p for p in sub.people if p in incumbent.facts.counted]
    if fair is not None and counted:
        low, high = fair
        distance = sum(
            max(0, incumbent.breaks[p] - high) + max(0, low - incumbent.breaks[p]) for p in counted
        )
        scores.append(-distance)
    for level in incumbent.facts.levels:
        if level == VALUE:
            scores.append(
                sum(problem.tasks[t].value for t in sub.tasks if incumbent.starts[t] is not None)
            )
        elif level == "breaks":
            scores.append(-sum(problem.break_weight[p] * incumbent.breaks[p] for p in counted))
        else:
            previous = problem.previous or ()
            scores.append(
                -sum(
                    1
                    for t in sub.tasks
                    if previous and previous[t] is not None and incumbent.starts[t] != previous[t]
                )
            )
    assert len(scores) == n_levels
    return tuple(scores)
