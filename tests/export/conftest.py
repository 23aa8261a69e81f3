"""Fixtures for the export tests: the miniature tour and one full export of it, made once."""

from pathlib import Path

import pytest
from export_factories import build_mission, build_schedule

from wafd.export import export_documents
from wafd.export.facts import MissionFacts
from wafd.model import Mission, Schedule


@pytest.fixture
def mission() -> Mission:
    return build_mission()


@pytest.fixture
def schedule() -> Schedule:
    return build_schedule()


@pytest.fixture
def facts(mission: Mission) -> MissionFacts:
    return MissionFacts(mission)


@pytest.fixture(scope="session")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every document of the tour in every format and language, keyed by path below out_dir."""
    out_dir = tmp_path_factory.mktemp("export")
    paths = export_documents(
        build_mission(),
        build_schedule(),
        out_dir=out_dir,
        formats=["pdf", "ics", "html", "xlsx"],
        languages=["ar", "fr", "en"],
    )
    return {path.relative_to(out_dir).as_posix(): path for path in paths}
