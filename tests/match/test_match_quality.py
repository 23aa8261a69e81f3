"""Quality floor of the default encoder on the hand-labelled evaluation set.

Measured (docs/benchmarks.md, "Matchmaking"): precision@5 0.440 (the labels allow at most
0.450), recall@5 0.975, nDCG@10 0.969. The floors sit just below so that a change to the
normaliser, the lexicon or the weights that loses relevant meetings fails here.
"""

from pathlib import Path

import pytest

from wafd.match import recommend
from wafd.match.evaluation import evaluate, load_labelled_event, ndcg_at, precision_at

EVENT = Path(__file__).parent.parent / "data" / "match_eval" / "event.yaml"


def test_evaluation_set_is_large_and_multilingual() -> None:
    event = load_labelled_event(EVENT)
    assert len(event.mission.participants) >= 40
    assert set(event.languages.values()) == {"ar", "fr", "en", "mixed", "translit"}


def test_lexical_encoder_stays_above_measured_quality() -> None:
    event = load_labelled_event(EVENT)
    rankings: dict[str, list[str]] = {}
    for r in recommend(event.mission, top=10):
        rankings.setdefault(r.subject, []).append(r.candidate)
    scores = evaluate(rankings, event.relevant)
    assert scores["precision@5"] >= 0.42
    assert scores["recall@5"] >= 0.95
    assert scores["ndcg@10"] >= 0.94


def test_metrics_follow_their_definitions() -> None:
    relevant = frozenset({"a", "b"})
    assert precision_at(["a", "x", "b"], relevant, 5) == pytest.approx(2 / 5)
    assert ndcg_at(["a", "b", "x"], relevant, 10) == pytest.approx(1.0)
    assert ndcg_at(["x", "a"], relevant, 10) == pytest.approx((1 / 1.5849625) / (1 + 1 / 1.5849625))
