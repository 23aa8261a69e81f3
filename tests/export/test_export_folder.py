"""Specifications of writing a document set (issue 16, D11): all or nothing, swapped into
place, never over files an export did not write, no temporary folder left behind."""

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from wafd.cli import app
from wafd.export import FolderRefusedError, export_documents
from wafd.export.folder import remove_stale_temporaries, write_document_set
from wafd.io import write_mission
from wafd.io.schedule_file import write_schedule
from wafd.model import Mission, Schedule

runner = CliRunner()


def _siblings(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.parent.iterdir() if p.name.startswith("."))


def test_a_set_replaces_the_previous_one_whole(tmp_path: Path) -> None:
    out = tmp_path / "docs"
    write_document_set(
        out, [(Path("pdf/a.pdf"), b"old"), (Path("ics/a.ics"), b"old")], replace=False
    )

    written = write_document_set(out, [(Path("pdf/b.pdf"), b"new")], replace=True)

    assert written == [out / "pdf" / "b.pdf"]
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*.*")) == ["pdf/b.pdf"]
    assert _siblings(out) == []


def test_a_failed_write_leaves_the_previous_set_and_no_temporary(tmp_path: Path) -> None:
    out = tmp_path / "docs"
    write_document_set(out, [(Path("pdf/a.pdf"), b"old")], replace=False)
    clashing = [(Path("pdf/x"), b"a file"), (Path("pdf/x/y.pdf"), b"under a file")]

    with pytest.raises(FileExistsError):
        write_document_set(out, clashing, replace=True)

    assert (out / "pdf" / "a.pdf").read_bytes() == b"old"
    assert _siblings(out) == []


def test_existing_documents_are_kept_without_replace(tmp_path: Path) -> None:
    out = tmp_path / "docs"
    write_document_set(out, [(Path("pdf/a.pdf"), b"old")], replace=False)

    with pytest.raises(FolderRefusedError) as refused:
        write_document_set(out, [(Path("pdf/a.pdf"), b"new")], replace=False)

    assert str(refused.value) == f"{out} already holds documents: add --force to replace them."
    assert (out / "pdf" / "a.pdf").read_bytes() == b"old"


def test_a_folder_with_other_files_is_never_replaced(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine")

    with pytest.raises(FolderRefusedError):
        write_document_set(tmp_path, [(Path("pdf/a.pdf"), b"new")], replace=True)

    assert (tmp_path / "notes.txt").read_text() == "mine"


def test_temporaries_of_a_killed_export_are_removed(tmp_path: Path) -> None:
    out = tmp_path / "docs"
    dead = tmp_path / ".docs.export-999999999-abcd"
    (dead / "pdf").mkdir(parents=True)
    alive = tmp_path / f".docs.export-{os.getpid()}-abcd"
    alive.mkdir()

    assert remove_stale_temporaries(out) == [dead]
    assert alive.is_dir()


def test_export_command_refuses_to_overwrite_without_force(
    tmp_path: Path, mission: Mission, schedule: Schedule
) -> None:
    write_mission(mission, tmp_path / "m.yaml")
    write_schedule(mission, schedule, tmp_path / "s.json")
    command = ["export", str(tmp_path / "m.yaml"), str(tmp_path / "s.json")]
    out = ["--out", str(tmp_path / "docs"), "--format", "ics"]

    first = runner.invoke(app, [*command, *out])
    again = runner.invoke(app, [*command, *out])
    forced = runner.invoke(app, [*command, *out, "--force"])

    assert (first.exit_code, again.exit_code, forced.exit_code) == (0, 1, 0)
    assert "add --force to replace them" in again.output


def test_export_into_an_empty_existing_folder_needs_no_force(
    tmp_path: Path, mission: Mission, schedule: Schedule
) -> None:
    written = export_documents(mission, schedule, out_dir=tmp_path, formats=["ics"])

    assert {p.parent for p in written} == {tmp_path / "ics"}


def test_a_file_in_place_of_the_folder_is_never_replaced(tmp_path: Path) -> None:
    out = tmp_path / "mission.yaml"
    out.write_text("mine")

    with pytest.raises(NotADirectoryError):
        write_document_set(out, [(Path("pdf/a.pdf"), b"new")], replace=True)

    assert out.read_text() == "mine"
