"""A participant is in at most one meeting at a time, and has time to travel between venues.

Model: ``busy[p, s]`` is a Boolean equal to the number of ``p``'s placements covering slot ``s``
(its 0..1 domain is the constraint). Travel: a meeting of ``p`` ending at slot ``s`` in venue
``u`` and one starting at ``s + k`` in venue ``w`` exclude each other when ``k`` is within the
travel time ``travel[u][w]`` on the same day (travel between days happens overnight). Every
pair of ``p``'s meetings is constrained, not only consecutive ones, so model and checker agree
even when travel times break the triangle inequality.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict

from ortools.sat.python import cp_model

from wafd.schedule.constraints.base import RelationRule, placed_tasks, venue_of
from wafd.schedule.problem import Problem, Solution
from wafd.schedule.variables import ModelVars
from wafd.schedule.violations import Violation

TRAVEL_LOOKAHEAD = 64


class OneAtATime(RelationRule):
    name = "one_at_a_time"

    def post(self, mv: ModelVars) -> None:
        for (p, slot), placements in mv.occupying.items():
            busy = mv.model.new_bool_var(f"busy{p}_{slot}")
            mv.model.add(busy == sum(var for _, _, var in placements))
            mv.busy[p, slot] = busy
        if any(d > 0 for row in mv.problem.travel for d in row):
            self._post_travel(mv)

    def _post_travel(self, mv: ModelVars) -> None:
        problem = mv.problem
        ends: dict[tuple[int, int, int], list[cp_model.IntVar]] = defaultdict(list)
        starts: dict[tuple[int, int, int], list[cp_model.IntVar]] = defaultdict(list)
        for t, task in enumerate(problem.tasks):
            for (s, v), var in mv.x[t].items():
                for p in task.participants:
                    ends[p, s + task.duration - 1, v].append(var)
                    starts[p, s, v].append(var)
        for (p, end, u), before in ends.items():
            for w, gap in enumerate(problem.travel[u]):
                for k in range(1, gap + 1):
                    nxt = end + k
                    if nxt >= problem.n_slots or problem.slot_day[nxt] != problem.slot_day[end]:
                        break
                    after = starts.get((p, nxt, w), [])
                    if after:
                        mv.model.add(sum(before) + sum(after) <= 1)

    def check(self, problem: Problem, solution: Solution) -> list[Violation]:
        """Each clash once: meetings that overlap as one group, travel gaps per pair.

        A participant's meetings are swept in order of start, so a schedule in which 5,000
        meetings share one hour yields one violation naming them all (in time n log n), not
        12.5 million pairs; participants who share the same clash are reported together.
        """
        per_participant: dict[int, list[int]] = defaultdict(list)
        for t in placed_tasks(problem, solution):
            for p in problem.tasks[t].participants:
                per_participant[p].append(t)
        clashes: dict[tuple[int, ...], tuple[str, list[int]]] = {}
        for p, tasks in sorted(per_participant.items()):
            for group, message in self._clashes(problem, solution, tasks):
                clashes.setdefault(group, (message, []))[1].append(p)
        return [
            Violation(self.name, message, group, tuple(people))
            for group, (message, people) in clashes.items()
        ]

    def _clashes(
        self, problem: Problem, solution: Solution, tasks: list[int]
    ) -> list[tuple[tuple[int, ...], str]]:
        starts = [solution.starts[t] or 0 for t in range(len(problem.tasks))]
        tasks = sorted(tasks, key=lambda t: (starts[t], t))
        ends = {t: starts[t] + problem.tasks[t].duration - 1 for t in tasks}
        found: list[tuple[tuple[int, ...], str]] = []
        group: list[int] = []
        reach = -1
        for t in [*tasks, -1]:
            if t >= 0 and starts[t] <= reach:
                group.append(t)
                reach = max(reach, ends[t])
                continue
            if len(group) > 1:
                ids = ", ".join(problem.tasks[u].id for u in group)
                found.append((tuple(sorted(group)), f"tasks {ids} overlap"))
            group, reach = ([t], ends[t]) if t >= 0 else ([], -1)
        if any(d > 0 for row in problem.travel for d in row):
            found += self._travel_gaps(problem, solution, tasks, starts, ends)
        return found

    def _travel_gaps(
        self,
        problem: Problem,
        solution: Solution,
        tasks: list[int],
        starts: list[int],
        ends: dict[int, int],
    ) -> list[tuple[tuple[int, ...], str]]:
        """Pairs that do not overlap but leave less than the travel time between them.

        Only the next ``TRAVEL_LOOKAHEAD`` meetings after each one are compared: more than
        that starting within one travel time means they overlap, which is reported above.
        """
        longest = max(max(row) for row in problem.travel)
        order = [starts[t] for t in tasks]
        found: list[tuple[tuple[int, ...], str]] = []
        for a in tasks:
            first = bisect_right(order, ends[a])
            for b in tasks[first : first + TRAVEL_LOOKAHEAD]:
                if starts[b] - ends[a] > longest:
                    break
                message = self._conflict(problem, solution, a, b)
                if message:
                    found.append(((min(a, b), max(a, b)), message))
        return found

    def _conflict(self, problem: Problem, solution: Solution, a: int, b: int) -> str | None:
        sa, sb = solution.starts[a], solution.starts[b]
        assert sa is not None
        assert sb is not None
        if sb < sa:
            a, b, sa, sb = b, a, sb, sa
        ea = sa + problem.tasks[a].duration - 1
        ida, idb = problem.tasks[a].id, problem.tasks[b].id
        if sb <= ea:
            return f"tasks {ida} and {idb} overlap at slot {sb}"
        if problem.slot_day[ea] != problem.slot_day[sb]:
            return None
        va = venue_of(problem, solution, a)
        vb = venue_of(problem, solution, b)
        needed = problem.travel[va][vb]
        if sb - ea <= needed:
            return (
                f"tasks {ida} and {idb}: {sb - ea - 1} slot(s) between them,"
                f" {needed} needed to travel"
            )
        return None
