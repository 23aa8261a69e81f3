"""Score all sensible pairs and keep each subject's best candidates, without an n×n matrix.

The base score of a pair is the sum of two dot products of stacked rows::

    wt·T_s · T_c  +  [wf/2·O, wf/2·N, wx·F]_s · [N, O, F]_c
      = wt·themes + wf·(offers→needs + needs→offers)/2 + wx·whole-profile similarity

so subjects are scored in blocks of rows (a small dense product for themes, a sparse one
for text, densified one block at a time), adjusted for vetoes and bonuses, and cut to the
top K with ``argpartition``. Memory stays at one block × all candidates, whatever the size
of the event.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp
from sklearn.preprocessing import normalize

from wafd.match.encoders import Matrix

BLOCK_ROWS = 512


@dataclass(frozen=True, slots=True)
class EncodedSide:
    """L2-normalised rows per profile: themes (always sparse), offers, needs, whole text."""

    themes: sp.csr_matrix
    offers: Matrix
    needs: Matrix
    full: Matrix


def theme_matrix(
    theme_weights: Sequence[dict[str, float]], theme_ids: Sequence[str]
) -> sp.csr_matrix:
    """One normalised row of theme weights per profile (declared themes weigh more than found)."""
    column = {theme: i for i, theme in enumerate(theme_ids)}
    rows, cols, values = [], [], []
    for row, weights in enumerate(theme_weights):
        for theme, weight in weights.items():
            rows.append(row)
            cols.append(column[theme])
            values.append(weight)
    matrix = sp.csr_matrix(
        (np.array(values, dtype=np.float32), (rows, cols)),
        shape=(len(theme_weights), len(theme_ids)),
    )
    return sp.csr_matrix(normalize(matrix, norm="l2"))


def _stack(blocks: list[Matrix]) -> Matrix:
    if any(isinstance(b, np.ndarray) for b in blocks):
        dense = [b if isinstance(b, np.ndarray) else b.toarray() for b in blocks]
        return np.hstack(dense).astype(np.float32)
    return sp.csr_matrix(sp.hstack(blocks, format="csr"), dtype=np.float32)


Factor = tuple[Matrix, Matrix]
"""Subject rows and candidate rows whose product is one additive part of the score."""


def score_factors(
    subjects: EncodedSide, candidates: EncodedSide, weights: tuple[float, float, float]
) -> list[Factor]:
    """The base score as a sum of two products: themes (few columns, dense) and text.

    Keeping themes apart matters at scale: almost every pair shares some theme, so mixing
    them into the sparse text product would make its result dense and slow.
    """
    wt, wf, wx = weights
    themes = (np.asarray(subjects.themes.toarray()) * wt, np.asarray(candidates.themes.toarray()))
    text_subjects = _stack(
        [subjects.offers * (wf / 2), subjects.needs * (wf / 2), subjects.full * wx]
    )
    text_candidates = _stack([candidates.needs, candidates.offers, candidates.full])
    return [themes, (text_subjects, text_candidates)]


def best_candidates(
    factors: list[Factor],
    *,
    top: int,
    min_score: float,
    adjust: Callable[[int, np.ndarray], None],
) -> list[list[tuple[int, float]]]:
    """For each subject row, the ``top`` best candidates by ``Σ subjects·candidatesᵀ``.

    ``adjust(row, scores)`` edits one subject's scores in place: ``-inf`` removes a
    candidate, additions apply bonuses.
    """
    transposed = [
        (left, right.T if isinstance(right, np.ndarray) else right.T.tocsr())
        for left, right in factors
    ]
    count = factors[0][0].shape[0]
    result: list[list[tuple[int, float]]] = []
    for begin in range(0, count, BLOCK_ROWS):
        scores: np.ndarray | None = None
        for left, right_t in transposed:
            block = left[begin : begin + BLOCK_ROWS] @ right_t
            part = block if isinstance(block, np.ndarray) else block.toarray()
            scores = part if scores is None else scores + part
        assert scores is not None
        for offset, row in enumerate(scores):
            adjust(begin + offset, row)
            keep = min(top, row.shape[0])
            if keep == 0:
                result.append([])
                continue
            chosen = np.argpartition(-row, keep - 1)[:keep]
            chosen = chosen[np.argsort(-row[chosen], kind="stable")]
            result.append([(int(j), float(row[j])) for j in chosen if row[j] >= min_score])
    return result


def pair_similarities(
    first: Matrix, rows: np.ndarray, second: Matrix, columns: np.ndarray
) -> np.ndarray:
    """Dot products of ``first[rows[k]]`` and ``second[columns[k]]`` for every k, at once."""
    if isinstance(first, np.ndarray) and isinstance(second, np.ndarray):
        return np.asarray(np.einsum("ij,ij->i", first[rows], second[columns]))
    product = sp.csr_matrix(first[rows]).multiply(sp.csr_matrix(second[columns]))
    return np.asarray(product.sum(axis=1), dtype=np.float64).ravel()


def row_columns(matrix: sp.csr_matrix, row: int) -> set[int]:
    """Column indices of the stored entries of one CSR row, without slicing the matrix."""
    return set(matrix.indices[matrix.indptr[row] : matrix.indptr[row + 1]].tolist())
