"""The integer view of a participant's day: its meetings' slots, all different, and their span.

For a participant whose meetings are all required and one slot long (every B2B benchmark),
each meeting also gets an integer slot variable; the participant's slots are all different
and lie between its first and last busy slot. The idle slots inside that span are zero exactly
when the participant has no break, so ``breaks <= idle <= n_slots * breaks``. This does not
change the solutions, but it gives CP-SAT the all-different (Hall interval) reasoning that makes
compact days propagate: once a participant without breaks has its first slot, its window is
fixed. Single-day problems only; multi-day problems and longer meetings rely on the Boolean
view alone.
"""

from __future__ import annotations

from ortools.sat.python import cp_model

from wafd.schedule.terms import breaks
from wafd.schedule.variables import ModelVars


def post_span_view(mv: ModelVars) -> None:
    problem, model = mv.problem, mv.model
    if problem.n_days != 1:
        return
    slot: dict[int, cp_model.IntVar] = {}
    for t, task in enumerate(problem.tasks):
        starts = sorted({s for s, _ in mv.x[t]})
        if task.duration == 1 and task.required and starts:
            slot[t] = model.new_int_var_from_domain(cp_model.Domain.from_values(starts), f"at{t}")
            model.add(slot[t] == mv.start_expr(t))
    for p, tasks in enumerate(problem.tasks_of()):
        if len(tasks) < 2 or any(t not in slot for t in tasks):
            continue
        mine = [slot[t] for t in tasks]
        model.add_all_different(mine)
        if problem.break_weight[p] == 0:
            continue
        first = model.new_int_var(0, problem.n_slots - 1, f"first{p}")
        last = model.new_int_var(0, problem.n_slots - 1, f"last{p}")
        model.add_min_equality(first, mine)
        model.add_max_equality(last, mine)
        idle = model.new_int_var(0, problem.n_slots, f"idle{p}")
        model.add(idle == last - first + 1 - len(tasks))
        count = breaks.breaks_var(mv, p)
        model.add(count <= idle)
        model.add(idle <= problem.n_slots * count)
