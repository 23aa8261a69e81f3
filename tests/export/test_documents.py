"""``export_documents`` writes the agreed files atomically and refuses bad requests clearly."""

from pathlib import Path

import pytest

from wafd.export import ExportError, export_documents
from wafd.model import Mission, Schedule


def test_full_export_writes_every_document_kind(exported: dict[str, Path]) -> None:
    kinds = sorted({name.split("/")[0] for name in exported})
    assert kinds == ["html", "ics", "pdf", "xlsx"]
    assert [n for n in exported if n.startswith("pdf/briefing-book")] == [
        "pdf/briefing-book-ar.pdf",
        "pdf/briefing-book-fr.pdf",
        "pdf/briefing-book-en.pdf",
    ]
    assert "pdf/host-briefing-carter-en.pdf" in exported
    assert "pdf/logistics.pdf" in exported
    assert "xlsx/schedule.xlsx" in exported


def test_itineraries_come_in_each_participants_preferred_language(
    exported: dict[str, Path],
) -> None:
    itineraries = sorted(n for n in exported if n.startswith("pdf/itinerary-"))
    assert itineraries[:5] == [
        "pdf/itinerary-alaoui-en.pdf",
        "pdf/itinerary-amrani-ar.pdf",
        "pdf/itinerary-benali-fr.pdf",
        "pdf/itinerary-berrada-en.pdf",
        "pdf/itinerary-carter-en.pdf",
    ]


def test_export_leaves_no_temporary_files(exported: dict[str, Path]) -> None:
    out_dir = next(iter(exported.values())).parent.parent
    leftovers = [p.name for p in out_dir.rglob("*") if p.name.endswith(".tmp")]
    assert leftovers == []


def test_export_for_one_participant_writes_only_their_documents(
    mission: Mission, schedule: Schedule, tmp_path: Path
) -> None:
    written = export_documents(
        mission, schedule, out_dir=tmp_path, formats=["ics", "html"], languages=["fr", "en"],
        participant_ids=["tazi"],
    )  # fmt: skip
    assert [p.relative_to(tmp_path).as_posix() for p in written] == [
        "html/itinerary-tazi-fr.html",
        "ics/tazi.ics",
        "html/fonts/IBMPlexSansArabic-Regular.ttf",
        "html/fonts/IBMPlexSansArabic-Bold.ttf",
        "html/fonts/LICENSE",
    ]


def test_preferred_language_not_exported_falls_back_to_the_first_one(
    mission: Mission, schedule: Schedule, tmp_path: Path
) -> None:
    written = export_documents(
        mission, schedule, out_dir=tmp_path, formats=["html"], languages=["en"],
        participant_ids=["amrani"],
    )  # fmt: skip
    assert [p.name for p in written if p.suffix == ".html"] == ["itinerary-amrani-en.html"]


def test_unknown_format_is_refused_with_the_choices(
    mission: Mission, schedule: Schedule, tmp_path: Path
) -> None:
    with pytest.raises(ExportError) as caught:
        export_documents(mission, schedule, out_dir=tmp_path, formats=["pdf", "docx"])
    assert str(caught.value) == "Unknown format docx: choose from pdf, ics, html, xlsx."
    assert caught.value.in_language("fr") == (
        "Format inconnu docx\u00a0: choisissez parmi pdf, ics, html, xlsx."
    )
    assert list(tmp_path.iterdir()) == []


def test_unknown_participant_is_refused_before_anything_is_written(
    mission: Mission, schedule: Schedule, tmp_path: Path
) -> None:
    with pytest.raises(ExportError) as caught:
        export_documents(mission, schedule, out_dir=tmp_path, formats=["pdf"],
                         participant_ids=["nobody"])  # fmt: skip
    assert str(caught.value) == (
        "No participant with id nobody in mission ma-us-2024: "
        "use an id from the Participants sheet."
    )
    assert list(tmp_path.iterdir()) == []


def test_schedule_of_another_mission_is_refused(
    mission: Mission, schedule: Schedule, tmp_path: Path
) -> None:
    other = schedule.model_copy(update={"mission": "another-mission"})
    with pytest.raises(ExportError) as caught:
        export_documents(mission, other, out_dir=tmp_path, formats=["ics"])
    assert caught.value.values == {"schedule": "another-mission", "mission": "ma-us-2024"}


def test_export_reports_progress_after_each_participant_and_the_mission_wide_documents(
    mission: Mission, schedule: Schedule, tmp_path: Path
) -> None:
    heard: list[tuple[int, int]] = []

    export_documents(
        mission,
        schedule,
        out_dir=tmp_path,
        formats=("ics",),
        on_progress=lambda done, total: heard.append((done, total)),
    )

    total = len(mission.participants) + 1
    assert heard == [(done, total) for done in range(1, total)] + [(total, total)]
