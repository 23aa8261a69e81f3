"""How Wafd's scheduler scales on generated brokerage events.

The generator (seeded, so every run sees the same events) builds a compiled Problem directly:

* ``n`` participants; ``n_slots`` slots (default 20) split evenly over two days;
* availability: each participant is away for one random block of 0-4 slots on each day;
* requests: each participant asks for 5 distinct partners, drawn with a popularity skew
  (weight ``1 / (1 + rank / 10)``, a few participants are in demand); 30% of requests are
  ``must`` (value 10), the rest ``want`` (value 3); a pair requested both ways becomes one
  mutual meeting worth twice the larger value;
* one hall with tables for 40% of the participants, one-slot meetings, at most 8 meetings per
  participant per day, breaks counted for everybody, no fairness bound, nothing required.

For each size the script reports the share of requested value scheduled against the solver's
proven upper bound, breaks, the time until the schedule was within 1% of that bound, peak
memory of the process, and the same for the greedy first-come-first-served baseline. Each size
runs in its own process so that peak memory is per size.

    python bench/scale.py --sizes 200 1000 3000 --time-limit 60
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time

from wafd.schedule.greedy import solve_greedy
from wafd.schedule.problem import Problem, Task
from wafd.schedule.solver import solve

MUST, WANT = 10, 3
REQUESTS_EACH = 5


def generate(n: int, *, n_slots: int = 20, seed: int = 2026) -> Problem:
    """A brokerage event with ``n`` participants (see the module docstring)."""
    rng = random.Random(seed)
    day_length = n_slots // 2
    slot_day = tuple(0 if s < day_length else 1 for s in range(n_slots))
    unavailable = []
    for _ in range(n):
        away: set[int] = set()
        for day_start in (0, day_length):
            length = rng.randint(0, 4)
            begin = day_start + rng.randint(0, day_length - length)
            away.update(range(begin, begin + length))
        unavailable.append(frozenset(away))
    weights = [1 / (1 + rank / 10) for rank in range(n)]
    popularity = rng.sample(range(n), n)
    values: dict[tuple[int, int], int] = {}
    for p in range(n):
        wanted: set[int] = set()
        while len(wanted) < min(REQUESTS_EACH, n - 1):
            q = popularity[rng.choices(range(n), weights)[0]]
            if q != p:
                wanted.add(q)
        for q in sorted(wanted):
            value = MUST if rng.random() < 0.3 else WANT
            pair = (min(p, q), max(p, q))
            values[pair] = 2 * max(values[pair], value) if pair in values else value
    tasks = tuple(
        Task(id=f"{p}-{q}", participants=(p, q), duration=1, value=value)
        for (p, q), value in sorted(values.items())
    )
    return Problem(
        n_slots=n_slots,
        slot_minutes=20,
        slot_day=slot_day,
        participants=tuple(f"P{p}" for p in range(n)),
        unavailable=tuple(unavailable),
        venue_names=("hall",),
        venue_capacity=(max(1, round(0.4 * n)),),
        travel=((0,),),
        tasks=tasks,
        max_per_day=(8,) * n,
        break_weight=(1,) * n,
    )


def measure(n: int, time_limit: float) -> dict[str, object]:
    problem = generate(n)
    requested = sum(task.value for task in problem.tasks)
    greedy = solve_greedy(problem)
    reports: list[tuple[str, int, int, float]] = []
    began = time.perf_counter()
    solution = solve(problem, time_limit=time_limit, on_progress=lambda *r: reports.append(r))
    seconds = time.perf_counter() - began
    bound = solution.bound["value"]
    within = next(
        (s for level, value, _, s in reports if level == "value" and value >= 0.99 * bound), None
    )
    return {
        "participants": n,
        "tasks": len(problem.tasks),
        "requested": requested,
        "status": solution.status,
        "value": solution.objective["value"],
        "bound": bound,
        "breaks": solution.objective["breaks"],
        "within_1pct_s": None if within is None else round(within, 1),
        "seconds": round(seconds, 1),
        "greedy_value": greedy.objective["value"],
        "greedy_breaks": greedy.objective["breaks"],
        "greedy_s": round(greedy.seconds, 2),
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[200, 1000, 3000])
    parser.add_argument("--time-limit", type=float, default=60.0)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(measure(args.one, args.time_limit)))
        return 0
    print(
        "| participants | meetings | solver value / bound | status | breaks | within 1% at s "
        "| total s | peak MB | greedy value / bound | greedy breaks | greedy s |"
    )
    print("|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|")
    for n in args.sizes:
        command = [sys.executable, __file__, "--one", str(n), "--time-limit", str(args.time_limit)]
        r = json.loads(subprocess.run(command, check=True, capture_output=True, text=True).stdout)
        bound = r["bound"] or 1
        print(
            f"| {n} | {r['tasks']} | {100 * r['value'] / bound:.2f}% | {r['status']} "
            f"| {r['breaks']} | {r['within_1pct_s']} | {r['seconds']} | {r['peak_mb']} "
            f"| {100 * r['greedy_value'] / bound:.2f}% | {r['greedy_breaks']} | {r['greedy_s']} |",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
