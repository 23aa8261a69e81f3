"""Required tasks (``must`` meetings made hard, every meeting of a B2B benchmark) are placed."""

from __future__ import annotations

from wafd.schedule.constraints.base import RelationRule
from wafd.schedule.problem import Problem, Solution
from wafd.schedule.variables import ModelVars
from wafd.schedule.violations import Violation


class Required(RelationRule):
    name = "required"

    def post(self, mv: ModelVars) -> None:
        for t, task in enumerate(mv.problem.tasks):
            if task.required:
                mv.model.add(mv.placed[t] == 1)

    def check(self, problem: Problem, solution: Solution) -> list[Violation]:
        return [
            Violation(self.name, f"required task {task.id} is not placed", (t,), task.participants)
            for t, task in enumerate(problem.tasks)
            if task.required and solution.starts[t] is None
        ]
