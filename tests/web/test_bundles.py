"""Document bundles are built by the worker with progress, never in the request; their
calendar UIDs are unique to the stored mission."""

import io
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
from django.urls import reverse

from wafd.web.bundles import execute_bundle
from wafd.web.models import BundleState, DocumentBundle

from .conftest import World


@pytest.fixture(autouse=True)
def _bundle_dir(settings: Any, tmp_path: Path) -> None:
    settings.WAFD_BUNDLE_DIR = tmp_path / "bundles"


def _prepare(world: World, mission: Any, role: str = "viewer", kind: str = "ics") -> Any:
    url = reverse("wafd:download-documents", args=[mission.pk, 1, kind])
    client = world.client(role)
    asked = client.post(url)
    assert asked.status_code == 302
    bundle = DocumentBundle.objects.get(mission=mission, kind=kind)
    assert bundle.state == BundleState.QUEUED, "nothing is built inside the request"
    finished = execute_bundle(bundle.pk)
    return client.get(url), finished


def test_bundle_is_built_by_the_worker_with_progress_then_downloaded(world: World) -> None:
    response, bundle = _prepare(world, world.mission)

    assert bundle.state == BundleState.READY
    assert bundle.done == bundle.total > 0
    assert response.status_code == 200
    names = zipfile.ZipFile(io.BytesIO(response.content)).namelist()
    assert any(name.endswith(".ics") for name in names)


def test_downloads_page_shows_progress_while_the_bundle_is_prepared(world: World) -> None:
    client = world.client("organiser")
    client.post(reverse("wafd:download-documents", args=[world.mission.pk, 1, "pdf"]))
    DocumentBundle.objects.update(state=BundleState.RUNNING, done=1, total=5)

    page = client.get(reverse("wafd:downloads", args=[world.mission.pk])).content.decode()

    assert "1 of 5" in page
    assert '<meta http-equiv="refresh"' in page


def test_a_changed_mission_needs_a_new_bundle(world: World) -> None:
    response, _bundle = _prepare(world, world.mission)
    assert response.status_code == 200
    world.client("organiser").post(
        reverse("wafd:request-set", args=[world.mission.pk]),
        {"requester": "d2", "target": "h1", "preference": "want"},
    )

    stale = world.client("viewer").get(
        reverse("wafd:download-documents", args=[world.mission.pk, 1, "ics"])
    )

    assert stale.status_code == 302


def _uids(payload: bytes) -> set[str]:
    archive = zipfile.ZipFile(io.BytesIO(payload))
    text = "".join(
        archive.read(name).decode() for name in archive.namelist() if name.endswith(".ics")
    )
    return set(re.findall(r"^UID:(.+?)\r?$", text, flags=re.MULTILINE))


def test_calendar_uids_differ_between_two_stored_missions_of_one_identifier(
    world: World,
) -> None:
    from wafd.web.models import MissionRecord

    other = MissionRecord.objects.get(pk=world.other.pk)
    other.slug = world.mission.slug
    other.content = {**other.content, "id": world.mission.slug}
    other.save()
    first, _ = _prepare(world, world.mission)
    second, _ = _prepare(world, other, role="stranger")

    assert _uids(first.content)
    assert _uids(first.content).isdisjoint(_uids(second.content))


def test_api_export_answers_202_with_progress_until_ready(world: World) -> None:
    client = world.client("organiser")
    url = f"/api/missions/{world.mission.pk}/exports/1/ics"

    first = client.get(url)
    execute_bundle(DocumentBundle.objects.get().pk)
    ready = client.get(url)

    assert first.status_code == 202
    assert first.json()["state"] == "queued"
    assert ready.status_code == 200
    assert ready["Content-Type"] == "application/zip"


def test_arabic_file_type_labels_keep_their_dot_before_the_suffix(world: World) -> None:
    page = world.client("organiser").get(
        reverse("wafd:downloads", args=[world.mission.pk]), headers={"accept-language": "ar"}
    )
    text = page.content.decode()

    assert '<html lang="ar" dir="rtl">' in text
    assert "\u2066(.xlsx)\u2069" in text, "a left-to-right isolate, as <bdi dir=ltr> would be"
    assert "\u2066(.ics)\u2069" in text
    assert " (.xlsx)" not in text
