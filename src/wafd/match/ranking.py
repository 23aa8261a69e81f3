"""Rank whom each participant should meet: ``match_mission`` and ``recommend``.

The pipeline: build profiles, read every text once (normalisation, stemming, concepts),
encode offers, needs and descriptions, score every sensible pair block by block with vetoes
and bonuses applied, keep each subject's top K, and explain those in the reader's language.
"""

from collections.abc import Sequence

import numpy as np
import scipy.sparse as sp
from sklearn.preprocessing import normalize

from wafd.match.analyser import Analyser
from wafd.match.checks import profile_warnings, unknown_subject
from wafd.match.encoders import Encoder, LexicalEncoder, Matrix
from wafd.match.explain import MAX_PHRASES, matched_phrases, render
from wafd.match.lexicon import Lexicon
from wafd.match.pairs import PairFacts, PairPolicy
from wafd.match.profiles import (
    Profile,
    build_subject,
    default_subjects,
    matchable_participants,
    participant_profile,
    sensible_candidate_roles,
)
from wafd.match.results import MatchResult, MatchWarning, Recommendation
from wafd.match.rules import MatchRules
from wafd.match.scoring import (
    EncodedSide,
    best_candidates,
    pair_similarities,
    row_columns,
    score_factors,
    theme_matrix,
)
from wafd.model import Mission

DECLARED_THEME_WEIGHT = 1.0
FOUND_THEME_WEIGHT = 0.6


def recommend(
    mission: Mission,
    *,
    participant_ids: Sequence[str] | None = None,
    top: int = 10,
    language: str = "en",
    encoder: Encoder | None = None,
    rules: MatchRules | None = None,
) -> list[Recommendation]:
    """The ranked, explained recommendations of :func:`match_mission`, without the warnings."""
    result = match_mission(
        mission,
        participant_ids=participant_ids,
        top=top,
        language=language,
        encoder=encoder,
        rules=rules,
    )
    return list(result.recommendations)


def match_mission(
    mission: Mission,
    *,
    participant_ids: Sequence[str] | None = None,
    top: int = 10,
    language: str = "en",
    encoder: Encoder | None = None,
    rules: MatchRules | None = None,
) -> MatchResult:
    """Top ``top`` candidates for each subject (participant or delegate organisation ids;
    by default every delegate on a tour, everyone at a B2B event), with warnings as data."""
    rules = rules or MatchRules()
    encoder = encoder or LexicalEncoder()
    analyser = Analyser(Lexicon(mission.themes))
    organisations = mission.organisation_index()
    candidates = [
        participant_profile(p, organisations.get(p.organisation))
        for p in matchable_participants(mission)
    ]
    position = {c.id: i for i, c in enumerate(candidates)}
    warnings: list[MatchWarning] = []
    subjects: list[Profile] = []
    wanted = participant_ids if participant_ids is not None else default_subjects(mission)
    for subject_id in dict.fromkeys(wanted):
        subject = (
            candidates[position[subject_id]]
            if subject_id in position
            else build_subject(mission, subject_id)
        )
        if subject is None:
            warnings.append(unknown_subject(subject_id, language))
        else:
            subjects.append(subject)
    theme_ids = tuple(t.id for t in mission.themes)
    for profile in [*candidates, *(s for s in subjects if s.id not in position)]:
        warnings.extend(profile_warnings(profile, analyser, frozenset(theme_ids), language))
    if not subjects or not candidates:
        return MatchResult(recommendations=(), warnings=tuple(warnings), encoder=encoder.name)
    extra = [s for s in subjects if s.id not in position]
    profiles = [*candidates, *extra]
    encoder.fit([text for p in profiles for text in (p.offers, p.needs, p.about)], analyser)
    encoded = _encode(profiles, encoder, analyser, theme_ids)
    extra_row = {s.id: len(candidates) + i for i, s in enumerate(extra)}
    rows = [position[s.id] if s.id in position else extra_row[s.id] for s in subjects]
    factors = score_factors(
        _take(encoded, rows),
        _take(encoded, list(range(len(candidates)))),
        rules.weights.normalised(),
    )
    policy = PairPolicy(mission, candidates, rules)
    role_masks = {
        role: ~np.array([c.role in sensible_candidate_roles(mission, role) for c in candidates])
        for role in {s.role for s in subjects}
    }
    org_codes = {org: code for code, org in enumerate({c.organisation for c in candidates})}
    org_of = np.array([org_codes[c.organisation] for c in candidates], dtype=np.int32)
    facts = [policy.facts(s) for s in subjects]
    boosted = bool(policy.boost.any())

    def adjust(row: int, scores: np.ndarray) -> None:
        """Remove pairs that make no sense or are vetoed; add boosts and request bonuses."""
        subject = subjects[row]
        scores[role_masks[subject.role]] = -np.inf
        if not rules.allow_same_organisation and subject.organisation in org_codes:
            scores[org_of == org_codes[subject.organisation]] = -np.inf
        for member in subject.members:
            if member in position:
                scores[position[member]] = -np.inf
        excluded = policy.excluded_kinds(subject)
        if excluded is not None:
            scores[excluded] = -np.inf
        if boosted:
            scores += policy.boost * (scores > 0)
        for j, bonus in facts[row].bonus.items():
            scores[j] += bonus
        scores[list(facts[row].vetoed)] = -np.inf

    best = best_candidates(factors, top=top, min_score=rules.min_score, adjust=adjust)
    pairs = [
        (row, j, rank, score)
        for row, ranked in enumerate(best)
        for rank, (j, score) in enumerate(ranked, start=1)
    ]
    parts = _parts(encoded, [rows[p[0]] for p in pairs], [p[1] for p in pairs])
    recommendations = [
        _recommendation(
            subjects[row],
            candidates[j],
            rank,
            score,
            parts=(parts[0][k], parts[1][k], parts[2][k]),
            weights=rules.weights.normalised(),
            shared=tuple(
                theme_ids[i]
                for i in sorted(
                    row_columns(encoded.themes, rows[row]) & row_columns(encoded.themes, j)
                )
            ),
            analyser=analyser,
            policy=policy,
            facts=facts[row],
            column=j,
            language=language,
        )
        for k, (row, j, rank, score) in enumerate(pairs)
    ]
    return MatchResult(
        recommendations=tuple(recommendations), warnings=tuple(warnings), encoder=encoder.name
    )


def _encode(
    profiles: list[Profile], encoder: Encoder, analyser: Analyser, theme_ids: tuple[str, ...]
) -> EncodedSide:
    offers = encoder.encode([p.offers for p in profiles], analyser)
    needs = encoder.encode([p.needs for p in profiles], analyser)
    about = encoder.encode([p.about for p in profiles], analyser)
    full = normalize(offers + needs + about, norm="l2")
    declared = set(theme_ids)
    weights: list[dict[str, float]] = []
    for p in profiles:
        found = {
            t: FOUND_THEME_WEIGHT
            for text in (p.offers, p.needs, p.about)
            for t in analyser.themes(text)
        }
        found.update({t: DECLARED_THEME_WEIGHT for t in p.themes if t in declared})
        weights.append(found)
    full = sp.csr_matrix(full) if sp.issparse(full) else np.asarray(full, dtype=np.float32)
    return EncodedSide(theme_matrix(weights, theme_ids), offers, needs, full)


def _take(side: EncodedSide, rows: list[int]) -> EncodedSide:
    def pick(matrix: Matrix) -> Matrix:
        return matrix[rows]

    return EncodedSide(pick(side.themes), pick(side.offers), pick(side.needs), pick(side.full))


def _parts(
    encoded: EncodedSide, rows: list[int], columns: list[int]
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Theme, fit and whole-text similarity of each kept pair, computed in one go."""
    r, c = np.array(rows, dtype=np.int64), np.array(columns, dtype=np.int64)
    themes = pair_similarities(encoded.themes, r, encoded.themes, c)
    offers_to_needs = pair_similarities(encoded.offers, r, encoded.needs, c)
    needs_to_offers = pair_similarities(encoded.needs, r, encoded.offers, c)
    text = pair_similarities(encoded.full, r, encoded.full, c)
    return themes, (offers_to_needs + needs_to_offers) / 2, text


def _recommendation(
    subject: Profile,
    candidate: Profile,
    rank: int,
    score: float,
    *,
    parts: tuple[float, float, float],
    weights: tuple[float, float, float],
    shared: tuple[str, ...],
    analyser: Analyser,
    policy: PairPolicy,
    facts: PairFacts,
    column: int,
    language: str,
) -> Recommendation:
    """Put one kept pair's parts and reasons into a recommendation."""
    theme_part, fit, text = (float(x) for x in parts)
    base = weights[0] * theme_part + weights[1] * fit + weights[2] * text
    boost = float(policy.boost[column]) if base > 0 else 0.0
    answered = matched_phrases(
        analyser, needs=subject.needs, offers=candidate.offers, side="subject"
    )
    phrases = (
        *answered,
        *matched_phrases(
            analyser,
            needs=candidate.needs,
            offers=subject.offers,
            side="candidate",
            limit=MAX_PHRASES - len(answered),
        ),
    )
    preferences = tuple(facts.preferences.get(column, ()))
    rules = tuple(policy.applied_rules(candidate)) if boost else ()
    return Recommendation.model_construct(
        subject=subject.id,
        candidate=candidate.id,
        rank=rank,
        score=round(score, 4),
        themes=round(theme_part, 4),
        fit=round(fit, 4),
        text=round(text, 4),
        preference=round(facts.bonus.get(column, 0.0), 4),
        boost=round(boost, 4),
        shared_themes=shared,
        phrases=phrases,
        preferences=preferences,
        rules=rules,
        language=language,
        explanation=render(
            language=language,
            lexicon=analyser.lexicon,
            shared_themes=shared,
            phrases=phrases,
            preferences=preferences,
            rules=rules,
        ),
    )
