"""Turn profile text in Arabic, French, English (or a mix) into comparable tokens.

Profiles are typed by people in three languages and two scripts, pasted from
PDFs and chat apps: they carry diacritics, tatweel, several spellings of alef
and hamza, French elision, bidi marks and zero-width joiners. Everything here
maps such variants onto one form so that "الإلكترونية" and "الالكترونيه", or
"l'Économie" and "economie", meet. Each token keeps its surface text and
position so that explanations can quote what the person actually wrote.
"""

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

import snowballstemmer
import yaml

MAX_FIELD_CHARS = 4000
"""Longer fields are cut: a profile beyond this many characters adds noise, not signal."""

_INVISIBLE = re.compile("[\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_ARABIC_LETTERS = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ی": "ي",
        "ة": "ه",
        "ۀ": "ه",
        "ؤ": "و",
        "ئ": "ي",
        "ک": "ك",
    }
)
_TOKEN = re.compile(r"[^\W_]+(?:[&'][^\W_]+)*")
_LETTER_PREFIX = re.compile(r"\b([eEmMiI])-(?=[^\W_])")
_ELISION = re.compile(r"^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu)'(.+)$")
_ARABIC_PREFIXES = ("وال", "بال", "كال", "فال", "لل", "ال")
_ARABIC_SUFFIXES = ("ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي")


@dataclass(frozen=True, slots=True)
class Token:
    """A word as written (``surface``) and as compared (``stem``); ``start``/``end`` index the
    cleaned text."""

    surface: str
    stem: str
    script: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Analysis:
    """The cleaned text, its content tokens, and facts a warning may need."""

    text: str
    tokens: tuple[Token, ...]
    truncated: bool
    letters: int
    foreign_letters: int

    @property
    def mostly_foreign(self) -> bool:
        """Whether most letters are in a script Wafd does not read (neither Arabic nor Latin)."""
        return self.letters > 0 and self.foreign_letters * 2 > self.letters


@cache
def stop_words() -> dict[str, frozenset[str]]:
    """Stop words per language, normalised like the tokens they are compared with."""
    data = yaml.safe_load((resources.files("wafd.match") / "stopwords.yaml").read_text("utf-8"))
    return {
        language: frozenset(fold_accents(normalise_word(w, script_of(w))) for w in words.split())
        for language, words in data.items()
    }


def clean(text: str) -> tuple[str, bool]:
    """Unicode-normalise, drop invisible and Arabic vowel marks, cut overlong text.

    Returns the text and whether it was cut.
    """
    text = unicodedata.normalize("NFKC", text)
    text = _ARABIC_MARKS.sub("", _INVISIBLE.sub("", text))
    text = _LETTER_PREFIX.sub(r"\1", text.replace("’", "'")).replace("‘", "'").replace("`", "'")
    if len(text) > MAX_FIELD_CHARS:
        return text[:MAX_FIELD_CHARS], True
    return text, False


def script_of(word: str) -> str:
    """``arabic``, ``latin`` or ``other`` for a word, by its letters."""
    for char in word:
        if "\u0600" <= char <= "\u06ff" or "\u0750" <= char <= "\u077f":
            return "arabic"
    if all(
        char.isdigit() or char in "&'" or "LATIN" in unicodedata.name(char, "") for char in word
    ):
        return "latin"
    return "other"


def normalise_word(word: str, script: str) -> str:
    """The comparable spelling of one word: case, elision and Arabic letter variants folded.

    Accents stay until after stemming: the French stemmer relies on them.
    """
    if script == "arabic":
        return word.translate(_ARABIC_LETTERS)
    word = word.casefold()
    if script == "latin":
        elided = _ELISION.match(word)
        if elided:
            word = elided.group(1)
        word = word.split("'")[0]
    return word


def fold_accents(word: str) -> str:
    """``é`` → ``e``: people type French with and without accents."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def stem_arabic(word: str) -> str:
    """Light stemming (after Larkey's light10): strip و, the article and common suffixes.

    The article is stripped again when a second one appears (``الالكترونيه`` from ``الإلكترونية``)
    so that forms with and without the article reach the same stem.
    """
    if word.startswith("و") and len(word) > 3:
        word = word[1:]
    for _ in range(2):
        prefix = next((p for p in _ARABIC_PREFIXES if word.startswith(p)), None)
        if prefix is None or len(word) - len(prefix) < 2:
            break
        word = word[len(prefix) :]
    for suffix in _ARABIC_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            word = word[: -len(suffix)]
    return word


@cache
def _stemmer(language: str) -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer("french" if language == "fr" else "english")


@cache
def stem_latin(word: str, language: str) -> str:
    """Snowball stem of an accent-folded French or English word."""
    stemmed: str = _stemmer(language).stemWord(word)
    return stemmed


def latin_language(words: Sequence[str]) -> str:
    """``fr`` or ``en``: whichever language's stop words the Latin words use more."""
    stops = stop_words()
    french = sum(1 for w in words if w in stops["fr"])
    english = sum(1 for w in words if w in stops["en"])
    return "fr" if french > english else "en"


@dataclass(frozen=True, slots=True)
class _Word:
    """What one written word contributes, computed once per spelling (see ``_read_word``)."""

    folded: str
    accentless: str
    script: str
    letters: int
    skip: int
    """Characters of an elided article to leave out of quotes ("d'" of "d'Intelligence")."""


@lru_cache(maxsize=200_000)
def _read_word(surface: str) -> _Word:
    script = script_of(surface)
    word = normalise_word(surface, script)
    elided = _ELISION.match(surface.casefold()) if script == "latin" else None
    skip = len(surface) - len(elided.group(1)) if elided else 0
    letters = sum(1 for c in surface if c.isalpha())
    return _Word(word, fold_accents(word), script, letters, skip)


@lru_cache(maxsize=200_000)
def _stem(word: str, script: str, language: str) -> str | None:
    """The stem of a normalised word, or None for a stop word or a stray letter."""
    if len(word) < 2 and not word.isdigit():
        return None
    stops = stop_words()
    if script == "arabic":
        return None if word in stops["ar"] else stem_arabic(word)
    if script == "latin":
        folded = fold_accents(word)
        if folded in stops["fr"] or folded in stops["en"]:
            return None
        return fold_accents(stem_latin(word, language))
    return word


def analyse(text: str, *, latin: str | None = None) -> Analysis:
    """Clean ``text`` and return its content tokens, stemmed per script and language.

    ``latin`` forces the stemmer for Latin-script words (the lexicon indexes terms under both);
    by default the text's own stop words decide between French and English. Word-level work
    is memoised: events repeat the same vocabulary across thousands of profiles.
    """
    cleaned, truncated = clean(text)
    words = [(m.start(), m.end(), _read_word(m.group())) for m in _TOKEN.finditer(cleaned)]
    language = latin or latin_language([w.accentless for _, _, w in words if w.script == "latin"])
    tokens: list[Token] = []
    letters = sum(w.letters for _, _, w in words)
    foreign = sum(w.letters for _, _, w in words if w.script == "other")
    for start, end, word in words:
        stem = _stem(word.folded, word.script, language)
        if stem is not None:
            begin = start + word.skip
            tokens.append(Token(cleaned[begin:end], stem, word.script, begin, end))
    return Analysis(cleaned, tuple(tokens), truncated, letters, foreign)
