"""PDFs, opened with PDF libraries, say what they should: names, local times, Arabic in order."""

from pathlib import Path

import pdfplumber
from pypdf import PdfReader

from wafd.export.localize import strip_marks


def _text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return strip_marks("\n".join(page.extract_text() for page in pdf.pages))


def _read_right_to_left(path: Path, page: int = 0) -> list[str]:
    """Each line's characters as an Arabic reader meets them: by position, right to left.

    Reading by position (not by the order the PDF stores glyphs) is what checks
    that Arabic was laid out in the right order and not mirrored.
    """
    with pdfplumber.open(path) as pdf:
        lines: dict[int, list[dict[str, object]]] = {}
        for char in pdf.pages[page].chars:
            lines.setdefault(round(float(char["top"])), []).append(char)
    return [
        strip_marks("".join(str(c["text"]) for c in sorted(chars, key=lambda c: -float(c["x0"]))))
        for _, chars in sorted(lines.items())
    ]


def _fonts(path: Path) -> set[str]:
    """Base names of the fonts the pages use, and whether each one is embedded."""
    found = set()
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendant = font["/DescendantFonts"][0].get_object()
            embedded = "/FontFile2" in descendant["/FontDescriptor"].get_object()
            found.add(f"{str(font['/BaseFont']).split('+')[-1]} embedded={embedded}")
    return found


def test_arabic_itinerary_title_extracts_in_logical_order(exported: dict[str, Path]) -> None:
    lines = _read_right_to_left(exported["pdf/itinerary-amrani-ar.pdf"])
    assert lines[:2] == ["برنامج الرحلة الشخصي", "سارة العمراني"]


def test_arabic_briefing_book_cover_reads_right_to_left(exported: dict[str, Path]) -> None:
    lines = _read_right_to_left(exported["pdf/briefing-book-ar.pdf"])
    assert lines[:2] == ["ملف الإحاطة", "الوفد الرقمي المغربي إلى الولايات المتحدة"]


def test_french_itinerary_gives_local_times_and_the_time_zone(exported: dict[str, Path]) -> None:
    text = _text(exported["pdf/itinerary-benali-fr.pdf"])
    assert "lundi 12 février 2024" in text.splitlines()
    assert "10:00 – 11:30" in text
    assert "Houston · heure du centre nord-américain (UTC-06:00)" in text.splitlines()
    assert "Étape suivante : Houston City Hall, à 30 min" in text


def test_english_itinerary_lists_attendees_contact_and_free_time(
    exported: dict[str, Path],
) -> None:
    text = _text(exported["pdf/itinerary-alaoui-en.pdf"])
    lines = text.splitlines()
    assert "Tuesday, February 20, 2024" in lines
    assert "San Jose · Pacific Time (UTC-08:00)" in lines
    assert "Contact: Rachel Gomez" in lines
    assert "9:15 AM – 12:30 PM Free time" in lines
    assert "2:00 – 3:00 PM" in text


def test_pdfs_embed_only_the_packaged_fonts(exported: dict[str, Path]) -> None:
    fonts = _fonts(exported["pdf/briefing-book-ar.pdf"])
    assert fonts == {"IBMPlexSansArabic embedded=True", "IBMPlexSansArabicBold embedded=True"}


def test_briefing_book_has_cover_roster_programme_hosts_and_itineraries(
    exported: dict[str, Path],
) -> None:
    with pdfplumber.open(exported["pdf/briefing-book-en.pdf"]) as pdf:
        pages = [strip_marks(page.extract_text()) for page in pdf.pages]
    assert pages[0].splitlines()[:3] == [
        "Briefing book",
        "Moroccan Digital Delegation to the United",
        "States",
    ]
    assert "Mission summary" in pages[1].splitlines()
    assert "Sarah El Amrani Secretary General" in pages[1]
    programme = "\n".join(pages).replace("\u2009", " ").splitlines()
    assert programme.index("Houston · Feb 12 – 13, 2024") < programme.index(
        "San Jose · Feb 20 – 21, 2024"
    )
    host_pages = [p for p in pages if "Why we meet" in p]
    assert len(host_pages) == 6
    assert sum("Personal itinerary" in p or "Karim Alaoui\nPresident" in p for p in pages) >= 1


def test_logistics_without_personal_data_has_names_but_no_phones(
    exported: dict[str, Path], tmp_path: Path
) -> None:
    from export_factories import build_mission, build_schedule

    from wafd.export import export_documents

    written = export_documents(
        build_mission(), build_schedule(), out_dir=tmp_path, formats=["pdf"],
        languages=["en"], personal_data=False,
    )  # fmt: skip
    private = _text(next(p for p in written if p.name == "logistics.pdf"))
    shared = _text(exported["pdf/logistics.pdf"])
    assert "+212" not in private
    assert "Nadia Tazi" in private
    assert "Nadia Tazi, +212 600 000 003" in shared
