"""The cross-lingual vocabulary: phrases in any language that name the same concept.

A concept is a mission theme (labels and synonyms from the mission, plus the extra terms of
``lexicon.yaml``) or one of the finer ideas listed there. Terms are analysed exactly like
profile text, once per Latin stemmer, so that a French term matches French text and an
English one English text; matching is longest-first over the stemmed token sequence.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from wafd.match.text import Token, analyse
from wafd.model import LocalizedText, Theme


@dataclass(frozen=True, slots=True)
class Concept:
    id: str
    label: LocalizedText
    theme: str | None


@dataclass(frozen=True, slots=True)
class ConceptHit:
    """A concept found in a text: the token range, the phrase as written, and the theme the
    concept counts for (``None`` when it is a theme itself or stands alone)."""

    concept: str
    first: int
    last: int
    phrase: str
    theme: str | None = None


@cache
def _lexicon_file() -> dict[str, Any]:
    text = (resources.files("wafd.match") / "lexicon.yaml").read_text("utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    return data


class Lexicon:
    """Concepts of one mission's themes plus the shipped lexicon, indexed for matching."""

    def __init__(self, themes: Iterable[Theme]) -> None:
        data = _lexicon_file()
        self.concepts: dict[str, Concept] = {}
        self._index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        self._labels: dict[tuple[str, str], str] = {}
        extra_terms: dict[str, list[str]] = data.get("themes", {})
        for theme in themes:
            self.concepts[theme.id] = Concept(theme.id, theme.label, theme.id)
            labels = (theme.label.ar, theme.label.fr, theme.label.en)
            self._add(theme.id, (*labels, *theme.synonyms))
            self._add(theme.id, extra_terms.get(theme.id, ()))
        for entry in data.get("concepts", ()):
            theme_id = entry.get("theme")
            if theme_id is not None and theme_id not in self.concepts:
                theme_id = None  # the mission dropped that theme: keep the concept on its own
            self.concepts[entry["id"]] = Concept(
                entry["id"], LocalizedText(**entry["label"]), theme_id
            )
            self._add(entry["id"], entry["terms"])
        for entries in self._index.values():
            entries.sort(key=lambda entry: -len(entry[0]))

    def _add(self, concept: str, terms: Iterable[str]) -> None:
        for term in terms:
            for latin in ("en", "fr"):
                stems = tuple(token.stem for token in analyse(str(term), latin=latin).tokens)
                if not stems:
                    continue
                bucket = self._index.setdefault(stems[0], [])
                if (stems, concept) not in bucket:
                    bucket.append((stems, concept))

    def find(self, tokens: Sequence[Token], text: str) -> list[ConceptHit]:
        """Concepts named in ``tokens`` (an analysis of ``text``), longest phrase first."""
        hits: list[ConceptHit] = []
        stems = [token.stem for token in tokens]
        position = 0
        while position < len(stems):
            match = next(
                (
                    (len(key), concept)
                    for key, concept in self._index.get(stems[position], ())
                    if tuple(stems[position : position + len(key)]) == key
                ),
                None,
            )
            if match is None:
                position += 1
                continue
            length, concept = match
            last = position + length - 1
            phrase = text[tokens[position].start : tokens[last].end]
            theme = self.concepts[concept].theme
            broader = theme if theme != concept else None
            hits.append(ConceptHit(concept, position, last, phrase, broader))
            position += length
        return hits

    def theme_of(self, concept: str) -> str | None:
        found = self.concepts.get(concept)
        return found.theme if found else None

    def label(self, concept: str, language: str) -> str:
        key = (concept, language)
        if key not in self._labels:
            found = self.concepts.get(concept)
            self._labels[key] = found.label.get(language) if found else concept
        return self._labels[key]
