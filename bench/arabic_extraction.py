"""How much of the Arabic in Wafd's PDFs a reader can find and copy, in logical order.

Usage: python bench/arabic_extraction.py

Builds the sample mission's Arabic briefing book and one Arabic itinerary (greedy schedule),
lists the distinct Arabic words the documents were given (names, headings, labels: every
string of the document model), extracts the text with pdftotext (poppler) and with pypdf,
and prints, per extractor, the share of those words found as whole words in the extracted
text (a name glued to the conjunction "و" counts). A word drawn in visual (reversed) order, or
with a ligature's letters reversed, is not found.
"""

import re
import subprocess
import tempfile
from dataclasses import asdict, is_dataclass
from io import BytesIO

from pypdf import PdfReader

from wafd.export.briefing import build_briefing
from wafd.export.facts import MissionFacts
from wafd.export.itinerary import build_itinerary
from wafd.export.localize import Localizer
from wafd.export.pdf_briefing import briefing_pdf
from wafd.export.pdf_documents import itinerary_pdf
from wafd.export.versions import version_label
from wafd.sample import build_sample_mission
from wafd.schedule import schedule_mission

ARABIC_WORD = re.compile(r"[\u0621-\u064a]+")


def strings(value: object) -> list[str]:
    """Every string inside a document model (dataclasses, lists, tuples, dicts)."""
    if isinstance(value, str):
        return [value]
    if is_dataclass(value) and not isinstance(value, type):
        return strings(asdict(value))
    if isinstance(value, dict):
        return [s for item in value.values() for s in strings(item)]
    if isinstance(value, list | tuple):
        return [s for item in value for s in strings(item)]
    return []


def words(texts: list[str]) -> set[str]:
    return {w for text in texts for w in ARABIC_WORD.findall(text) if len(w) > 1}


def pdftotext(pdf: bytes) -> str:
    with tempfile.NamedTemporaryFile(suffix=".pdf") as handle:
        handle.write(pdf)
        handle.flush()
        done = subprocess.run(["pdftotext", "-enc", "UTF-8", handle.name, "-"],
                              capture_output=True, check=True)  # fmt: skip
    return done.stdout.decode("utf-8")


def pypdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(BytesIO(pdf)).pages)


def main() -> None:
    mission = build_sample_mission()
    schedule = schedule_mission(mission, mode="greedy").schedule
    facts, say = MissionFacts(mission), Localizer("ar")
    book = build_briefing(facts, schedule, say)
    reader = next(p for p in mission.participants if p.preferred_language == "ar")
    itinerary = build_itinerary(facts, schedule, reader, say)
    documents = {
        "briefing book (ar)": (book, briefing_pdf(book, version_label(schedule, say))),
        "itinerary (ar)": (itinerary, itinerary_pdf(itinerary)),
    }
    print("document | Arabic words given | extractor | found | share")
    print("--- | --- | --- | --- | ---")
    for name, (model, pdf) in documents.items():
        expected = words(strings(model))
        for extractor, extract in (("pdftotext", pdftotext), ("pypdf", pypdf_text)):
            extracted = set(ARABIC_WORD.findall(extract(pdf)))
            # Arabic lists glue "و" (and) to the next name: "وإيمان" is "إيمان" found.
            found = {w for w in expected if w in extracted or f"و{w}" in extracted}
            share = len(found) / len(expected) if expected else 1.0
            print(f"{name} | {len(expected)} | {extractor} | {len(found)} | {share:.1%}")


if __name__ == "__main__":
    main()
