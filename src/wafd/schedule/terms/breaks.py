"""Breaks: groups of idle slots between two consecutive meetings of a participant on one day.

Only the busy pattern of a participant matters. ``later[p, s]`` says the participant is busy at
``s`` or later that day (a chain of Booleans); ``gap[p, s]`` marks the first idle slot of a break:
busy at ``s - 1``, idle at ``s``, busy later. Breaks are the sum of the gaps. Every definition
is an equivalence, so the count is exact (fairness bounds breaks from both sides), and a schedule
without breaks sets every gap to false: the objective is a plain sum of Booleans whose optimum is
often 0, which suits CP-SAT's core-based search (as in MaxSAT). Idle time before the first or
after the last meeting of the day is not a break. Travel slots count as idle.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import pairwise

from ortools.sat.python import cp_model

from wafd.schedule.problem import Problem, Solution
from wafd.schedule.variables import ModelVars


def breaks_var(mv: ModelVars, p: int) -> cp_model.IntVar:
    """The (cached) number of breaks of participant ``p`` over all days."""
    if p not in mv.breaks:
        mv.breaks[p] = _define(mv, p)
    return mv.breaks[p]


def expression(mv: ModelVars) -> cp_model.LinearExprT:
    weights = mv.problem.break_weight
    return sum(weights[p] * breaks_var(mv, p) for p in counted(mv.problem))


def boolean_forms(
    mv: ModelVars, most: int | None
) -> tuple[cp_model.LinearExpr, cp_model.LinearExpr] | None:
    """Two objectives over Booleans for core-based search: (broken, exact).

    ``exact`` equals ``expression``: per participant ``not compact[p] + extra[p]``, where
    ``extra[p]`` counts the breaks after the first (at most ``most - 1``, ``most`` being a cap
    on anybody's breaks, e.g. fairness). ``broken`` counts the participants with a break
    (weighted): the breaks themselves where nobody breaks twice. Core-based search finds cores
    of participants who cannot all be compact; on these forms it proves the B2B optima far
    faster than on the integer sum (docs/benchmarks.md).
    None unless every counted participant has a window view (``compact``, windows.py).
    """
    people = counted(mv.problem)
    if not people or any(p not in mv.compact for p in people):
        return None
    weights, model = mv.problem.break_weight, mv.model
    broken: list[cp_model.LinearExprT] = []
    exact: list[cp_model.LinearExprT] = []
    for p in people:
        count = breaks_var(mv, p)
        top = _upper(model, count) if most is None else min(_upper(model, count), most)
        extra = model.new_int_var(0, max(top - 1, 0), f"extra_breaks{p}")
        model.add(count == 1 - mv.compact[p] + extra)
        broken.append(weights[p] * mv.compact[p].Not())
        exact.extend((weights[p] * mv.compact[p].Not(), weights[p] * extra))
    return cp_model.LinearExpr.sum(broken), cp_model.LinearExpr.sum(exact)


def _upper(model: cp_model.CpModel, var: cp_model.IntVar) -> int:
    domain = model.proto.variables[var.index].domain  # no negative indexing on this container
    return int(domain[len(domain) - 1])


def evaluate(problem: Problem, solution: Solution) -> int:
    per = per_participant(problem, solution)
    return sum(problem.break_weight[p] * per[p] for p in counted(problem))


def per_participant(problem: Problem, solution: Solution) -> list[int]:
    """Breaks of every participant in a finished schedule."""
    busy: dict[int, set[int]] = defaultdict(set)
    for t, start in enumerate(solution.starts):
        if start is not None and 0 <= start <= problem.n_slots - problem.tasks[t].duration:
            for p in problem.tasks[t].participants:
                busy[p].update(range(start, start + problem.tasks[t].duration))
    result = [0] * problem.n_participants
    for p, slots in busy.items():
        ordered = sorted(slots)
        result[p] = sum(
            1
            for before, slot in pairwise(ordered)
            if slot > before + 1 and problem.slot_day[slot] == problem.slot_day[before]
        )
    return result


def counted(problem: Problem) -> list[int]:
    """Participants whose breaks count: a positive weight and at least one task."""
    with_tasks = {p for task in problem.tasks for p in task.participants}
    return [p for p in sorted(with_tasks) if problem.break_weight[p] > 0]


def _define(mv: ModelVars, p: int) -> cp_model.IntVar:
    model, problem = mv.model, mv.problem
    days: dict[int, list[int]] = defaultdict(list)
    for s in range(problem.n_slots):
        days[problem.slot_day[s]].append(s)
    gaps: list[cp_model.IntVar] = []
    for slots in days.values():
        busy = [mv.busy_at(p, s) for s in slots]
        later = _later(model, busy, f"{p}_{slots[0]}")
        for i in range(1, len(slots) - 1):
            before, now, rest = busy[i - 1], busy[i], later[i + 1]
            if isinstance(before, int) or isinstance(rest, int):
                continue  # never busy before, or never busy after: no break can start here
            gap = model.new_bool_var(f"gap{p}_{slots[i]}")
            model.add_bool_or(
                [before.Not(), rest.Not(), gap] + ([] if isinstance(now, int) else [now])
            )
            model.add_implication(gap, before)
            model.add_implication(gap, rest)
            if not isinstance(now, int):
                model.add_implication(gap, now.Not())
            gaps.append(gap)
    breaks = model.new_int_var(0, max(len(gaps), 0), f"breaks{p}")
    model.add(breaks == sum(gaps))
    return breaks


def _later(
    model: cp_model.CpModel, busy: list[cp_model.IntVar | int], name: str
) -> list[cp_model.IntVar | int]:
    """``later[i]``: busy at slot ``i`` or after it on the same day (exact, as a chain)."""
    later: list[cp_model.IntVar | int] = [0] * (len(busy) + 1)
    for i in range(len(busy) - 1, -1, -1):
        now, rest = busy[i], later[i + 1]
        if isinstance(now, int) and isinstance(rest, int):
            continue
        if isinstance(now, int) or isinstance(rest, int):
            later[i] = rest if isinstance(now, int) else now
            continue
        var = model.new_bool_var(f"later{name}_{i}")
        model.add_implication(now, var)
        model.add_implication(rest, var)
        model.add_bool_or([var.Not(), now, rest])
        later[i] = var
    return later
