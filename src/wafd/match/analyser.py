"""Read a text once: tokens, concepts and the features the lexical encoder counts.

The same text (an organisation's description, a copied paragraph) often appears in many
profiles, and both the encoder and the explanations need its reading: the cache keeps one.
"""

from dataclasses import dataclass, field

from wafd.match.lexicon import ConceptHit, Lexicon
from wafd.match.text import Analysis, analyse


@dataclass(frozen=True, slots=True)
class Reading:
    """One text's analysis and concept hits, with the quotable phrase of each concept and of
    each word outside concepts (first occurrence wins), for explanations."""

    analysis: Analysis
    hits: tuple[ConceptHit, ...]
    concept_phrases: dict[str, str] = field(default_factory=dict)
    word_phrases: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for hit in self.hits:
            self.concept_phrases.setdefault(hit.concept, hit.phrase)
        for hit in self.hits:  # "sovereign cloud" also answers a need for "cloud"
            if hit.theme is not None:
                self.concept_phrases.setdefault(hit.theme, hit.phrase)
        covered = {i for hit in self.hits for i in range(hit.first, hit.last + 1)}
        for i, token in enumerate(self.analysis.tokens):
            if i not in covered and len(token.stem) > 2:
                self.word_phrases.setdefault(token.stem, token.surface)

    @property
    def concepts(self) -> frozenset[str]:
        return frozenset(hit.concept for hit in self.hits)

    def features(self) -> list[str]:
        """Stems (``t:``) and concepts (``c:``): concepts let languages meet, stems keep detail.

        A finer concept also yields its theme, so "sovereign cloud" meets plain "cloud".
        """
        concepts = [f"c:{hit.concept}" for hit in self.hits]
        broader = [f"c:{hit.theme}" for hit in self.hits if hit.theme is not None]
        return [f"t:{token.stem}" for token in self.analysis.tokens] + concepts + broader


class Analyser:
    """Analyses texts against one lexicon, remembering each distinct text's reading."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._cache: dict[str, Reading] = {}

    def read(self, text: str) -> Reading:
        reading = self._cache.get(text)
        if reading is None:
            analysis = analyse(text)
            hits = tuple(self.lexicon.find(analysis.tokens, analysis.text))
            reading = Reading(analysis, hits)
            self._cache[text] = reading
        return reading

    def themes(self, text: str) -> frozenset[str]:
        """Themes a text speaks about, directly or through one of their concepts."""
        found = (self.lexicon.theme_of(concept) for concept in self.read(text).concepts)
        return frozenset(theme for theme in found if theme is not None)
