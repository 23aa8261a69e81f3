"""Files Wafd writes get the mode of any new file (0666 minus umask), not tempfile's 0600."""

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from wafd.export import export_documents
from wafd.io import write_mission, write_template
from wafd.io.atomic import write_atomically, write_bytes_atomically
from wafd.io.schedule_file import write_schedule
from wafd.model import Mission, Schedule
from wafd.sample import build_sample_mission


@pytest.fixture(scope="module")
def mission() -> Mission:
    return build_sample_mission()


@pytest.fixture(params=[0o022, 0o027])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    previous = os.umask(request.param)
    yield request.param
    os.umask(previous)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_write_mission_gives_new_file_permissions(
    mission: Mission, tmp_path: Path, umask: int
) -> None:
    written = [write_mission(mission, tmp_path / name) for name in ("m.xlsx", "m.yaml")]

    assert [_mode(path) for path in written] == [0o666 & ~umask] * 2


def test_write_schedule_gives_new_file_permissions(
    mission: Mission, tmp_path: Path, umask: int
) -> None:
    paths = [tmp_path / "s.xlsx", tmp_path / "s.json"]
    for path in paths:
        write_schedule(mission, Schedule(mission=mission.id), path)

    assert [_mode(path) for path in paths] == [0o666 & ~umask] * 2


def test_write_template_gives_new_file_permissions(tmp_path: Path, umask: int) -> None:
    written = write_template(tmp_path / "t.xlsx")

    assert _mode(written) == 0o666 & ~umask


def test_export_documents_give_new_file_permissions(
    mission: Mission, tmp_path: Path, umask: int
) -> None:
    written = export_documents(
        mission, Schedule(mission=mission.id), out_dir=tmp_path, formats=["ics"], languages=["en"]
    )

    assert written != []
    assert {_mode(path) for path in written} == {0o666 & ~umask}


def test_failed_atomic_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = write_bytes_atomically(tmp_path / "kept.txt", b"old")

    def explode(temporary: Path) -> None:
        temporary.write_bytes(b"half")
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        write_atomically(target, explode)

    assert (target.read_bytes(), sorted(p.name for p in tmp_path.iterdir())) == (
        b"old",
        ["kept.txt"],
    )
