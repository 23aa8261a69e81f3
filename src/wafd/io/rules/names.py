"""Are names clean: no stray spaces, and digits of the script the name is written in?

Lists, badges and briefing books print these names as they are. A trailing
space breaks sorting and matching; Latin digits inside an Arabic name (or
Arabic-Indic digits in a Latin one) usually come from copy-pasting and look
wrong on print, so both are warnings worth fixing before documents go out.
"""

import re
from collections.abc import Iterable

from wafd.i18n import N_
from wafd.io.parse import IssueLog, ParsedBook
from wafd.io.report import Severity
from wafd.io.sheets import LEGS, MISSION, ORGANISATIONS, PARTICIPANTS, THEMES, VENUES

ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3]")
ARABIC_DIGIT = re.compile(r"[\u0660-\u0669\u06F0-\u06F9]")
LATIN_DIGIT = re.compile(r"[0-9]")
STRAY_SPACE = re.compile(r"^\s|\s$|\s{2,}")

# (sheet, column, script the column is written in)
NAME_COLUMNS: tuple[tuple[str, str, str], ...] = (
    (MISSION.name, "name_en", "latin"),
    (MISSION.name, "name_fr", "latin"),
    (MISSION.name, "name_ar", "arabic"),
    (LEGS.name, "city", "latin"),
    (VENUES.name, "name", "latin"),
    (ORGANISATIONS.name, "name_en", "latin"),
    (ORGANISATIONS.name, "name_fr", "latin"),
    (ORGANISATIONS.name, "name_ar", "arabic"),
    (PARTICIPANTS.name, "name", "latin"),
    (PARTICIPANTS.name, "name_ar", "arabic"),
    (THEMES.name, "label_en", "latin"),
    (THEMES.name, "label_fr", "latin"),
    (THEMES.name, "label_ar", "arabic"),
)


def name_problems(text: str, script: str) -> Iterable[tuple[str, str]]:
    """(message id, hint id) of each problem of one name."""
    if STRAY_SPACE.search(text):
        yield (
            N_("The name has spaces at its start or end, or double spaces."),
            N_("Remove the extra spaces."),
        )
    if script == "arabic" and LATIN_DIGIT.search(text) and ARABIC_LETTER.search(text):
        yield (
            N_("The Arabic name contains Latin digits (0-9)."),
            N_(
                "Write the digits as in the rest of the name (٠١٢٣…), or check for a "
                "copy-paste error."
            ),
        )
    if script == "latin" and ARABIC_DIGIT.search(text):
        yield (
            N_("The Latin-script name contains Arabic-Indic digits (٠-٩)."),
            N_("Use the digits 0-9 in Latin-script names."),
        )
    if script == "latin" and ARABIC_LETTER.search(text):
        yield (
            N_("This Latin-script name contains Arabic letters."),
            N_("Put the Arabic spelling in the Arabic column (name_ar, label_ar)."),
        )


def check_names(book: ParsedBook, log: IssueLog) -> None:
    for sheet_name, column, script in NAME_COLUMNS:
        sheet = book.get(sheet_name)
        if sheet is None:
            continue
        for row in sheet.rows:
            text = row.values.get(column)
            if not isinstance(text, str):
                continue
            for message_id, hint_id in name_problems(text, script):
                log.add(sheet.raw, row.number, column, text, message_id, hint_id, Severity.WARNING)
