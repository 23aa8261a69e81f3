"""Benchmark: the built-in sample tour (three cities, ~20 visits) schedules in under 5 s.

Prints one row per run: mode, status, placed value and its proven bound, breaks, unscheduled
requests (and how many of them are ``must``), checker violations and wall-clock seconds
(compile + solve + explanations, everything ``schedule_mission`` does).

    python bench/sample_tour.py [--time-limit 4.5] [--runs 3]
"""

from __future__ import annotations

import argparse
import time

from wafd.sample import build_sample_mission
from wafd.schedule import check_schedule, schedule_mission
from wafd.schedule.plan import Mode

HEADER = ("mode", "status", "value", "bound", "breaks", "unscheduled", "must", "violations", "s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--time-limit", type=float, default=4.5)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    mission = build_sample_mission()
    print(" | ".join(HEADER))
    print(" | ".join("---" for _ in HEADER))
    modes: list[Mode] = ["optimal"] * args.runs + ["greedy"]
    for mode in modes:
        began = time.perf_counter()
        result = schedule_mission(mission, mode=mode, time_limit=args.time_limit)
        seconds = time.perf_counter() - began
        musts = sum(1 for u in result.unscheduled if u.preference == "must")
        violations = len(check_schedule(mission, result.schedule))
        row = (
            mode,
            result.status,
            result.objective.get("value", "-"),
            result.bound.get("value", "-"),
            result.objective.get("breaks", "-"),
            len(result.unscheduled),
            musts,
            violations,
            f"{seconds:.2f}",
        )
        print(" | ".join(str(cell) for cell in row))


if __name__ == "__main__":
    main()
