"""HTML documents declare their language and direction and print with the same words as the PDFs."""

from html.parser import HTMLParser
from pathlib import Path


class _Root(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.attributes: dict[str, str | None] = {}
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "html":
            self.attributes = dict(attrs)

    def handle_data(self, data: str) -> None:
        if data.strip():
            self.text.append(data.strip())


def _parse(path: Path) -> _Root:
    root = _Root()
    root.feed(path.read_text(encoding="utf-8"))
    return root


def test_arabic_itinerary_is_right_to_left_and_says_so(exported: dict[str, Path]) -> None:
    root = _parse(exported["html/itinerary-amrani-ar.html"])
    assert root.attributes == {"lang": "ar", "dir": "rtl"}
    assert root.text[2:4] == ["برنامج الرحلة الشخصي", "سارة العمراني"]


def test_french_itinerary_is_left_to_right(exported: dict[str, Path]) -> None:
    root = _parse(exported["html/itinerary-benali-fr.html"])
    assert root.attributes == {"lang": "fr", "dir": "ltr"}
    assert "lundi 12 février 2024" in root.text


def test_html_carries_print_styles_inline(exported: dict[str, Path]) -> None:
    html = exported["html/briefing-book-en.html"].read_text(encoding="utf-8")
    assert "@media print" in html
    assert 'font-family: "IBM Plex Sans Arabic"' in html
    assert "break-before: page" in html
    assert html.count('<section class="page">') == 2 + 6 + 4  # summary, programme, hosts, delegates


def test_host_briefing_is_in_english_and_lists_the_visitors(exported: dict[str, Path]) -> None:
    root = _parse(exported["html/host-briefing-carter-en.html"])
    assert root.attributes["lang"] == "en"
    assert root.text[2:4] == ["Host briefing: who is coming and why", "Lone Star Cloud"]
    assert root.text[
        root.text.index("Sarah El Amrani") : root.text.index("Sarah El Amrani") + 2
    ] == ["Sarah El Amrani", "Secretary General"]


def test_html_fonts_and_their_licence_ship_beside_the_documents(exported: dict[str, Path]) -> None:
    fonts = sorted(name for name in exported if name.startswith("html/fonts/"))
    assert fonts == [
        "html/fonts/IBMPlexSansArabic-Bold.ttf",
        "html/fonts/IBMPlexSansArabic-Regular.ttf",
        "html/fonts/LICENSE",
    ]
