"""Are participants' themes in the taxonomy? If not, which theme did they mean?

Organisers type what they know: a label ("Cybersécurité"), a synonym ("AI"),
an Arabic word, or an id with a typo. The suggestion looks at all of them, in
the three languages, and proposes the theme id to write instead.
"""

import unicodedata

from wafd.i18n import N_
from wafd.io.parse import IssueLog, ParsedBook
from wafd.io.report import did_you_mean
from wafd.io.sheets import PARTICIPANTS, THEMES
from wafd.io.suggest import closest
from wafd.model import DEFAULT_THEMES

LANGUAGES = ("en", "fr", "ar")


def _key(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.replace("_", " ").replace("-", " ").split())


def theme_vocabulary(book: ParsedBook) -> tuple[set[str], dict[str, str]]:
    """The theme ids in force and every known way of saying them (key → id)."""
    words: dict[str, str] = {}
    sheet = book.get(THEMES.name)
    rows = [row.values for row in sheet.rows] if sheet is not None else []
    if not rows:
        rows = [
            {
                "id": theme.id,
                "label_en": theme.label.en,
                "label_fr": theme.label.fr,
                "label_ar": theme.label.ar,
                "synonyms": theme.synonyms,
            }
            for theme in DEFAULT_THEMES
        ]
    ids: set[str] = set()
    for values in rows:
        theme_id = values.get("id")
        if theme_id is None:
            continue
        ids.add(str(theme_id))
        synonyms = values.get("synonyms")
        spoken = [str(theme_id), *(str(values.get(f"label_{lang}") or "") for lang in LANGUAGES)]
        spoken += [str(word) for word in synonyms] if isinstance(synonyms, tuple) else []
        for word in spoken:
            if word:
                words.setdefault(_key(word), str(theme_id))
    return ids, words


def closest_theme(token: str, words: dict[str, str]) -> str | None:
    """The theme id ``token`` most likely stands for, if any is close enough."""
    key = _key(token)
    if key in words:
        return words[key]
    match = closest(key, words)
    return words[match] if match else None


def check_themes(book: ParsedBook, log: IssueLog) -> None:
    sheet = book.get(PARTICIPANTS.name)
    if sheet is None:
        return
    ids, words = theme_vocabulary(book)
    for row in sheet.rows:
        themes = row.values.get("themes")
        for token in themes if isinstance(themes, tuple) else ():
            if token in ids:
                continue
            log.add(
                sheet.raw,
                row.number,
                "themes",
                row.raw.get("themes"),
                N_("“{token}” is not a theme of this mission."),
                N_("Use theme ids from the Themes sheet{suggestion}."),
                token=token,
                suggestion=did_you_mean(closest_theme(str(token), words)),
            )
