"""Variants of the published B2B instances, to measure the engine beyond the 20 it was tuned on.

Each instance (read by ``bench/dzn.py``) yields, with a seeded random generator:

* ``forbid``: 20 % of the participants lose one or two random slots (the format's
  ``forbidden``);
* ``fixed``: 10 % of the meetings are fixed at the slot the engine's own schedule of the
  original instance gives them (so the variant stays feasible);
* ``prec``: for 25 % of the participants, one of their meetings must end before another
  (``precedences``), in the order of the same schedule (feasible too);
* ``clash``: two meetings of the busiest participant fixed at the same slot: impossible, which
  the engine must prove, and the minimal conflict (``explain.minimal_conflict``) must name.

Each variant is solved by ``solve`` as ``wafd schedule`` does and verified by the checker;
infeasible ones are explained. Prints one table row per variant.

    python bench/b2b_variants.py /work/shared/b2b-instances/tic-13.original.dzn --time-limit 20
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from dzn import problem_from_dzn
from wafd.schedule.checker import find_violations
from wafd.schedule.explain import minimal_conflict
from wafd.schedule.problem import Problem, Solution
from wafd.schedule.solver import solve
from wafd.schedule.terms import breaks


def variants(problem: Problem, reference: Solution, seed: int) -> dict[str, Problem]:
    rng = random.Random(seed)
    n = problem.n_participants
    forbid = list(problem.unavailable)
    for p in rng.sample(range(n), n // 5):
        forbid[p] = forbid[p] | set(rng.sample(range(problem.n_slots), rng.randint(1, 2)))
    tasks = list(problem.tasks)
    fixed = list(tasks)
    for t in rng.sample(range(len(tasks)), len(tasks) // 10):
        fixed[t] = dataclasses.replace(tasks[t], fixed_start=reference.starts[t])
    prec = list(tasks)
    tasks_of = problem.tasks_of()
    for p in rng.sample(range(n), n // 4):
        if len(tasks_of[p]) >= 2:
            a, b = sorted(rng.sample(tasks_of[p], 2), key=lambda t: reference.starts[t] or 0)
            prec[b] = dataclasses.replace(prec[b], after=tuple(sorted({*prec[b].after, a})))
    busiest = max(range(n), key=lambda p: len(tasks_of[p]))
    clash = list(tasks)
    for t in tasks_of[busiest][:2]:
        clash[t] = dataclasses.replace(tasks[t], fixed_start=0, allowed_starts=None)
    return {
        "forbid": dataclasses.replace(problem, unavailable=tuple(frozenset(f) for f in forbid)),
        "fixed": dataclasses.replace(problem, tasks=tuple(fixed)),
        "prec": dataclasses.replace(problem, tasks=tuple(prec)),
        "clash": dataclasses.replace(problem, tasks=tuple(clash)),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--time-limit", type=float, default=20.0)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args(argv)
    print("| instance | variant | status | breaks | proven bound | seconds | violations | why |")
    print("|---|---|---|---:|---:|---:|---:|---|")
    for path in args.files:
        original = problem_from_dzn(path)
        reference = solve(original, time_limit=args.time_limit)
        for name, problem in variants(original, reference, args.seed).items():
            began = time.perf_counter()
            solution = solve(problem, time_limit=args.time_limit)
            seconds = time.perf_counter() - began
            placed = solution.status in ("optimal", "feasible")
            why = ""
            if solution.status == "infeasible":
                core = minimal_conflict(problem)
                why = "conflict: " + ", ".join(problem.tasks[t].id for t in core)
            print(
                f"| {path.name.split('.')[0]} | {name} | {solution.status} "
                f"| {breaks.evaluate(problem, solution) if placed else '-'} "
                f"| {solution.bound.get('breaks', '-')} | {seconds:.1f} "
                f"| {len(find_violations(problem, solution)) if placed else '-'} | {why} |",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
