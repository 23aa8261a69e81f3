"""Organiser rules: exclusions, kinds, boosts, and the rules file."""

from pathlib import Path

import pytest

from wafd.match import MatchRules, RulesFileError, load_rules, recommend
from wafd.model import Mission


def candidates(mission: Mission, subject: str, rules: MatchRules) -> list[str]:
    return [r.candidate for r in recommend(mission, participant_ids=[subject], rules=rules)]


def test_excluded_pair_by_organisation_is_never_recommended(tour: Mission) -> None:
    rules = MatchRules(exclude_pairs=(("dgssi", "cisco"),))
    assert "cisco" not in candidates(tour, "dgssi-1", rules)


def test_excluded_kind_of_pair_applies_in_both_directions(tour: Mission) -> None:
    rules = MatchRules(exclude_kinds=(("investor", "agency"),))
    everyone = MatchRules(min_score=0.0)
    assert "fund" in candidates(tour, "dgssi-1", everyone)
    assert "fund" not in candidates(tour, "dgssi-1", rules.model_copy(update={"min_score": 0.0}))


def test_boost_lifts_a_host_and_is_explained(tour: Mission) -> None:
    plain = recommend(tour, participant_ids=["add-1"], top=2)
    boosted = recommend(
        tour, participant_ids=["add-1"], top=2, rules=MatchRules(boosts={"org-clinic": 0.5})
    )
    assert [r.candidate for r in plain] == ["aws", "clinic"]
    assert [r.candidate for r in boosted] == ["clinic", "aws"]
    assert boosted[0].boost == 0.5
    assert boosted[0].explanation.endswith("Organiser boost +0.50.")


def test_boost_never_creates_a_match_from_nothing(tour: Mission) -> None:
    rules = MatchRules(boosts={"fund": 0.5})
    assert "fund" not in candidates(tour, "dgssi-1", rules)


def test_rules_file_is_read_from_yaml(tmp_path: Path) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text(
        "weights: {themes: 1, fit: 1, text: 0}\n"
        "exclude_pairs: [[a, b]]\n"
        "boosts: {cisco: 0.2}\n"
        "max_meetings_per_host: 4\n",
        encoding="utf-8",
    )
    rules = load_rules(path)
    assert rules.weights.normalised() == (0.5, 0.5, 0.0)
    assert rules.exclude_pairs == (("a", "b"),)
    assert rules.cap_for("cisco", participant=True) == 4


def test_rules_file_error_names_the_file_and_field(tmp_path: Path) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text("max_meetings_per_host: many\n", encoding="utf-8")
    with pytest.raises(RulesFileError, match=r"rules\.yaml: max_meetings_per_host: "):
        load_rules(path)
