"""Document bundles and imports hold a lease like scheduler runs: one whose worker died is
failed by the next worker or by the person asking again, never left "running" for ever."""

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from wafd.io import write_mission
from wafd.sample import build_sample_mission
from wafd.web.bundles import execute_bundle
from wafd.web.importing import execute_import
from wafd.web.models import BundleState, DocumentBundle, ImportJob, ImportState

from .conftest import World

LONG_AGO = timedelta(minutes=2)


@pytest.fixture(autouse=True)
def _bundle_dir(settings: Any, tmp_path: Path) -> None:
    settings.WAFD_BUNDLE_DIR = tmp_path / "bundles"


def _ask_bundle(world: World) -> DocumentBundle:
    url = reverse("wafd:download-documents", args=[world.mission.pk, 1, "ics"])
    assert world.client("organiser").post(url).status_code == 302
    return DocumentBundle.objects.filter(mission=world.mission, kind="ics").latest("pk")


def _kill_worker_of(job: DocumentBundle | ImportJob, *, beat_ago: timedelta = LONG_AGO) -> None:
    """What a worker killed while carrying out ``job`` leaves behind."""
    type(job).objects.filter(pk=job.pk).update(
        state="running", worker="gone:1", heartbeat_at=timezone.now() - beat_ago
    )


def _upload(world: World, tmp_path: Path, name: str = "a.xlsx") -> ImportJob:
    workbook = write_mission(build_sample_mission(), tmp_path / name)
    upload = SimpleUploadedFile(name, workbook.read_bytes())
    response = world.client("stranger").post(reverse("wafd:mission-import"), {"workbook": upload})
    assert response.status_code == 302
    return ImportJob.objects.latest("pk")


def test_bundle_worker_holds_a_lease_while_building(world: World) -> None:
    bundle = execute_bundle(_ask_bundle(world).pk)

    assert bundle.state == BundleState.READY
    assert bundle.heartbeat_at is not None
    assert bundle.worker


def test_bundle_whose_worker_died_is_failed_and_prepared_again_when_asked(
    world: World,
) -> None:
    dead = _ask_bundle(world)
    _kill_worker_of(dead)
    client = world.client("organiser")

    page = client.get(reverse("wafd:downloads", args=[world.mission.pk]))
    again = _ask_bundle(world)

    dead.refresh_from_db()
    assert dead.state == BundleState.FAILED
    assert '<meta http-equiv="refresh"' not in page.content.decode(), "nothing to wait for"
    assert ">Prepare</button>" in page.content.decode()
    assert again.pk != dead.pk
    assert execute_bundle(again.pk).state == BundleState.READY


def test_bundle_with_a_live_lease_is_left_to_its_worker(world: World) -> None:
    live = _ask_bundle(world)
    _kill_worker_of(live, beat_ago=timedelta(seconds=1))

    world.client("organiser").get(reverse("wafd:downloads", args=[world.mission.pk]))
    execute_bundle(_ask_bundle(world).pk)

    live.refresh_from_db()
    assert live.state == BundleState.RUNNING


def test_import_whose_worker_died_is_failed_on_its_page(world: World, tmp_path: Path) -> None:
    job = _upload(world, tmp_path)
    _kill_worker_of(job)

    page = world.client("stranger").get(reverse("wafd:import-job", args=[job.pk]))

    job.refresh_from_db()
    assert job.state == ImportState.FAILED
    assert bytes(job.payload) == b""
    assert "stopped before it finished: upload it again" in page.content.decode()
    assert '<meta http-equiv="refresh"' not in page.content.decode()


def test_import_whose_worker_died_is_failed_by_the_next_worker(
    world: World, tmp_path: Path
) -> None:
    dead = _upload(world, tmp_path, "dead.xlsx")
    _kill_worker_of(dead)
    bundle = _ask_bundle(world)
    _kill_worker_of(bundle)

    execute_import(_upload(world, tmp_path, "next.xlsx").pk)

    dead.refresh_from_db()
    bundle.refresh_from_db()
    assert (dead.state, bundle.state) == (ImportState.FAILED, BundleState.FAILED)


def test_import_worker_holds_a_lease_while_reading(world: World, tmp_path: Path) -> None:
    job = execute_import(_upload(world, tmp_path).pk)

    job.refresh_from_db()
    assert job.state == ImportState.SUCCEEDED
    assert job.heartbeat_at is not None
    assert job.worker
