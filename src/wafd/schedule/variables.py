"""The CP-SAT decision variables shared by every constraint and objective term.

One Boolean ``x[t][(s, v)]`` per task ``t``, admissible start ``s`` and venue ``v`` (a time-indexed,
start-Boolean formulation). Domain rules (days, availability, fixed starts, sessions) are applied
while creating them, so an inadmissible placement has no variable at all. Everything else is
derived from these Booleans: ``placed[t]`` is their sum, ``busy[p, s]`` says participant ``p`` is
in a meeting at slot ``s``. With unit durations this is exactly the participant-by-slot view of
the B2B literature; with longer meetings the same Booleans cover several slots each.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from ortools.sat.python import cp_model

from wafd.schedule.problem import Problem

Admits = Callable[[Problem, int, int, int], bool]
"""A domain rule: may task ``t`` start at slot ``s`` in venue ``v``?"""

Placement = tuple[int, int, cp_model.IntVar]
"""(task, venue, Boolean) of one candidate placement."""


@dataclass(slots=True)
class ModelVars:
    """The model under construction plus the variables constraints and terms refer to.

    ``occupying[p, s]`` lists the placements that put participant ``p`` in a meeting at slot
    ``s``; ``hosting[v, s]`` those that use venue ``v`` at slot ``s``. ``busy`` is filled by the
    one-at-a-time constraint, ``breaks`` by the breaks term; both are cached here so that the
    fairness constraint and the objective share the same variables.
    """

    problem: Problem
    model: cp_model.CpModel
    x: list[dict[tuple[int, int], cp_model.IntVar]]
    placed: list[cp_model.LinearExprT]
    occupying: dict[tuple[int, int], list[Placement]]
    hosting: dict[tuple[int, int], list[cp_model.IntVar]]
    busy: dict[tuple[int, int], cp_model.IntVar] = field(default_factory=dict)
    breaks: dict[int, cp_model.IntVar] = field(default_factory=dict)
    compact: dict[int, cp_model.IntVar] = field(default_factory=dict)
    """``compact[p]``: participant ``p`` has no break (set by the contiguity windows)."""

    @classmethod
    def build(cls, problem: Problem, rules: list[Admits]) -> ModelVars:
        model = cp_model.CpModel()
        x: list[dict[tuple[int, int], cp_model.IntVar]] = []
        placed: list[cp_model.LinearExprT] = []
        occupying: dict[tuple[int, int], list[Placement]] = defaultdict(list)
        hosting: dict[tuple[int, int], list[cp_model.IntVar]] = defaultdict(list)
        for t, task in enumerate(problem.tasks):
            choices: dict[tuple[int, int], cp_model.IntVar] = {}
            for s in range(problem.n_slots):
                for v in task.venues:
                    if all(rule(problem, t, s, v) for rule in rules):
                        var = model.new_bool_var(f"x{t}_{s}_{v}")
                        choices[s, v] = var
                        for slot in range(s, s + task.duration):
                            hosting[v, slot].append(var)
                            for p in task.participants:
                                occupying[p, slot].append((t, v, var))
            x.append(choices)
            if len(choices) > 1:
                # A linear equality, not an at-most-one: CP-SAT's default linearization keeps
                # linear constraints in its LP, so the value bound stays below the total value.
                is_placed = model.new_bool_var(f"placed{t}")
                model.add(sum(choices.values()) == is_placed)
                placed.append(is_placed)
            else:
                placed.append(sum(choices.values()) if choices else 0)
        return cls(problem, model, x, placed, dict(occupying), dict(hosting))

    def start_expr(self, t: int) -> cp_model.LinearExprT:
        """Start slot of task ``t`` when placed (0 when not)."""
        return sum(s * var for (s, _), var in self.x[t].items())

    def busy_at(self, p: int, slot: int) -> cp_model.IntVar | int:
        """Participant ``p`` is in a meeting at ``slot`` (0 when nothing can be there)."""
        return self.busy.get((p, slot), 0)
