"""The closest known word to a mistyped one, for "did you mean …?" hints.

RapidFuzz's normalised Indel similarity (the measure ``difflib`` uses) in C++:
a workbook with thousands of typos against thousands of ids must still be
validated in seconds.
"""

from collections.abc import Collection, Mapping

from rapidfuzz import fuzz, process


def closest(word: str, candidates: Collection[str], *, cutoff: float = 0.6) -> str | None:
    """The candidate most similar to ``word`` if its similarity reaches ``cutoff`` (0-1)."""
    if not candidates:
        return None
    choices = list(candidates) if isinstance(candidates, Mapping) else candidates  # keys only
    match = process.extractOne(word, choices, scorer=fuzz.ratio, score_cutoff=cutoff * 100)
    return str(match[0]) if match else None
