"""Importing a workbook: a valid one becomes a mission, an invalid one shows its report."""

from pathlib import Path

import openpyxl
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wafd.io import write_mission
from wafd.sample import build_sample_mission
from wafd.web.models import Membership, MissionRecord
from wafd.web.store import load_mission

from .conftest import World


def _upload(path: Path, name: str | None = None) -> SimpleUploadedFile:
    return SimpleUploadedFile(name or path.name, path.read_bytes())


def test_import_of_the_sample_workbook_creates_a_mission_run_by_the_importer(
    world: World, tmp_path: Path
) -> None:
    workbook = tmp_path / "sample.xlsx"
    write_mission(build_sample_mission(), workbook)

    response = world.client("stranger").post(
        reverse("wafd:mission-import"), {"workbook": _upload(workbook)}
    )

    record = MissionRecord.objects.get(slug="ma-us-digital-2024")
    assert response.status_code == 302
    assert load_mission(record) == build_sample_mission()
    assert Membership.objects.get(mission=record).user == world.users["stranger"]


def test_import_of_an_invalid_workbook_shows_the_places_and_saves_nothing(
    world: World, tmp_path: Path
) -> None:
    workbook = tmp_path / "broken.xlsx"
    write_mission(build_sample_mission(), workbook)
    book = openpyxl.load_workbook(workbook)
    book["Participants"]["E2"] = "king"
    book.save(workbook)
    before = MissionRecord.objects.count()

    response = world.client("organiser").post(
        reverse("wafd:mission-import"), {"workbook": _upload(workbook)}
    )

    issues = response.context["issues"]
    assert response.status_code == 200
    assert [(i.sheet, i.row, i.column) for i in issues][:1] == [("Participants", 2, "E")]
    assert MissionRecord.objects.count() == before


def test_import_refuses_other_file_types(world: World, tmp_path: Path) -> None:
    script = tmp_path / "mission.exe"
    script.write_bytes(b"MZ")

    response = world.client("organiser").post(
        reverse("wafd:mission-import"), {"workbook": _upload(script)}
    )

    assert response.status_code == 200
    assert list(response.context["form"].errors) == ["workbook"]


def test_import_refuses_files_over_the_size_limit(
    world: World, tmp_path: Path, settings: object
) -> None:
    settings.WAFD_MAX_UPLOAD_BYTES = 10  # type: ignore[attr-defined]
    big = tmp_path / "big.yaml"
    big.write_text("id: x\n" * 10)

    response = world.client("organiser").post(
        reverse("wafd:mission-import"), {"workbook": _upload(big)}
    )

    assert list(response.context["form"].errors) == ["workbook"]
