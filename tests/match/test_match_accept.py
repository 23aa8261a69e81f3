"""Accepting recommendations: requests the scheduler places, never against people's wishes."""

from match_factories import MissionFactory, person

from wafd.match import RECOMMENDATION_SOURCE, MatchRules, accept_recommendations, recommend
from wafd.model import MeetingRequest, Mission, Preference


def suggested(mission: Mission) -> list[tuple[str, str]]:
    return [(r.requester, r.target) for r in mission.requests if r.source == RECOMMENDATION_SOURCE]


def test_accept_adds_want_requests_with_reason_and_weight(tour: Mission) -> None:
    recommendations = recommend(tour, top=5)
    accepted = accept_recommendations(tour, recommendations, top_n=1)
    best = {r.subject: r for r in recommendations if r.rank == 1}
    added = [r for r in accepted.requests if r.source == RECOMMENDATION_SOURCE]
    assert sorted((r.requester, r.target) for r in added) == [
        ("add-1", "aws"),
        ("dgssi-1", "cisco"),
    ]
    for request in added:
        assert request.preference == Preference.WANT
        assert request.reason == best[request.requester].explanation
        assert request.weight == best[request.requester].score


def test_accept_takes_top_n_per_subject(tour: Mission) -> None:
    recommendations = recommend(tour, participant_ids=["add-1"], top=5)
    accepted = accept_recommendations(tour, recommendations, top_n=2)
    assert suggested(accepted) == [("add-1", r.candidate) for r in recommendations[:2]]


def test_accept_never_overrides_an_explicit_no(tour: Mission) -> None:
    recommendations = recommend(tour, participant_ids=["dgssi-1"])
    refused = tour.model_copy(
        update={"requests": (MeetingRequest(requester="cisco", target="dgssi", preference="no"),)}
    )
    accepted = accept_recommendations(refused, recommendations, top_n=3)
    assert suggested(accepted) == []
    assert accepted.requests == refused.requests


def test_accept_keeps_an_explicit_must_as_it_is(tour: Mission) -> None:
    must = MeetingRequest(requester="dgssi-1", target="cisco", preference="must")
    asked = tour.model_copy(update={"requests": (must,)})
    accepted = accept_recommendations(asked, recommend(asked, top=1), top_n=1)
    assert accepted.requests[0] == must
    assert ("dgssi-1", "cisco") not in suggested(accepted)


def test_accept_respects_the_cap_per_host(build_mission: MissionFactory) -> None:
    mission = build_mission(
        [
            person("d1", "delegate", needs="cybersecurity audits"),
            person("d2", "delegate", needs="cybersecurity training"),
            person("d3", "delegate", needs="cybersecurity and cloud"),
            person("sec", offers="cybersecurity audits, training and cloud security"),
        ]
    )
    recommendations = recommend(mission, top=1)
    accepted = accept_recommendations(
        mission, recommendations, top_n=1, rules=MatchRules(max_meetings_per_host=2)
    )
    strongest = sorted(recommendations, key=lambda r: -r.score)[:2]
    assert sorted(suggested(accepted)) == sorted((r.subject, r.candidate) for r in strongest)
