"""Words, dates and times for one reader: gettext for the words, Babel for the rest.

Documents are built from a ``Localizer`` so that no renderer formats a date or
picks a word itself: the PDF, HTML and calendar outputs say the same thing in
the same language.
"""

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import (
    format_date,
    format_interval,
    format_skeleton,
    format_time,
    get_timezone_name,
)
from babel.lists import format_list
from babel.units import format_unit

from wafd.i18n import N_, is_rtl, translate
from wafd.match.text import latin_language, stop_words
from wafd.model import Leg, LocalizedText

DOMAIN = "export"
NO_BREAK = "\u00a0"
NARROW_NO_BREAK = "\u202f"
FRENCH_SPACE_BEFORE = re.compile(r"[ \u00a0\u202f]?([;:!?])(?=\s|$)")
_FRENCH_SPACE = {":": NO_BREAK, ";": NARROW_NO_BREAK, "!": NARROW_NO_BREAK, "?": NARROW_NO_BREAK}
LEFT_TO_RIGHT_MARK = "\u200e"
RIGHT_TO_LEFT_MARK = "\u200f"


def first_strong_direction(text: str) -> str | None:
    """``"L"`` or ``"R"`` for the first letter that has a direction, None for digits only."""
    for character in text:
        kind = unicodedata.bidirectional(character)
        if kind == "L":
            return "L"
        if kind in ("R", "AL"):
            return "R"
    return None


def strip_marks(text: str) -> str:
    """The text without the direction marks ``Localizer.embed`` adds (for calendars, sheets)."""
    return text.replace(LEFT_TO_RIGHT_MARK, "").replace(RIGHT_TO_LEFT_MARK, "")


def guess_language(text: str) -> str | None:
    """``ar`` for Arabic script, else ``fr`` or ``en`` by their stop words; None if unsure.

    Organisers write needs, reasons and notes in any language; documents name it when it is not
    the reader's. A text without a single stop word (a name, a code) is not guessed.
    """
    if first_strong_direction(text) == "R":
        return "ar"
    words = [w.lower() for w in re.findall(r"\w+", text)]
    stops = stop_words()
    if not any(w in stops["fr"] or w in stops["en"] for w in words):
        return None
    return latin_language(words)


@dataclass(frozen=True)
class Localizer:
    """Everything language-dependent about one document."""

    language: str

    @property
    def rtl(self) -> bool:
        return is_rtl(self.language)

    @property
    def direction(self) -> str:
        return "rtl" if self.rtl else "ltr"

    def embed(self, text: str) -> str:
        """Mark a name, address or number written against the document's direction.

        In an Arabic line, ``1100 Texas Ave`` would otherwise show its house
        number on the wrong side and ``+212 600 000 009`` in reversed groups.
        Marks rather than isolates (U+2066-2069) because fpdf2 mis-orders
        brackets inside isolates; the HTML templates add ``<bdi>`` as well.
        """
        if not text:
            return text
        strong = first_strong_direction(text) or "L"
        if self.rtl and strong == "L":
            return f"{LEFT_TO_RIGHT_MARK}{text}{LEFT_TO_RIGHT_MARK}"
        if not self.rtl and strong == "R":
            return f"{RIGHT_TO_LEFT_MARK}{text}{RIGHT_TO_LEFT_MARK}"
        return text

    @property
    def mark(self) -> str:
        """The invisible mark of the document's own direction, to anchor a leading bullet."""
        return RIGHT_TO_LEFT_MARK if self.rtl else LEFT_TO_RIGHT_MARK

    @property
    def comma(self) -> str:
        return "، " if self.rtl else ", "

    @property
    def semicolon(self) -> str:
        if self.language == "fr":
            return NARROW_NO_BREAK + "; "
        return "؛ " if self.rtl else "; "

    def typeset(self, text: str) -> str:
        """French spacing: no line break before ``; : ! ?`` nor inside guillemets."""
        if self.language != "fr":
            return text
        text = FRENCH_SPACE_BEFORE.sub(lambda m: _FRENCH_SPACE[m.group(1)] + m.group(1), text)
        return text.replace("« ", "«" + NARROW_NO_BREAK).replace(" »", NARROW_NO_BREAK + "»")

    def __call__(self, message: str, **values: object) -> str:
        """The translated ``message`` with ``{placeholders}`` filled in."""
        text = self.typeset(translate(DOMAIN, self.language, message))
        return text.format(**values) if values else text

    def label(self, name: str) -> str:
        """``name`` followed by a colon the reader's way (French puts a space before it)."""
        return self(N_("{label}:"), label=name)

    def text(self, value: LocalizedText) -> str:
        return value.get(self.language)

    def marked(self, value: LocalizedText) -> str:
        """The text in the reader's language, else as written with its language named."""
        own = getattr(value, self.language, "")
        if own or value.is_empty():
            return str(own)
        written = next(lang for lang in ("en", "fr", "ar") if getattr(value, lang))
        return self.in_language(str(getattr(value, written)), written)

    def in_language(self, text: str, language: str | None) -> str:
        """``text`` marked with its language when that is not the reader's (``[in French]``)."""
        if not text or language is None or language == self.language:
            return text
        name = Locale.parse(language).get_display_name(self.language) or language
        return self(N_("{text} [{language}]"), text=self.embed(text), language=name)

    def day(self, value: date) -> str:
        """``Monday 12 February 2024`` in the reader's language."""
        return format_date(value, "full", locale=self.language)

    def short_day(self, value: date) -> str:
        return format_date(value, "EEE d MMM", locale=self.language)

    def time(self, value: datetime) -> str:
        return format_time(value, "short", locale=self.language)

    @property
    def arrow(self) -> str:
        """From … to …: times in a right-to-left line run right to left, so the arrow does too."""
        return "←" if self.rtl else "→"

    def route(self, origin: str, destination: str) -> str:
        """``origin → destination``, the arrow pointing the way the two names are read."""
        latin = (first_strong_direction(origin + destination) or "L") == "L"
        arrow = "→" if latin else "←"
        return self.embed(f"{origin} {arrow} {destination}")

    def clock(self, value: datetime) -> str:
        """A time of day in the same style as ``time_range`` (24-hour outside English)."""
        skeleton = "hm" if self.language == "en" else "Hm"
        return format_skeleton(skeleton, value, locale=self.language)

    def time_range(self, start: datetime, end: datetime) -> str:
        """``9:00 – 10:30 AM``, glued together so that a narrow column never wraps it."""
        skeleton = "hm" if self.language == "en" else "Hm"
        text = format_interval(start, end, skeleton, locale=self.language)
        return text.replace(" ", NO_BREAK).replace("\u2009", NARROW_NO_BREAK)

    def date_range(self, start: date, end: date) -> str:
        return format_interval(start, end, "yMMMd", locale=self.language)

    def zone(self, timezone: str, on: date) -> str:
        """The zone's generic name (``Central Time``) and its IANA id, for the reader."""
        zone = ZoneInfo(timezone)
        offset = datetime(on.year, on.month, on.day, 12, tzinfo=zone).strftime("%z")
        name = get_timezone_name(zone, width="long", locale=self.language)
        return f"{name} ({self.embed(f'UTC{offset[:3]}:{offset[3:]}')})"

    def place(self, leg: Leg, on: date) -> str:
        """``Houston · Central Time (America/Chicago)``: where a day happens and its clock."""
        return f"{self.embed(leg.city)} · {self.zone(leg.timezone, on)}"

    def minutes(self, count: int) -> str:
        return format_unit(count, "duration-minute", length="short", locale=self.language)

    def duration(self, span: timedelta) -> str:
        return self.minutes(int(span.total_seconds() // 60))

    def join(self, items: list[str]) -> str:
        """A list in the reader's style (``A, B and C`` / ``A وB وC``), items embedded."""
        joined = format_list([self.embed(item) for item in items], locale=self.language)
        # Arabic attaches "و" (and) to the next word; before a Latin name it reads better apart.
        return joined.replace(f"و{LEFT_TO_RIGHT_MARK}", f"و {LEFT_TO_RIGHT_MARK}")
