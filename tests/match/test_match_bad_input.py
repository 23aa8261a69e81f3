"""Bad profiles: each gets a sensible result or a warning, never an exception."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from match_factories import MissionFactory, person

from wafd.match import match_mission
from wafd.match.text import MAX_FIELD_CHARS, analyse
from wafd.model import Mission


@pytest.fixture
def with_odd_delegate(build_mission: MissionFactory):  # type: ignore[no-untyped-def]
    def build(**profile: str) -> Mission:
        return build_mission(
            [
                person("odd", "delegate", **profile),
                person("sec", offers="cybersecurity services"),
                person("cloud", offers="cloud hosting"),
            ]
        )

    return build


def codes(mission: Mission, participant: str = "odd") -> list[tuple[str, str]]:
    result = match_mission(mission)
    return [(w.field, w.code) for w in result.warnings if w.participant == participant]


def test_empty_profile_warns_and_recommends_nothing(with_odd_delegate) -> None:  # type: ignore[no-untyped-def]
    mission = with_odd_delegate()
    result = match_mission(mission)
    assert codes(mission) == [("profile", "empty_profile")]
    assert result.for_subject("odd") == []


def test_emoji_only_needs_warn_about_no_words(with_odd_delegate) -> None:  # type: ignore[no-untyped-def]
    mission = with_odd_delegate(needs="🚀🔐☁️ 👍👍")
    assert codes(mission) == [("needs", "no_words")]
    assert match_mission(mission).for_subject("odd") == []


def test_fifty_kilobytes_in_one_cell_is_cut_and_still_matched(with_odd_delegate) -> None:  # type: ignore[no-untyped-def]
    long_text = "cybersecurity " + "lorem ipsum dolor " * 3000
    assert len(long_text.encode()) > 50_000
    mission = with_odd_delegate(needs=long_text)
    result = match_mission(mission)
    assert codes(mission) == [("needs", "truncated")]
    assert [r.candidate for r in result.for_subject("odd")] == ["sec"]
    assert len(long_text) > MAX_FIELD_CHARS


def test_rtl_marks_and_zero_width_characters_are_ignored(with_odd_delegate) -> None:  # type: ignore[no-untyped-def]
    mission = with_odd_delegate(needs="\u200f\u202bالأمن\u200c السيبراني\u202c\u200b\ufeff")
    result = match_mission(mission)
    assert codes(mission) == []
    assert [r.candidate for r in result.for_subject("odd")] == ["sec"]


@pytest.mark.parametrize("text", ["网络安全和云计算服务", "Кибербезопасность и облачные услуги"])
def test_unsupported_script_warns_and_does_not_crash(with_odd_delegate, text: str) -> None:  # type: ignore[no-untyped-def]
    mission = with_odd_delegate(needs=text)
    result = match_mission(mission)
    assert codes(mission) == [("needs", "unsupported_script")]
    assert result.for_subject("odd") == []


def test_unknown_theme_is_ignored_with_a_warning(with_odd_delegate) -> None:  # type: ignore[no-untyped-def]
    mission = with_odd_delegate(themes=("cybersecurity", "teleportation"))
    result = match_mission(mission)
    assert codes(mission) == [("themes", "unknown_theme")]
    assert [r.candidate for r in result.for_subject("odd")] == ["sec"]


def test_mission_without_any_text_returns_nothing(build_mission: MissionFactory) -> None:
    mission = build_mission([person("a", "delegate"), person("b")])
    result = match_mission(mission)
    assert result.recommendations == ()
    assert [w.code for w in result.warnings] == ["empty_profile", "empty_profile"]


def test_mission_without_participants_returns_nothing(build_mission: MissionFactory) -> None:
    assert match_mission(build_mission([])).recommendations == ()


@given(st.text(max_size=300))
@settings(max_examples=150, deadline=None)
def test_any_text_is_read_without_error(text: str) -> None:
    analysis = analyse(text)
    assert all(token.stem for token in analysis.tokens)
    assert analysis.foreign_letters <= analysis.letters
