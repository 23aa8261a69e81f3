"""How long does validating a large mission workbook take?

Builds missions whose workbooks hold about N data rows (participants,
their availability and requests in equal thirds), writes them, then times
``validate_mission_file`` and ``read_mission``. Run:

    nice .venv/bin/python bench/validate_large.py [N ...]
"""

import resource
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from datetime import time as clock
from pathlib import Path

from wafd.io import read_mission, validate_mission_file, write_mission
from wafd.model import (
    Availability,
    Leg,
    LocalizedText,
    MeetingRequest,
    Mission,
    Organisation,
    Participant,
    Role,
)


def _arabic_digits(number: int) -> str:
    return str(number).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))


def large_mission(rows: int, *, broken: bool = False) -> Mission:
    people = max(rows // 3, 2)
    organisations = tuple(
        Organisation(
            id=f"org-{i}",
            name=LocalizedText(en=f"Organisation {i}", ar=f"هيئة {_arabic_digits(i)}"),
        )
        for i in range(50)
    )
    participants = tuple(
        Participant(
            id=f"p-{i}",
            name=f"Person {i}",
            name_ar="مشارك",
            organisation=f"org-{i % 50}",
            role=Role.DELEGATE if i % 2 else Role.HOST,
            themes=("cybersecurity", "smart_cities"),
            availability=(
                Availability(day=date(2024, 2, 12 + i % 3), start=clock(9), end=clock(12)),
            ),
        )
        for i in range(people)
    )
    requests = tuple(
        MeetingRequest(
            requester=f"p-{i}", target=f"{'q' if broken else 'p'}-{(i * 7 + 1) % people}"
        )
        for i in range(people)
        if i != (i * 7 + 1) % people
    )
    return Mission(
        id="bench",
        name=LocalizedText(en="Benchmark"),
        legs=(
            Leg(
                id="h",
                city="Houston",
                timezone="America/Chicago",
                start_date=date(2024, 2, 12),
                end_date=date(2024, 2, 14),
            ),
        ),
        organisations=organisations,
        participants=participants,
        requests=requests,
    )


def _timed(action: Callable[..., object], *args: object) -> float:
    started = time.perf_counter()
    action(*args)
    return time.perf_counter() - started


def _validate_then_read(path: Path) -> None:
    if validate_mission_file(path).ok:
        read_mission(path)


def main(sizes: list[int]) -> None:
    print(
        f"{'rows':>8} {'file KiB':>9} {'write s':>8} {'validate s':>11} {'read s':>7} "
        f"{'issues':>7} {'max RSS MiB':>12}"
    )
    with tempfile.TemporaryDirectory() as folder:
        for size, broken in [(size, broken) for size in sizes for broken in (False, True)]:
            mission = large_mission(size, broken=broken)
            path = Path(folder) / f"mission-{size}-{broken}.xlsx"
            rows = len(mission.participants) * 2 + len(mission.requests)
            write = _timed(write_mission, mission, path)
            report = validate_mission_file(path)
            validate = _timed(validate_mission_file, path)
            read = _timed(_validate_then_read, path)
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(
                f"{rows:>8} {path.stat().st_size // 1024:>9} {write:>8.2f} {validate:>11.2f} "
                f"{read:>7.2f} {len(report.issues):>7} {rss:>12.0f}"
            )


if __name__ == "__main__":
    main([int(arg) for arg in sys.argv[1:]] or [1_000, 10_000, 30_000])
