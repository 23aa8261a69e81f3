"""Fixtures for the message tests: the export area's miniature tour, a sender and a clock."""

import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent.parent / "export"))

from export_factories import build_mission, build_schedule

from wafd.model import Mission, Schedule
from wafd.notify import Context, Person

SENDER = Person("organisers@example.net", "Mission organisers")
BEFORE_THE_MISSION = datetime(2024, 2, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def mission() -> Mission:
    return build_mission()


@pytest.fixture
def schedule() -> Schedule:
    return build_schedule()


@pytest.fixture
def context(mission: Mission, schedule: Schedule) -> Context:
    return Context(mission, schedule, SENDER, BEFORE_THE_MISSION, "https://wafd.example.org/")
