"""How long ``wafd check`` takes on a schedule file full of clashes (issue 16, D8).

Writes the sample mission and a schedule of N meetings that all take place at the same hour,
in the same venue, with the same delegate and host: every pair of them clashes. Runs
``wafd check`` on it in a subprocess and prints seconds, peak memory and lines of output::

    python bench/check_clashes.py 400 5000

Before the fix 400 rows took 55 s, 1.3 GB and 1.5 M lines; 5,000 rows over 10 minutes.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from wafd.io import write_mission
from wafd.io.schedule_file import write_schedule
from wafd.model import MeetingKind, Schedule, ScheduledMeeting
from wafd.sample import build_sample_mission

WAFD = Path(sys.executable).with_name("wafd")


def clash_schedule(rows: int) -> tuple[object, Schedule]:
    mission = build_sample_mission()
    delegate = next(p for p in mission.participants if p.role == "delegate")
    host = next(p for p in mission.participants if p.role == "host" and p.venue)
    venue = mission.venue_index()[host.venue]  # type: ignore[index]
    leg = mission.leg_index()[venue.leg]
    start = datetime.combine(leg.start_date + timedelta(days=1), leg.day_start, tzinfo=leg.zone)
    meetings = tuple(
        ScheduledMeeting(
            id=f"clash-{n}",
            kind=MeetingKind.ONE_TO_ONE,
            title=f"Clash {n}",
            participants=(delegate.id, host.id),
            start=start,
            end=start + timedelta(minutes=mission.meeting_minutes),
            venue=venue.id,
            leg=leg.id,
        )
        for n in range(rows)
    )
    return mission, Schedule(mission=mission.id, meetings=meetings)


def run(rows: int, folder: Path) -> tuple[float, int, int, int]:
    mission, schedule = clash_schedule(rows)
    mission_file, schedule_file = folder / "mission.yaml", folder / f"clash-{rows}.json"
    write_mission(mission, mission_file)  # type: ignore[arg-type]
    write_schedule(mission, schedule, schedule_file)  # type: ignore[arg-type]
    began = time.perf_counter()
    done = subprocess.run(
        [str(WAFD), "check", str(mission_file), str(schedule_file)],
        capture_output=True,
        text=True,
        check=False,
    )
    seconds = time.perf_counter() - began
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
    return seconds, peak, len(done.stdout.splitlines()), done.returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", type=int, nargs="+")
    args = parser.parse_args()
    print("| clashing rows | seconds | peak MB (largest so far) | lines printed | exit |")
    print("| ---: | ---: | ---: | ---: | ---: |")
    with tempfile.TemporaryDirectory() as name:
        for rows in args.rows:
            seconds, peak, lines, code = run(rows, Path(name))
            print(f"| {rows} | {seconds:.1f} | {peak} | {lines} | {code} |", flush=True)


if __name__ == "__main__":
    main()
