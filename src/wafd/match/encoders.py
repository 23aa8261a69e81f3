"""Encoders turn texts into row vectors whose dot products say how alike two texts are.

The scorer only needs ``fit`` then ``encode``; rows come back L2-normalised (all-zero for a
text with nothing to say), either as a SciPy sparse matrix or a dense NumPy array. The
default, :class:`LexicalEncoder`, is TF-IDF over stems and cross-lingual concepts: it runs
offline, needs no model, and scales to tens of thousands of profiles because its vectors
stay sparse. :mod:`wafd.match.embeddings` plugs in sentence-transformers models.
"""

from collections.abc import Sequence
from typing import Protocol, TypeAlias

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize

from wafd.match.analyser import Analyser

Matrix: TypeAlias = sp.csr_matrix | np.ndarray

CONCEPT_WEIGHT = 2.0
"""How much more a shared concept counts than a shared word: concepts cross languages."""


class Encoder(Protocol):
    """What the scorer needs from an encoder."""

    name: str

    def fit(self, corpus: Sequence[str], analyser: Analyser) -> None:
        """Learn whatever the encoder needs from all texts of the event (e.g. word rarity)."""

    def encode(self, texts: Sequence[str], analyser: Analyser) -> Matrix:
        """One L2-normalised row per text."""


def _identity(features: list[str]) -> list[str]:
    return features


class LexicalEncoder:
    """TF-IDF over the analyser's features, with concept columns weighted up."""

    name = "lexical"

    def __init__(self, concept_weight: float = CONCEPT_WEIGHT) -> None:
        self.concept_weight = concept_weight
        self._vectorizer = TfidfVectorizer(
            analyzer=_identity, sublinear_tf=True, norm=None, dtype=np.float32
        )
        self._column_weights: sp.dia_matrix | None = None

    def fit(self, corpus: Sequence[str], analyser: Analyser) -> None:
        documents = [analyser.read(text).features() for text in corpus]
        if not any(documents):
            documents = [["t:"]]  # an event with no text at all still gets a usable encoder
        self._vectorizer.fit(documents)
        names = self._vectorizer.get_feature_names_out()
        weights = np.where(np.char.startswith(names.astype(str), "c:"), self.concept_weight, 1.0)
        self._column_weights = sp.diags(weights.astype(np.float32))

    def encode(self, texts: Sequence[str], analyser: Analyser) -> Matrix:
        if self._column_weights is None:
            raise RuntimeError("fit the encoder before encoding")
        documents = [analyser.read(text).features() for text in texts]
        matrix = self._vectorizer.transform(documents) @ self._column_weights
        return sp.csr_matrix(normalize(matrix, norm="l2", copy=False), dtype=np.float32)
