"""Contiguity windows: a participant without breaks is busy in exactly one window of slots.

When all of a participant's meetings are required and the problem has one day, the number of
slots it is busy is known (``load``). Without breaks its busy slots are then one window of
``load`` consecutive slots, and there are only a few such windows. A Boolean ``compact[p]``
says the participant has no break, and one Boolean per admissible window says where it lies:
the window's slots are busy, and a busy slot of a compact participant lies in its window.

This does not change the solutions, but it lets the SAT search reason about whole days at
once: choosing a compact participant's first slot fixes every slot of its day, and questions
such as ``breaks <= 0`` become a choice of one window per participant. On the published B2B
instances it replaced an all-different integer view that made those questions three times
slower (see docs/benchmarks.md).
"""

from __future__ import annotations

from wafd.schedule.terms import breaks
from wafd.schedule.variables import ModelVars


def post_window_view(mv: ModelVars) -> None:
    problem, model = mv.problem, mv.model
    if problem.n_days != 1:
        return
    counted = set(breaks.counted(problem))
    for p, tasks in enumerate(problem.tasks_of()):
        if p not in counted or not all(problem.tasks[t].required for t in tasks):
            continue
        load = sum(problem.tasks[t].duration for t in tasks)
        busy = [mv.busy_at(p, s) for s in range(problem.n_slots)]
        windows = {
            first: model.new_bool_var(f"window{p}_{first}")
            for first in range(problem.n_slots - load + 1)
            if not any(isinstance(b, int) for b in busy[first : first + load])
        }
        compact = model.new_bool_var(f"compact{p}")
        mv.compact[p] = compact
        count = breaks.breaks_var(mv, p)
        model.add(count == 0).only_enforce_if(compact)
        model.add(count >= 1).only_enforce_if(compact.Not())
        model.add(sum(windows.values()) == compact)
        for first, window in windows.items():
            for now in busy[first : first + load]:
                assert not isinstance(now, int)
                model.add_implication(window, now)
        for s, now in enumerate(busy):
            if isinstance(now, int):
                continue
            covering = [w for first, w in windows.items() if first <= s < first + load]
            model.add_bool_or([now.Not(), compact.Not(), *covering])
