"""Turn recommendations into meeting requests the scheduler will try to place.

Organisers review the ranked list, then accept the top N per delegate in one step. The new
requests are ordinary ``want`` requests marked ``source="recommendation"``, carrying the
explanation as their reason and the score as their weight, so the scheduler favours the
strongest matches and everyone can see later why a meeting was proposed. What people asked
for themselves always wins: a pair with any explicit request between its two sides (a
``no`` above all, but also a ``must`` or ``want``) is left as it is.
"""

from collections import Counter, defaultdict
from collections.abc import Iterable

from wafd.match.results import Recommendation
from wafd.match.rules import MatchRules
from wafd.model import MeetingRequest, Mission, Preference

RECOMMENDATION_SOURCE = "recommendation"


def accept_recommendations(
    mission: Mission,
    recommendations: Iterable[Recommendation],
    *,
    top_n: int,
    rules: MatchRules | None = None,
) -> Mission:
    """A copy of ``mission`` with a ``want`` request for each subject's ``top_n`` best candidates.

    Hosts at their cap (``rules.max_meetings_per_host`` / ``rules.host_caps``, counting the
    requests they already have) get no more; the strongest matches are served first.
    """
    rules = rules or MatchRules()
    organisation_of = {p.id: p.organisation for p in mission.participants}

    def sides(identifier: str) -> set[str]:
        """The id itself and its organisation, or the organisation's members."""
        found = {identifier}
        if identifier in organisation_of:
            found.add(organisation_of[identifier])
        found.update(p for p, org in organisation_of.items() if org == identifier)
        return found

    explicit: set[frozenset[str]] = set()
    load: Counter[str] = Counter()
    for request in mission.requests:
        explicit.add(frozenset((request.requester, request.target)))
        if request.preference != Preference.NO:
            load.update(_host_keys(request.target, organisation_of))
    by_subject: dict[str, list[Recommendation]] = defaultdict(list)
    for recommendation in recommendations:
        by_subject[recommendation.subject].append(recommendation)
    chosen = [
        r for ranked in by_subject.values() for r in sorted(ranked, key=lambda r: r.rank)[:top_n]
    ]
    added: list[MeetingRequest] = []
    for recommendation in sorted(chosen, key=lambda r: -r.score):
        subject, candidate = recommendation.subject, recommendation.candidate
        if any(frozenset((a, b)) in explicit for a in sides(subject) for b in sides(candidate)):
            continue
        keys = _host_keys(candidate, organisation_of)
        caps = [(k, rules.cap_for(k, participant=k in organisation_of)) for k in keys]
        if any(cap is not None and load[k] >= cap for k, cap in caps):
            continue
        load.update(keys)
        explicit.add(frozenset((subject, candidate)))
        added.append(
            MeetingRequest(
                requester=subject,
                target=candidate,
                preference=Preference.WANT,
                reason=recommendation.explanation,
                source=RECOMMENDATION_SOURCE,
                weight=min(1.0, max(0.0, recommendation.score)),
            )
        )
    return mission.model_copy(update={"requests": (*mission.requests, *added)})


def _host_keys(target: str, organisation_of: dict[str, str]) -> tuple[str, ...]:
    """Ids a cap may name for this target: the participant and its organisation."""
    if target in organisation_of:
        return (target, organisation_of[target])
    return (target,)
