"""Benchmark: the mission layer at brokerage-event scale (compile, check, schedule files).

A seeded B2B event of N participants (each asks for 3 others, one in five a ``must``; 27
twenty-minute slots over one day, 3 of them lunch; tables for 40 % of participants) is compiled,
scheduled with the greedy baseline (the solver's speed is measured in bench/b2b.py), checked,
and written to and read back from .xlsx and .json. Seconds per step:

    python bench/schedule_files.py [N ...]      (default 200 1000 3000)
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from datetime import time as clock
from pathlib import Path
from typing import TypeVar

from wafd.io.schedule_file import read_schedule, write_schedule
from wafd.model import (
    EventKind,
    Leg,
    LocalizedText,
    MeetingRequest,
    Mission,
    Organisation,
    Participant,
    Preference,
    Role,
    Venue,
)
from wafd.schedule import check_schedule, compile_mission, schedule_mission

T = TypeVar("T")
HEADER = ("participants", "meetings", "compile", "greedy", "check", "write xlsx", "read xlsx",
          "write json", "read json", "violations")  # fmt: skip


def brokerage_event(n: int, seed: int = 7) -> Mission:
    rng = random.Random(seed)
    leg = Leg(
        id="fair",
        city="Casablanca",
        timezone="Africa/Casablanca",
        start_date=date(2024, 3, 5),
        end_date=date(2024, 3, 5),
        day_start=clock(9),
        day_end=clock(18),
        lunch_start=clock(12),
        lunch_end=clock(13),
    )
    hall = Venue(id="hall", name="Hall", leg="fair", tables=max(1, n * 2 // 5))
    orgs = tuple(Organisation(id=f"o{i}", name=LocalizedText(en=f"Company {i}")) for i in range(n))
    people = tuple(
        Participant(id=f"p{i}", name=f"Person {i}", organisation=f"o{i}", role=Role.DELEGATE)
        for i in range(n)
    )
    requests = []
    for i in range(n):
        for j in rng.sample([k for k in range(n) if k != i], 3):
            preference = Preference.MUST if rng.random() < 0.2 else Preference.WANT
            requests.append(
                MeetingRequest(requester=f"p{i}", target=f"p{j}", preference=preference)
            )
    return Mission(
        id=f"fair-{n}",
        name=LocalizedText(en="Brokerage event"),
        kind=EventKind.B2B,
        slot_minutes=20,
        legs=(leg,),
        venues=(hall,),
        organisations=orgs,
        participants=people,
        requests=tuple(requests),
    )


def timed(step: Callable[..., T], *args: object, **kwargs: object) -> tuple[T, float]:
    began = time.perf_counter()
    value = step(*args, **kwargs)
    return value, time.perf_counter() - began


def measure(n: int, folder: Path) -> list[object]:
    mission = brokerage_event(n)
    _, compile_s = timed(compile_mission, mission)
    result, greedy_s = timed(schedule_mission, mission, mode="greedy")
    schedule = result.schedule
    violations, check_s = timed(check_schedule, mission, schedule)
    cells: list[object] = [n, len(schedule.meetings), compile_s, greedy_s, check_s]
    for suffix in (".xlsx", ".json"):
        path = folder / f"schedule{suffix}"
        _, write_s = timed(write_schedule, mission, schedule, path)
        back, read_s = timed(read_schedule, mission, path)
        assert back == schedule
        cells += [write_s, read_s]
    return [*cells, len(violations)]


def main() -> None:
    sizes = [int(arg) for arg in sys.argv[1:]] or [200, 1000, 3000]
    print(" | ".join(HEADER))
    print(" | ".join("---" for _ in HEADER))
    with tempfile.TemporaryDirectory() as folder:
        for n in sizes:
            cells = measure(n, Path(folder))
            print(" | ".join(f"{c:.2f}" if isinstance(c, float) else str(c) for c in cells))


if __name__ == "__main__":
    main()
