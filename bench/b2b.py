"""Solve the published B2B meeting-scheduling instances with Wafd's own engine.

Each ``.dzn`` file (format in the README next to the instances) becomes a Problem (all meetings
required, AM/PM sessions, forbidden and fixed slots, precedences, fairness d = 2), is solved by
the same ``solve`` that ``wafd schedule`` uses, minimising breaks, and verified by the checker.
The greedy first-come-first-served baseline runs on the same Problem for comparison.

    python bench/b2b.py /work/shared/b2b-instances/*.dzn --time-limit 24 --json b2b.json

Published optimum and MaxSAT seconds (Bofill et al., JAIR 2022) are read from the README of the
instance folder when it is there. "peak MB" is the process's peak resident memory so far (run
one instance per process to read it per instance). Generated events with a known zero-break
schedule: ``bench/b2b_events.py``.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from dzn import DznError, problem_from_dzn
from wafd.schedule.checker import find_violations
from wafd.schedule.diagnosis import obvious_conflicts
from wafd.schedule.greedy import solve_greedy
from wafd.schedule.problem import Solution
from wafd.schedule.solver import SolverSettings, solve
from wafd.schedule.terms import breaks


def published(folder: Path) -> dict[str, tuple[int, float]]:
    """Instance name -> (optimum, MaxSAT seconds) from the README table, if any."""
    readme = folder / "README.md"
    table: dict[str, tuple[int, float]] = {}
    if not readme.exists():
        return table
    for line in readme.read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) == 7 and cells[5].isdigit():
            table[cells[0]] = (int(cells[5]), float(cells[6]))
    return table


def run(path: Path, time_limit: float, settings: SolverSettings) -> dict[str, object]:
    began = time.perf_counter()
    problem = problem_from_dzn(path)
    conflicts = obvious_conflicts(problem)
    if conflicts:
        solution = Solution(
            (None,) * len(problem.tasks), (None,) * len(problem.tasks), "infeasible", {}, {}, 0.0
        )
        reason = conflicts[0].message
    else:
        solution = solve(problem, time_limit=time_limit, settings=settings)
        reason = ""
    seconds = time.perf_counter() - began
    placed = solution.status in ("optimal", "feasible")
    violations = find_violations(problem, solution) if placed else []
    complete = placed and all(start is not None for start in solution.starts)
    greedy = solve_greedy(problem)
    return {
        "instance": path.name,
        "status": solution.status,
        "breaks": breaks.evaluate(problem, solution) if placed else None,
        "seconds": round(seconds, 2),
        "slots": _slots(solution) if complete else None,
        "placed": sum(start is not None for start in solution.starts),
        "meetings": len(problem.tasks),
        "violations": len(violations),
        "reason": reason,
        "greedy_unplaced": sum(start is None for start in greedy.starts),
        "greedy_breaks": greedy.objective["breaks"],
        "bound": solution.bound.get("breaks"),
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
    }


def _slots(solution: Solution) -> list[int]:
    """Slots numbered from 1 as in the instance files (only for a schedule placing every
    meeting: the JSON holds ``null`` otherwise, never a partial list)."""
    return [start + 1 for start in solution.starts if start is not None]


def row(result: dict[str, object], reference: tuple[int, float] | None) -> str:
    optimum, maxsat = reference if reference else ("-", "-")
    return (
        f"| {str(result['instance']).split('.')[0]} | {result['meetings']} | {result['placed']} "
        f"| {result['status']} | {result['breaks']} | {result['bound']} | {result['seconds']} "
        f"| {result['peak_mb']} | {optimum} | {maxsat} "
        f"| {result['greedy_unplaced']} | {result['greedy_breaks']} | {result['violations']} |"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--time-limit", type=float, default=24.0)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--parameters", default="", help="extra CP-SAT parameters (text format)")
    parser.add_argument("--seed", type=int, help="reproducible search (SolverSettings.seed)")
    args = parser.parse_args(argv)
    settings = SolverSettings(workers=args.workers, parameters=args.parameters, seed=args.seed)
    print(
        "| instance | meetings | placed | status | breaks | proven bound | seconds | peak MB "
        "| published optimum | MaxSAT s | greedy unplaced | greedy breaks | violations |"
    )
    print("|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    results = []
    for path in args.files:
        reference = published(path.parent).get(path.name.split(".")[0])
        try:
            result = run(path, args.time_limit, settings)
        except (DznError, OSError) as error:
            print(f"{path}: {error}", file=sys.stderr)
            return 2
        results.append(result)
        print(row(result, reference), flush=True)
    proven = sum(r["status"] == "optimal" for r in results)
    total = sum(float(r["seconds"]) for r in results)  # type: ignore[arg-type]
    print(f"\n{proven}/{len(results)} proven optimal, {total:.1f} s in total")
    if args.json:
        keys = ("instance", "status", "breaks", "seconds", "slots")
        args.json.write_text(json.dumps([{k: r[k] for k in keys} for r in results], indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
