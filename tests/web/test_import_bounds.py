"""A hostile upload is a located report, never a crash of the server (issue 16, D1 and D2)."""

from pathlib import Path

import openpyxl
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wafd.io import write_mission
from wafd.sample import build_sample_mission
from wafd.web.models import MissionRecord

from .conftest import World


def test_upload_with_a_far_cell_is_reported_at_that_cell(world: World, tmp_path: Path) -> None:
    workbook = tmp_path / "far.xlsx"
    write_mission(build_sample_mission(), workbook)
    book = openpyxl.load_workbook(workbook)
    book["Venues"]["XFD1048576"] = "x"
    book.save(workbook)
    before = MissionRecord.objects.count()

    response = world.client("organiser").post(
        reverse("wafd:mission-import"),
        {"workbook": SimpleUploadedFile("far.xlsx", workbook.read_bytes())},
    )

    issues = response.context["issues"]
    assert response.status_code == 200
    assert [(i.sheet, i.row, i.column) for i in issues] == [("Venues", 1048576, "XFD")]
    assert MissionRecord.objects.count() == before
