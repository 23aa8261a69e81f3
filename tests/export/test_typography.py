"""Typography: French spacing, time ranges that do not wrap, titles said once, headers that fit."""

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar

from wafd.export.localize import Localizer
from wafd.export.pdf_base import PrintedDocument

ZONE = ZoneInfo("America/Chicago")


def test_french_messages_never_break_before_punctuation() -> None:
    say = Localizer("fr")

    assert (
        say("Cancelled: {title} ({when})", title="Visite", when="lun.")
        == "Annulé\u00a0: Visite (lun.)"
    )
    assert say.typeset("Quoi ? Oui ! a ; b") == "Quoi\u202f? Oui\u202f! a\u202f; b"
    assert say.semicolon == "\u202f; "


def test_english_messages_are_left_alone() -> None:
    assert Localizer("en").typeset("a: b; c") == "a: b; c"


def test_time_ranges_hold_no_breakable_space() -> None:
    start, end = (
        datetime(2024, 2, 12, 11, 30, tzinfo=ZONE),
        datetime(2024, 2, 12, 13, 0, tzinfo=ZONE),
    )

    for language in ("en", "fr", "ar"):
        assert " " not in Localizer(language).time_range(start, end)


def test_no_calendar_summary_repeats_its_title(exported: dict[str, Path]) -> None:
    for name, path in exported.items():
        if name.endswith(".ics"):
            for event in icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT"):
                parts = str(event["SUMMARY"]).split(" · ")
                assert len(parts) == len(set(parts)), (name, parts)


def test_running_header_is_cut_to_fit_within_the_margins() -> None:
    document = PrintedDocument(Localizer("fr"), "x" * 400)
    document.add_page()
    width = document.w - document.l_margin - document.r_margin

    assert document.get_string_width(document.fitted(document.running_title, width)) <= width


def test_arrows_point_the_way_the_line_is_read() -> None:
    arabic, english = Localizer("ar"), Localizer("en")

    assert (arabic.arrow, english.arrow) == ("←", "→")
    assert "→" in arabic.route("Houston (IAH)", "Austin")
    assert "←" in english.route("الرباط", "فاس")
