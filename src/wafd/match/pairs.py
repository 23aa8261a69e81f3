"""What explicit requests and organiser rules say about a pair, before any text is compared.

Requests and rules may name participants or organisations; both are expanded to
participants here so that the scorer works on plain indices. A ``no`` from either side or
an excluded pair is a veto: the pair is never recommended, whatever its profiles say.
"""

from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np

from wafd.match.profiles import Profile
from wafd.match.results import AppliedPreference, AppliedRule
from wafd.match.rules import MatchRules
from wafd.model import Mission, Preference


@dataclass(slots=True)
class PairFacts:
    """Vetoes and bonuses for one subject, keyed by candidate index."""

    vetoed: set[int] = field(default_factory=set)
    bonus: dict[int, float] = field(default_factory=dict)
    preferences: dict[int, list[AppliedPreference]] = field(default_factory=dict)


class PairPolicy:
    """Precomputed request and rule lookups for one mission and one candidate pool."""

    def __init__(self, mission: Mission, candidates: list[Profile], rules: MatchRules) -> None:
        self.rules = rules
        self._position = {c.id: i for i, c in enumerate(candidates)}
        members: dict[str, set[str]] = defaultdict(set)
        for participant in mission.participants:
            members[participant.id].add(participant.id)
            members[participant.organisation].add(participant.id)
        self._members = members
        self._requests: dict[str, list[tuple[str, str, AppliedPreference]]] = defaultdict(list)
        for request in mission.requests:
            applied = AppliedPreference(
                requester=request.requester,
                target=request.target,
                preference=request.preference,
                from_subject=False,
            )
            for requester in members.get(request.requester, set()):
                for target in members.get(request.target, set()):
                    self._requests[requester].append((requester, target, applied))
                    self._requests[target].append((requester, target, applied))
        self._excluded: dict[str, set[str]] = defaultdict(set)
        for first, second in rules.exclude_pairs:
            for a in members.get(first, set()):
                for b in members.get(second, set()):
                    self._excluded[a].add(b)
                    self._excluded[b].add(a)
        self.boost = np.zeros(len(candidates), dtype=np.float32)
        for target, value in rules.boosts.items():
            for member in members.get(target, set()):
                if member in self._position:
                    self.boost[self._position[member]] += value
        self._kind_masks = {
            token: np.array([c.matches_kind(token) for c in candidates], dtype=bool)
            for pair in rules.exclude_kinds
            for token in pair
        }

    def facts(self, subject: Profile) -> PairFacts:
        """Vetoes and preference bonuses between ``subject`` and every candidate."""
        facts = PairFacts()
        found: dict[int, dict[bool, AppliedPreference]] = defaultdict(dict)
        for member in subject.members:
            for requester, target, applied in self._requests.get(member, ()):
                forward = requester in subject.members
                other = target if forward else requester
                position = self._position.get(other)
                if position is None or other in subject.members:
                    continue
                if applied.preference == Preference.NO:
                    facts.vetoed.add(position)
                previous = found[position].get(forward)
                if previous is None or _strength(applied) > _strength(previous):
                    found[position][forward] = applied.model_copy(update={"from_subject": forward})
            for other in self._excluded.get(member, ()):
                if other in self._position:
                    facts.vetoed.add(self._position[other])
        bonus = self.rules.preferences
        for position, by_direction in found.items():
            values = [
                bonus.must if a.preference == Preference.MUST else bonus.want
                for a in by_direction.values()
                if a.preference != Preference.NO
            ]
            total = sum(values) * (bonus.mutual_factor if len(values) == 2 else 1.0)
            facts.bonus[position] = total
            facts.preferences[position] = list(by_direction.values())
        return facts

    def excluded_kinds(self, subject: Profile) -> np.ndarray | None:
        """Candidates an ``exclude_kinds`` rule keeps away from ``subject`` (boolean mask)."""
        mask: np.ndarray | None = None
        for first, second in self.rules.exclude_kinds:
            for mine, theirs in ((first, second), (second, first)):
                if subject.matches_kind(mine):
                    hit = self._kind_masks[theirs]
                    mask = hit.copy() if mask is None else mask | hit
        return mask

    def applied_rules(self, candidate: Profile) -> list[AppliedRule]:
        return [
            AppliedRule(rule="boost", target=target, value=value)
            for target, value in self.rules.boosts.items()
            if target in (candidate.id, candidate.organisation)
        ]


def _strength(applied: AppliedPreference) -> int:
    return {Preference.NO: 3, Preference.MUST: 2, Preference.WANT: 1}[applied.preference]
