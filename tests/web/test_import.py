"""Importing a workbook: checked before parsing, read by the worker under a memory limit,
the report in pages, a second import of the same mission detected."""

import zipfile
from pathlib import Path
from typing import Any

import openpyxl
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wafd.io import write_mission
from wafd.sample import build_sample_mission
from wafd.web.importing import execute_import
from wafd.web.models import ImportJob, ImportState, Membership, MissionRecord
from wafd.web.store import load_mission

from .conftest import World

SAMPLE_SLUG = "ma-us-digital-2024"


def _upload(path: Path, name: str | None = None) -> SimpleUploadedFile:
    return SimpleUploadedFile(name or path.name, path.read_bytes())


def _import(world: World, path: Path, role: str = "stranger") -> Any:
    """Upload as ``role``, let the worker read it, and open the job's page."""
    client = world.client(role)
    response = client.post(reverse("wafd:mission-import"), {"workbook": _upload(path)})
    assert response.status_code == 302, response.content.decode()[:2000]
    job = ImportJob.objects.latest("pk")
    assert job.state == ImportState.QUEUED, "the request only queues the file"
    execute_import(job.pk)
    return client.get(reverse("wafd:import-job", args=[job.pk]))


def _sample(tmp_path: Path, name: str = "sample.xlsx") -> Path:
    workbook = tmp_path / name
    write_mission(build_sample_mission(), workbook)
    return workbook


def test_import_of_the_sample_workbook_creates_a_mission_run_by_the_importer(
    world: World, tmp_path: Path
) -> None:
    response = _import(world, _sample(tmp_path))

    record = MissionRecord.objects.get(slug=SAMPLE_SLUG)
    assert response.status_code == 302
    assert load_mission(record) == build_sample_mission()
    assert Membership.objects.get(mission=record).user == world.users["stranger"]


def test_import_of_an_invalid_workbook_shows_the_places_and_saves_nothing(
    world: World, tmp_path: Path
) -> None:
    workbook = _sample(tmp_path, "broken.xlsx")
    book = openpyxl.load_workbook(workbook)
    book["Participants"]["E2"] = "king"
    book.save(workbook)
    before = MissionRecord.objects.count()

    response = _import(world, workbook)

    issues = list(response.context["page"])
    assert response.status_code == 200
    assert [(i["sheet"], i["row"], i["column"]) for i in issues][:1] == [("Participants", 2, "E")]
    assert MissionRecord.objects.count() == before


def test_import_report_comes_in_pages_with_the_total(world: World, tmp_path: Path) -> None:
    workbook = _sample(tmp_path, "many.xlsx")
    book = openpyxl.load_workbook(workbook)
    sheet = book["Participants"]
    for row in range(2, 200):
        sheet.cell(row=row, column=1, value=f"p{row}")
        sheet.cell(row=row, column=5, value="king")
    book.save(workbook)

    first = _import(world, workbook)
    job = first.context["job"]
    third = world.client("stranger").get(reverse("wafd:import-job", args=[job.pk]) + "?page=3")

    assert job.issue_count > 150
    assert len(first.context["page"]) == 50
    assert f"{job.issue_count} problems in all" in first.content.decode()
    assert "Page 3 of" in third.content.decode()


HOSTILE = Path(__file__).parents[1] / "data" / "hostile"


def _far_cell(tmp_path: Path) -> Path:
    workbook = _sample(tmp_path, "far.xlsx")
    book = openpyxl.load_workbook(workbook)
    book["Venues"]["XFD1048576"] = "x"
    book.save(workbook)
    return workbook


def test_import_refuses_a_far_cell_with_the_engines_located_message(
    world: World, tmp_path: Path
) -> None:
    response = world.client("stranger").post(
        reverse("wafd:mission-import"), {"workbook": _upload(_far_cell(tmp_path))}
    )

    assert response.status_code == 200
    assert response.context["form"].errors["workbook"] == [
        "\u2068Venues!XFD1048576\u2069: A value lies far outside the table, at XFD1048576: "
        "a sheet may use at most 100000 rows and 64 columns. Delete that cell (and anything "
        "else beyond the table) and save the workbook again."
    ]
    assert not ImportJob.objects.exists()


def test_import_limits_are_the_engines_limits(
    world: World, tmp_path: Path, monkeypatch: Any
) -> None:
    monkeypatch.setenv("WAFD_LIMIT_MAX_ROWS", "3")

    response = world.client("stranger").post(
        reverse("wafd:mission-import"), {"workbook": _upload(_sample(tmp_path))}
    )

    errors = response.context["form"].errors["workbook"]
    assert len(errors) == 1
    assert errors[0].startswith("\u2068Mission!A4\u2069: A value lies far outside the table")


def test_import_refuses_a_workbook_bomb_before_parsing(world: World, tmp_path: Path) -> None:
    workbook = _sample(tmp_path)
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(workbook) as original, zipfile.ZipFile(bomb, "w", 8) as edited:
        for info in original.infolist():
            data = original.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data += b" " * 300_000_000
            edited.writestr(info, data)
    assert bomb.stat().st_size < 1_000_000

    response = world.client("stranger").post(
        reverse("wafd:mission-import"), {"workbook": _upload(bomb)}
    )

    (error,) = response.context["form"].errors["workbook"]
    assert "xl/worksheets/sheet1.xml of the workbook inflates to 2" in error
    assert not ImportJob.objects.exists()


def test_import_of_a_yaml_alias_bomb_fails_located_and_the_worker_survives(
    world: World, tmp_path: Path
) -> None:
    bomb = tmp_path / "bomb.yaml"
    bomb.write_bytes((HOSTILE / "d2-alias-bomb.yaml").read_bytes())

    response = _import(world, bomb)

    job = response.context["job"]
    assert job.state == ImportState.FAILED
    assert [(i["row"], i["message"]) for i in job.issues] == [
        (None, "The YAML uses an anchor or alias (&name, *name) near line 3.")
    ]
    assert _import(world, _sample(tmp_path)).status_code == 302, "the same process goes on"


def test_import_reads_under_a_memory_limit(world: World, tmp_path: Path, settings: Any) -> None:
    settings.WAFD_IMPORT_MEMORY_BYTES = 2_000_000
    big = _sample(tmp_path, "big.yaml")
    with big.open("a", encoding="utf-8") as text:
        text.write("notes: " + "x" * 4_000_000 + "\n")

    response = _import(world, big)

    assert response.context["job"].state == ImportState.FAILED
    assert "needs more memory to read than the site allows" in response.content.decode()
    assert not MissionRecord.objects.filter(slug=SAMPLE_SLUG).exists()


def test_second_import_of_a_mission_offers_update_or_a_new_identifier(
    world: World, tmp_path: Path
) -> None:
    _import(world, _sample(tmp_path))
    first = MissionRecord.objects.get(slug=SAMPLE_SLUG)

    again = _import(world, _sample(tmp_path))
    job = again.context["job"]
    assert job.state == ImportState.DUPLICATE
    assert "Update the existing mission" in again.content.decode()
    client = world.client("stranger")
    client.post(reverse("wafd:import-job", args=[job.pk]), {"choice": "new"})

    slugs = set(MissionRecord.objects.values_list("slug", flat=True))
    assert {SAMPLE_SLUG, f"{SAMPLE_SLUG}-2"} <= slugs
    third = _import(world, _sample(tmp_path)).context["job"]
    client.post(reverse("wafd:import-job", args=[third.pk]), {"choice": "update"})
    assert MissionRecord.objects.filter(slug__startswith=SAMPLE_SLUG).count() == 2
    assert load_mission(first) == build_sample_mission()


def test_import_refuses_other_file_types(world: World, tmp_path: Path) -> None:
    script = tmp_path / "mission.exe"
    script.write_bytes(b"MZ")

    response = world.client("organiser").post(
        reverse("wafd:mission-import"), {"workbook": _upload(script)}
    )

    assert response.status_code == 200
    assert list(response.context["form"].errors) == ["workbook"]


def test_import_refuses_files_over_the_size_limit(
    world: World, tmp_path: Path, monkeypatch: Any
) -> None:
    monkeypatch.setenv("WAFD_LIMIT_MAX_FILE_BYTES", "10")
    big = tmp_path / "big.yaml"
    big.write_text("id: x\n" * 10)

    response = world.client("organiser").post(
        reverse("wafd:mission-import"), {"workbook": _upload(big)}
    )

    assert list(response.context["form"].errors) == ["workbook"]
