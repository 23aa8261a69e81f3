"""Specifications of ``check_schedule`` on mass clashes (issue 16, D8): each clash once,
grouped, whatever the number of meetings in it."""

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[2] / "bench"))

from check_clashes import clash_schedule
from wafd.schedule import check_schedule


def test_meetings_at_the_same_hour_are_one_clash_naming_them_all() -> None:
    mission, schedule = clash_schedule(400)

    violations = check_schedule(mission, schedule)  # type: ignore[arg-type]
    clash = [v for v in violations if v.constraint == "one_at_a_time"]

    assert len(clash) == 1
    assert sorted(clash[0].meetings) == sorted(m.id for m in schedule.meetings)
    assert len(clash[0].participants) == 2
    assert "… and 390 more" in clash[0].render("en")


def test_a_full_venue_is_reported_once_not_once_per_slot() -> None:
    mission, schedule = clash_schedule(30)

    counts = Counter(v.constraint for v in check_schedule(mission, schedule))  # type: ignore[arg-type]

    assert counts["capacity"] == 1
