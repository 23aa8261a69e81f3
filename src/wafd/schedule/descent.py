"""A fast descent on breaks for one-slot meetings: single meetings moved or swapped in Python.

A CP-SAT move (neighbourhood.py) costs a tenth of a second or more, and on a 1,000-participant
event the first thousand breaks need thousands of them. Most of those breaks go with a single
change: one meeting moved to a slot where both people are free (closing a gap, or extending a
day at its edge), or two meetings of one participant exchanging slots (the participant's day is
unchanged, the partners' days improve). Each participant's day is a bit mask of busy slots, so
a candidate is judged in a few integer operations; the descent tries every move of the
meetings of a participant with a break and takes the best one that does not add breaks.

Fairness is kept move by move: nobody's breaks leave ``[floor, floor + d]`` (``floor`` the
fewest breaks anybody has; 0 where fairness is a cap), and somebody already outside it never
gets further out; so are precedences (a chain that would put a meeting before one it follows
is not taken). Meetings with fixed starts stay put; the descent applies to one-slot meetings
at one venue (``applies``).
"""

from __future__ import annotations

import random
import time

from wafd.schedule.constraints import DOMAIN_RULES
from wafd.schedule.incumbent import Incumbent

STALL = 2000
"""Steps without a new best after which the descent starts kicking (see ``run``)."""
KICK = 50
REFRESH = 200
"""Steps between recounts of who has breaks (moves only ever lower the total)."""
CHAIN = 40
"""Longest chain of meetings swapping two slots that a move may take."""


def applies(incumbent: Incumbent) -> bool:
    problem = incumbent.problem
    return len(problem.venue_names) == 1 and all(task.duration == 1 for task in problem.tasks)


class Descent:
    """Busy masks, slot use and the moves; ``run`` applies them to the incumbent."""

    def __init__(self, incumbent: Incumbent) -> None:
        self.incumbent = incumbent
        problem = incumbent.problem
        self.problem = problem
        n = problem.n_slots
        self.day_starts = sum(
            1 << s for s in range(n) if s == 0 or problem.slot_day[s] != problem.slot_day[s - 1]
        )
        self.day_masks = sorted(
            {sum(1 << s for s in range(n) if problem.slot_day[s] == d) for d in problem.slot_day}
        )
        self.allowed = [
            0 if task.fixed_start is not None
            else sum(
                1 << s for s in range(n) if all(r.admits(problem, t, s, 0) for r in DOMAIN_RULES)
            )
            for t, task in enumerate(problem.tasks)
        ]  # fmt: skip
        self.busy = [0] * problem.n_participants
        for t, start in enumerate(incumbent.starts):
            if start is not None:
                for p in problem.tasks[t].participants:
                    self.busy[p] |= 1 << start
        self.capacity = problem.venue_capacity[0]
        self.at: list[dict[int, int]] = [{} for _ in range(n)]
        for t, start in enumerate(incumbent.starts):
            if start is not None:
                for p in problem.tasks[t].participants:
                    self.at[start][p] = t
        self.per_day = problem.max_per_day
        self.followers = incumbent.facts.followers
        self.ordered = incumbent.facts.has_precedences
        self.one_day = len(self.day_masks) == 1

    def breaks(self, mask: int) -> int:
        runs = (mask & ~((mask << 1) & ~self.day_starts)).bit_count()
        if self.one_day:
            return runs - 1 if mask else 0
        return runs - sum(1 for day in self.day_masks if mask & day)

    def run(self, deadline: float, rng: random.Random, steps: int | None = None) -> int:
        """Descend until ``deadline`` (or ``steps`` steps); returns the moves applied.

        After ``STALL`` steps without a new best, one step in ``KICK`` may add a break (a
        kick out of the local minimum); the best schedule is put back at the end."""
        incumbent, applied, step, since = self.incumbent, 0, 0, 0
        broken, unfair, limits = self._broken(), incumbent.unfair(), self._limits()
        total = best_total = incumbent.weighted_breaks()
        best = list(incumbent.starts) if not unfair else None
        while broken and time.perf_counter() < deadline and (steps is None or step < steps):
            step += 1
            p = rng.choice(unfair) if unfair else rng.choice(broken)
            kick = since > STALL and since % KICK == 0
            delta = self._improve(p, rng, limits, 1 if kick else 0)
            if delta is not None:
                applied += 1
                total += delta
            if step % REFRESH == 0 or unfair:
                broken, unfair, limits = self._broken(), incumbent.unfair(), self._limits()
            if not unfair and (best is None or total < best_total):
                best, best_total, since = list(incumbent.starts), total, 0
            else:
                since += 1
        if best is not None and total > best_total:
            starts = incumbent.starts
            incumbent.move({t: (s, 0) for t, s in enumerate(best) if s != starts[t]})
        return applied

    def _broken(self) -> list[int]:
        return [p for p in self.incumbent.facts.counted if self.incumbent.breaks[p] > 0]

    def _limits(self) -> tuple[int, int] | None:
        """The fairness range. Moves never take anybody below ``floor``, so the fewest breaks
        can only rise, and a range computed a few steps ago stays safe."""
        d = self.problem.fairness
        if d is None or len(self.incumbent.facts.counted) < 2:
            return None
        if self.incumbent.facts.fairness_is_cap:
            return 0, d
        floor = min(self.incumbent.breaks[p] for p in self.incumbent.facts.counted)
        return floor, floor + d

    def _fair(self, p: int, new: int, limits: tuple[int, int] | None) -> bool:
        if limits is None or p not in self.incumbent.facts.counted:
            return True
        low, high = limits
        return low <= new <= max(high, self.incumbent.breaks[p])

    def _improve(
        self, p: int, rng: random.Random, limits: tuple[int, int] | None, worse: int
    ) -> int | None:
        """Apply the first chain (in random order) that moves one of ``p``'s meetings to a
        slot where ``p`` is free and removes breaks; failing that, the first that adds at most
        ``worse`` (0: a walk along the plateau; on the 1,000-participant event it ends at 131
        breaks in 60 s where taking such moves 30 % of the time ends at 214). Moves of a
        meeting from either end of the day into a gap are tried first: they are the likeliest
        to remove a break. Returns the change in breaks (None: no move)."""
        starts, busy = self.incumbent.starts, self.busy[p]
        options = [
            (t, start, slot)
            for t in self.incumbent.facts.tasks_of[p]
            if (start := starts[t]) is not None
            for slot in range(self.problem.n_slots)
            if self.allowed[t] >> slot & 1 and not busy >> slot & 1
        ]
        rng.shuffle(options)
        first, last = (busy & -busy).bit_length() - 1, busy.bit_length() - 1
        options.sort(key=lambda o: not (o[1] in (first, last) and first < o[2] < last))
        fallback: tuple[int, dict[int, int]] | None = None
        for t, start, slot in options:
            change = self._chain(t, start, slot)
            delta = None if change is None else self._delta(change, limits)
            if delta is None or change is None:
                continue
            if delta < 0:
                self._apply(change)
                return delta
            if delta <= worse and (fallback is None or delta > fallback[0]):
                fallback = (delta, change)
                if delta == worse:
                    break
        if fallback is not None:
            self._apply(fallback[1])
            return fallback[0]
        return None

    def _chain(self, t: int, a: int, b: int) -> dict[int, int] | None:
        """The Kempe chain of meeting ``t`` between slots ``a`` and ``b``: ``t`` moves to ``b``,
        a meeting its people have at ``b`` moves to ``a``, and so on. Only the two ends of the
        chain change days; None when a meeting of it cannot take its new slot, the tables do
        not suffice or the chain is longer than ``CHAIN``."""
        other = {a: b, b: a}
        starts, at = self.incumbent.starts, self.at
        change = {t: b}
        frontier = [t]
        while frontier:
            u = frontier.pop()
            start = starts[u]
            assert start is not None
            to = other[start]
            if not self.allowed[u] >> to & 1:
                return None
            there = at[to]
            for q in self.problem.tasks[u].participants:
                w = there.get(q)
                if w is not None and w not in change:
                    if len(change) >= CHAIN:
                        return None
                    change[w] = other[to]
                    frontier.append(w)
        if self.ordered and not self._in_order(change):
            return None
        into_b = sum(1 for u in change if starts[u] == a)
        into_a = len(change) - into_b
        usage = self.incumbent.usage
        if usage[0, b] + into_b - into_a > self.capacity:
            return None
        if usage[0, a] + into_a - into_b > self.capacity:
            return None
        return change

    def _in_order(self, change: dict[int, int]) -> bool:
        """Whether every moved meeting still comes after the meetings it follows (one-slot
        meetings: a strictly earlier slot) and before those that follow it."""
        starts, tasks, followers = self.incumbent.starts, self.problem.tasks, self.followers
        for u, to in change.items():
            for a in tasks[u].after:
                before = change.get(a, starts[a])
                if before is not None and before >= to:
                    return False
            for f in followers[u]:
                after = change.get(f, starts[f])
                if after is not None and after <= to:
                    return False
        return True

    def _masks_after(self, change: dict[int, int]) -> dict[int, int]:
        """Days that a chain changes. Every meeting of a chain swaps the same two slots, so a
        participant with two of its meetings in it keeps its day; one with a single meeting in
        it trades one slot for the other."""
        t, to = next(iter(change.items()))
        start = self.incumbent.starts[t]
        assert start is not None
        toggle = (1 << start) | (1 << to)
        odd: dict[int, bool] = {}
        for u in change:
            for q in self.problem.tasks[u].participants:
                odd[q] = not odd.get(q, False)
        return {q: self.busy[q] ^ toggle for q, flip in odd.items() if flip}

    def _delta(self, change: dict[int, int], limits: tuple[int, int] | None) -> int | None:
        """Change in weighted breaks, None when it breaks fairness or a daily maximum."""
        delta = 0
        weight = self.problem.break_weight
        for q, mask in self._masks_after(change).items():
            limit = self.per_day[q]
            if limit is not None and any(
                (mask & day).bit_count() > limit for day in self.day_masks
            ):
                return None
            new = self.breaks(mask)
            if not self._fair(q, new, limits):
                return None
            delta += weight[q] * (new - self.incumbent.breaks[q])
        return delta

    def _apply(self, change: dict[int, int]) -> None:
        for q, mask in self._masks_after(change).items():
            self.busy[q] = mask
        for t in change:
            start = self.incumbent.starts[t]
            assert start is not None
            for q in self.problem.tasks[t].participants:
                del self.at[start][q]
        self.incumbent.move({t: (s, 0) for t, s in change.items()})
        for t, s in change.items():
            for q in self.problem.tasks[t].participants:
                self.at[s][q] = t
