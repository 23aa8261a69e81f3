"""A task listed in another's ``after`` ends before that one starts, when both take place."""

from __future__ import annotations

from ortools.sat.python import cp_model

from wafd.schedule.constraints.base import RelationRule
from wafd.schedule.problem import Problem, Solution
from wafd.schedule.variables import ModelVars
from wafd.schedule.violations import Violation


class Precedence(RelationRule):
    name = "precedence"

    def post(self, mv: ModelVars) -> None:
        for t, task in enumerate(mv.problem.tasks):
            for a in task.after:
                if not mv.x[t] or not mv.x[a]:
                    continue  # one of them can never take place
                duration = mv.problem.tasks[a].duration
                both = [
                    lit
                    for lit in (_placed_literal(mv, t), _placed_literal(mv, a))
                    if lit is not None
                ]
                mv.model.add(mv.start_expr(t) >= mv.start_expr(a) + duration).only_enforce_if(both)

    def check(self, problem: Problem, solution: Solution) -> list[Violation]:
        found = []
        for t, task in enumerate(problem.tasks):
            start = solution.starts[t]
            for a in task.after:
                before = solution.starts[a]
                if start is None or before is None:
                    continue
                if before + problem.tasks[a].duration > start:
                    message = f"task {problem.tasks[a].id} must end before {task.id} starts"
                    people = sorted(set(task.participants) | set(problem.tasks[a].participants))
                    found.append(Violation(self.name, message, (a, t), tuple(people)))
        return found


def _placed_literal(mv: ModelVars, t: int) -> cp_model.IntVar | None:
    """A Boolean true exactly when task ``t`` is placed (None when it is required)."""
    if mv.problem.tasks[t].required:
        return None
    placed = mv.model.new_bool_var(f"placed{t}")
    mv.model.add(mv.placed[t] == placed)
    return placed
