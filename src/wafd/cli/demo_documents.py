"""The documents step of ``wafd demo``: every paper and calendar the delegation would carry.

The full set is written, PDFs included, because the briefing books and itineraries are what
an organiser evaluates Wafd by; the PDFs cost about a minute of CPU (docs/benchmarks.md) and
the step says so while it works. Only the main paths are printed; the folder holds the rest.
"""

from pathlib import Path

from rich.console import Console

from wafd.export import FORMATS, export_documents
from wafd.i18n import N_, translate
from wafd.model import Mission, Schedule

DOCUMENTS_STEP = N_("Itineraries, briefing books, calendars and the schedule workbook")
DOCUMENTS_FOLDER = "documents"
HIGHLIGHTS = ("briefing-book-", "logistics.", "mission.ics", "schedule.xlsx")


def demo_documents(
    console: Console,
    mission: Mission,
    schedule: Schedule,
    *,
    mission_file: Path,
    language: str,
) -> list[Path]:
    """Export everything under ``documents`` beside ``mission_file``; list the main files."""
    out_dir = mission_file.parent
    folder = out_dir / DOCUMENTS_FOLDER
    waiting = translate(
        "export", language, N_("Writing documents in {languages} (about a minute)…")
    )
    languages = [str(x) for x in mission.languages]
    with console.status(waiting.format(languages=", ".join(languages))):
        written = export_documents(
            mission, schedule, out_dir=folder, formats=FORMATS, languages=languages, replace=True
        )
    headline = translate("export", language, N_("{count} files in {folder}; the main ones:"))
    console.print(headline.format(count=len(written), folder=folder), markup=False)
    for path in _highlights(written):
        console.print(f"  {path}", markup=False, highlight=False, soft_wrap=True)
    return written


def _highlights(written: list[Path]) -> list[Path]:
    """The mission-wide documents, then one itinerary per language and format."""
    main = [p for p in written if p.name.startswith(HIGHLIGHTS)]
    seen: set[tuple[str, str]] = set()
    for path in written:
        if path.name.startswith("itinerary-"):
            key = (path.stem.rsplit("-", 1)[-1], path.suffix)
            if key not in seen:
                seen.add(key)
                main.append(path)
    return main
