"""Recommendations: the right pairs, ranked, explained in the reader's language."""

from match_factories import MissionFactory, person

from wafd.match import PreferenceBonus, match_mission, recommend
from wafd.model import EventKind, MeetingRequest, Mission, Preference


def ranked(mission: Mission, subject: str, **options: object) -> list[str]:
    found = recommend(mission, participant_ids=[subject], **options)  # type: ignore[arg-type]
    return [r.candidate for r in found]


def test_recommend_meets_arabic_need_with_english_offer(tour: Mission) -> None:
    assert ranked(tour, "dgssi-1") == ["cisco"]


def test_recommend_meets_french_need_with_english_offer_first(tour: Mission) -> None:
    assert ranked(tour, "add-1")[0] == "aws"


def test_recommend_on_tour_pairs_delegates_with_hosts_only(tour: Mission) -> None:
    everyone = recommend(tour, top=10)
    assert {r.subject for r in everyone} == {"dgssi-1", "add-1"}
    assert {r.candidate for r in everyone} <= {"cisco", "aws", "fund", "clinic"}


def test_recommend_ranks_are_consecutive_and_scores_descending(tour: Mission) -> None:
    found = recommend(tour, participant_ids=["add-1"], top=4)
    assert [r.rank for r in found] == list(range(1, len(found) + 1))
    assert [r.score for r in found] == sorted((r.score for r in found), reverse=True)


def test_recommend_explains_in_each_language(tour: Mission) -> None:
    texts = {
        language: recommend(tour, participant_ids=["dgssi-1"], language=language)[0].explanation
        for language in ("en", "fr", "ar")
    }
    assert texts["en"].startswith("Shared themes: Cybersecurity.")
    assert texts["fr"].startswith("Thèmes communs : Cybersécurité.")
    assert texts["ar"].startswith("محاور مشتركة: الأمن السيبراني.")


def test_recommend_quotes_both_sides_phrases(tour: Mission) -> None:
    top = recommend(tour, participant_ids=["dgssi-1"])[0]
    assert [(p.need, p.offer, p.side) for p in top.phrases] == [
        ("الأمن السيبراني", "Cybersecurity", "subject")
    ]


def test_recommend_at_b2b_event_pairs_everyone_but_self_and_colleagues(
    build_mission: MissionFactory,
) -> None:
    mission = build_mission(
        [
            person("a", "delegate", org="one", needs="cloud hosting"),
            person("b", "delegate", org="one", offers="cloud hosting"),
            person("c", "delegate", org="two", offers="cloud hosting services"),
            person("d", "host", org="three", offers="cloud computing"),
        ],
        kind=EventKind.B2B,
    )
    assert sorted(ranked(mission, "a")) == ["c", "d"]


def test_recommend_for_delegate_organisation_pools_its_delegates(
    build_mission: MissionFactory,
) -> None:
    mission = build_mission(
        [
            person("m1", "delegate", org="ministry", needs="cybersécurité"),
            person("m2", "delegate", org="ministry", needs="éducation numérique"),
            person("sec", offers="cybersecurity"),
            person("school", offers="education technology"),
            person("farm", offers="agritech"),
        ]
    )
    assert sorted(ranked(mission, "ministry")) == ["school", "sec"]


def test_no_request_vetoes_even_the_best_pair(tour: Mission) -> None:
    vetoed = tour.model_copy(
        update={"requests": (MeetingRequest(requester="cisco", target="dgssi", preference="no"),)}
    )
    assert "cisco" not in ranked(vetoed, "dgssi-1")


def test_must_request_lifts_an_unrelated_host_to_the_top(tour: Mission) -> None:
    asked = tour.model_copy(
        update={
            "requests": (MeetingRequest(requester="dgssi-1", target="fund", preference="must"),)
        }
    )
    top = recommend(asked, participant_ids=["dgssi-1"])[0]
    assert (top.candidate, top.preference) == ("fund", PreferenceBonus().must)
    assert top.explanation == "You asked to meet them (must)."


def test_mutual_interest_counts_more_than_one_sided(tour: Mission) -> None:
    one_way = (MeetingRequest(requester="dgssi-1", target="fund", preference=Preference.WANT),)
    both_ways = (*one_way, MeetingRequest(requester="fund", target="dgssi-1"))
    single = recommend(tour.model_copy(update={"requests": one_way}), participant_ids=["dgssi-1"])
    mutual = recommend(tour.model_copy(update={"requests": both_ways}), participant_ids=["dgssi-1"])
    score = {r.candidate: r.preference for r in single}["fund"]
    assert {r.candidate: r.preference for r in mutual}["fund"] == round(2 * score * 1.5, 4)
    assert next(r for r in mutual if r.candidate == "fund").explanation.endswith(
        "The interest is mutual."
    )


def test_unknown_subject_is_a_warning_not_an_error(tour: Mission) -> None:
    result = match_mission(tour, participant_ids=["ghost"], language="fr")
    assert result.recommendations == ()
    assert [(w.code, w.message) for w in result.warnings] == [
        ("unknown_subject", "Aucun participant ni aucune organisation n'a l'identifiant « ghost ».")
    ]
