"""How long exporting the sample mission takes, format by format.

Usage: python bench/export_documents.py [--runs N] [--formats pdf,ics,html,xlsx]

Schedules the built-in sample mission with the greedy scheduler (fast and
deterministic; the documents do not depend on which schedule is chosen),
then exports every document in ar, fr and en, one format at a time, into a
temporary folder. Prints a Markdown table: files, megabytes, wall-clock and
CPU seconds (the CPU column is what to compare on a shared, loaded machine).
"""

import argparse
import tempfile
import time
from pathlib import Path

from wafd.export import FORMATS, export_documents
from wafd.sample import build_sample_mission
from wafd.schedule import schedule_mission


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--formats", default=",".join(FORMATS))
    arguments = parser.parse_args()
    runs, formats = arguments.runs, arguments.formats.split(",")
    mission = build_sample_mission()
    schedule = schedule_mission(mission, mode="greedy").schedule
    print(f"sample mission: {len(mission.participants)} participants, "
          f"{len(schedule.meetings)} meetings\n")  # fmt: skip
    print("format | run | files | MB | wall s | CPU s")
    print("--- | --- | --- | --- | --- | ---")
    for fmt in formats:
        for run in range(1, runs + 1):
            with tempfile.TemporaryDirectory() as folder:
                started, cpu = time.perf_counter(), time.process_time()
                written = export_documents(
                    mission, schedule, out_dir=Path(folder), formats=[fmt],
                    languages=["ar", "fr", "en"],
                )  # fmt: skip
                seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
                size = sum(path.stat().st_size for path in written) / 1e6
            print(f"{fmt} | {run} | {len(written)} | {size:.1f} | {seconds:.1f} | {cpu:.1f}")


if __name__ == "__main__":
    main()
