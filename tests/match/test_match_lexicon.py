"""The lexicon lets Arabic, French and English names of one idea meet."""

import pytest

from wafd.match.analyser import Analyser
from wafd.match.lexicon import Lexicon
from wafd.model import DEFAULT_THEMES, LocalizedText, Theme


@pytest.fixture(scope="module")
def analyser() -> Analyser:
    return Analyser(Lexicon(DEFAULT_THEMES))


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("الأمن السيبراني", "cybersecurity"),
        ("cybersécurité", "cybersecurity"),
        ("Cybersecurity", "cybersecurity"),
        ("IA", "artificial_intelligence"),
        ("AI", "artificial_intelligence"),
        ("الذكاء الاصطناعي", "artificial_intelligence"),
        ("DGSSI", "cybersecurity"),
        ("réponse aux incidents", "security_operations"),
        ("كلاود", "cloud_computing"),
        ("داتا سنتر", "data_centres"),
        ("ستارت اب", "startups_vc"),
        ("e-gov", "e_government"),
    ],
)
def test_lexicon_names_one_concept_in_every_language(
    analyser: Analyser, text: str, concept: str
) -> None:
    assert analyser.read(text).concepts == {concept}


def test_lexicon_finds_each_concept_of_mixed_language_text(analyser: Analyser) -> None:
    reading = analyser.read("Nous cherchons du cloud souverain و الأمن السيبراني for our SOC")
    assert [hit.concept for hit in reading.hits] == [
        "sovereign_cloud",
        "cybersecurity",
        "security_operations",
    ]


def test_lexicon_quotes_the_phrase_as_written(analyser: Analyser) -> None:
    reading = analyser.read("Besoin d'Intelligence Artificielle générative")
    assert [hit.phrase for hit in reading.hits] == ["Intelligence Artificielle générative"]


def test_concept_counts_as_evidence_of_its_theme(analyser: Analyser) -> None:
    assert analyser.themes("GDPR compliance audits") == {"cybersecurity"}


def test_finer_concept_also_counts_as_its_theme_feature(analyser: Analyser) -> None:
    features = analyser.read("السحابة السيادية").features()
    assert [f for f in features if f.startswith("c:")] == ["c:sovereign_cloud", "c:cloud_computing"]


def test_mission_themes_bring_their_own_synonyms() -> None:
    water = Theme(id="water", label=LocalizedText(en="Water"), synonyms=("dessalement", "تحلية"))
    analyser = Analyser(Lexicon((water,)))
    assert analyser.themes("projets de dessalement et تحلية المياه") == {"water"}
