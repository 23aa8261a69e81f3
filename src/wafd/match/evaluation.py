"""Measure recommendation quality against hand-labelled relevant pairs.

Used by the quality test (a floor on the lexical encoder) and by ``bench/match_quality.py``;
organisers can label a past event the same way to compare settings or encoders. The file
format (YAML): ``hosts`` and ``delegates`` map ids to ``{offers|needs, themes, lang}``;
``relevant`` maps each delegate to the hosts judged worth meeting.
"""

import math
from collections.abc import Mapping, Sequence
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict

from wafd.model import LocalizedText, Mission, Organisation, Participant, Role


class LabelledEvent(BaseModel):
    model_config = ConfigDict(frozen=True)

    mission: Mission
    relevant: Mapping[str, frozenset[str]]
    languages: Mapping[str, str]


def load_labelled_event(path: Path) -> LabelledEvent:
    """A tour mission (one organisation per profile) and its relevance labels."""
    data = yaml.safe_load(path.read_text("utf-8"))
    participants: list[Participant] = []
    languages: dict[str, str] = {}
    for role, key in ((Role.HOST, "hosts"), (Role.DELEGATE, "delegates")):
        for pid, row in data[key].items():
            languages[pid] = row.get("lang", "")
            participants.append(
                Participant(
                    id=pid,
                    name=pid,
                    organisation=f"org-{pid}",
                    role=role,
                    offers=row.get("offers", ""),
                    needs=row.get("needs", ""),
                    themes=tuple(row.get("themes", ())),
                )
            )
    organisations = tuple(
        Organisation(id=p.organisation, name=LocalizedText(en=p.organisation)) for p in participants
    )
    mission = Mission(
        id="match-eval",
        name=LocalizedText(en="Matchmaking evaluation"),
        organisations=organisations,
        participants=tuple(participants),
    )
    relevant = {d: frozenset(hosts) for d, hosts in data["relevant"].items()}
    return LabelledEvent(mission=mission, relevant=relevant, languages=languages)


def precision_at(ranked: Sequence[str], relevant: frozenset[str], k: int) -> float:
    """Share of the first ``k`` slots holding a relevant candidate (empty slots count as misses)."""
    return sum(1 for c in ranked[:k] if c in relevant) / k


def ndcg_at(ranked: Sequence[str], relevant: frozenset[str], k: int) -> float:
    """Normalised discounted cumulative gain with binary relevance."""
    gain = sum(1 / math.log2(i + 2) for i, c in enumerate(ranked[:k]) if c in relevant)
    ideal = sum(1 / math.log2(i + 2) for i in range(min(k, len(relevant))))
    return gain / ideal if ideal else 0.0


def evaluate(
    rankings: Mapping[str, Sequence[str]], relevant: Mapping[str, frozenset[str]]
) -> dict[str, float]:
    """Mean precision@5, recall@5 and nDCG@10 over the labelled delegates."""
    subjects = list(relevant)
    p5 = [precision_at(rankings.get(s, ()), relevant[s], 5) for s in subjects]
    r5 = [
        sum(1 for c in rankings.get(s, ())[:5] if c in relevant[s]) / len(relevant[s])
        for s in subjects
    ]
    n10 = [ndcg_at(rankings.get(s, ()), relevant[s], 10) for s in subjects]
    return {
        "precision@5": sum(p5) / len(p5),
        "recall@5": sum(r5) / len(r5),
        "ndcg@10": sum(n10) / len(n10),
    }
