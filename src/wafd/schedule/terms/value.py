"""Placed value: the sum of the values of the tasks that take place (maximised)."""

from __future__ import annotations

from ortools.sat.python import cp_model

from wafd.schedule.problem import Problem, Solution
from wafd.schedule.variables import ModelVars


def expression(mv: ModelVars) -> cp_model.LinearExprT:
    return sum(task.value * mv.placed[t] for t, task in enumerate(mv.problem.tasks))


def evaluate(problem: Problem, solution: Solution) -> int:
    return sum(
        task.value
        for task, start in zip(problem.tasks, solution.starts, strict=True)
        if start is not None
    )


def upper_bound(problem: Problem) -> int:
    return sum(task.value for task in problem.tasks)
