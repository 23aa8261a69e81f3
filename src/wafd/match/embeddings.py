"""Sentence-embedding encoder (optional extra ``embeddings``): sentence-transformers models.

Install with ``pip install torch==2.13.0`` (the CPU build) and then ``pip install
'wafd[embeddings]'``. The model is given by a local directory or by a name already in the
local cache; nothing is downloaded at run time (``HF_HUB_OFFLINE`` is forced on), so a
missing model is a clear error, not a silent download. Multilingual models (for example
paraphrase-multilingual-MiniLM-L12-v2) suit Arabic/French/English profiles; English-only
ones such as all-MiniLM-L6-v2 still help on English and on shared technical words.
"""

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from wafd.match.analyser import Analyser
from wafd.match.encoders import Matrix

MODEL_ENVIRONMENT_VARIABLE = "WAFD_EMBEDDING_MODEL"


class EmbeddingUnavailableError(RuntimeError):
    """The extra is not installed or the model is not on this machine."""


class EmbeddingEncoder:
    """Encodes each text with a sentence-transformers model; empty texts get zero rows."""

    name = "embeddings"

    def __init__(self, model: str | Path | None = None, *, batch_size: int = 64) -> None:
        chosen = model or os.environ.get(MODEL_ENVIRONMENT_VARIABLE)
        if not chosen:
            raise EmbeddingUnavailableError(
                f"give a model path or name, or set {MODEL_ENVIRONMENT_VARIABLE}"
            )
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as error:
            raise EmbeddingUnavailableError(
                "the embeddings extra is not installed: pip install 'wafd[embeddings]'"
            ) from error
        try:
            self._model: Any = SentenceTransformer(str(chosen), device="cpu")
        except OSError as error:
            raise EmbeddingUnavailableError(f"cannot load model {chosen}: {error}") from error
        self.batch_size = batch_size

    def fit(self, corpus: Sequence[str], analyser: Analyser) -> None:
        """Nothing to learn: the model is pre-trained."""

    def encode(self, texts: Sequence[str], analyser: Analyser) -> Matrix:
        """Embeddings of the cleaned texts (invisible marks and diacritics removed)."""
        cleaned = [analyser.read(text).analysis.text.strip() for text in texts]
        dimension = getattr(self._model, "get_embedding_dimension", None)
        size = dimension() if dimension else self._model.get_sentence_embedding_dimension()
        result = np.zeros((len(texts), size), np.float32)
        present = [i for i, text in enumerate(cleaned) if text]
        if present:
            vectors = self._model.encode(
                [cleaned[i] for i in present],
                batch_size=self.batch_size,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
            )
            result[present] = vectors.astype(np.float32)
        return result
