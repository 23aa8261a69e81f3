"""Why a pair was recommended, in the reader's language.

The reasons are collected as data first (shared themes, quoted phrases, requests, rules) so
that JSON consumers get them structured; :func:`render` turns them into sentences through
the ``match`` gettext domain. Phrases are quoted as each side wrote them, in their own
language, whatever the reader's: that is what lets a reader check the match.
"""

from collections.abc import Callable
from functools import cache

from wafd.i18n import N_, translate
from wafd.match.analyser import Analyser
from wafd.match.lexicon import Lexicon
from wafd.match.results import AppliedPreference, AppliedRule, MatchedPhrase
from wafd.model import Preference

MAX_PHRASES = 3

SHARED_THEMES = N_("Shared themes: {themes}.")
THEIR_OFFER = N_("Their offer “{offer}” answers your need “{need}”.")
YOUR_OFFER = N_("Your offer “{offer}” answers their need “{need}”.")
YOU_ASKED = N_("You asked to meet them ({preference}).")
THEY_ASKED = N_("They asked to meet you ({preference}).")
MUTUAL = N_("The interest is mutual.")
BOOSTED = N_("Organiser boost +{value}.")
SIMILAR = N_("Your profiles describe similar activities.")
PREFERENCE_WORDS = {Preference.MUST: N_("must"), Preference.WANT: N_("want")}
LIST_SEPARATOR = N_(", ")


def matched_phrases(
    analyser: Analyser, *, needs: str, offers: str, side: str, limit: int = MAX_PHRASES
) -> list[MatchedPhrase]:
    """Where ``offers`` answers ``needs``: shared concepts first, then shared words."""
    need, offer = analyser.read(needs), analyser.read(offers)
    pairs: list[tuple[str, str, str | None]] = []
    quoted: set[str] = set()  # each phrase once: a concept and its theme share phrases
    for concept, phrase in need.concept_phrases.items():
        answer = offer.concept_phrases.get(concept)
        if answer is None or phrase in quoted or answer in quoted or len(pairs) >= limit:
            continue
        quoted.update((phrase, answer))
        pairs.append((phrase, answer, concept))
    for stem, phrase in need.word_phrases.items():
        if len(pairs) >= limit:
            break
        if stem in offer.word_phrases:
            pairs.append((phrase, offer.word_phrases[stem], None))
    return [MatchedPhrase(side=side, need=n, offer=o, concept=c) for n, o, c in pairs]


@cache
def _translator(language: str) -> Callable[[str], str]:
    """A memoised lookup in the ``match`` catalogue: explanations are rendered by the thousand."""
    return cache(lambda message: translate("match", language, message))


def render(
    *,
    language: str,
    lexicon: Lexicon,
    shared_themes: tuple[str, ...],
    phrases: tuple[MatchedPhrase, ...],
    preferences: tuple[AppliedPreference, ...],
    rules: tuple[AppliedRule, ...],
) -> str:
    """The reasons as one short paragraph in ``language``."""

    tr = _translator(language)

    sentences: list[str] = []
    if shared_themes:
        labels = tr(LIST_SEPARATOR).join(lexicon.label(t, language) for t in shared_themes)
        sentences.append(tr(SHARED_THEMES).format(themes=labels))
    for phrase in phrases[:MAX_PHRASES]:
        template = THEIR_OFFER if phrase.side == "subject" else YOUR_OFFER
        sentences.append(tr(template).format(offer=phrase.offer, need=phrase.need))
    for applied in preferences:
        if applied.preference == Preference.NO:
            continue
        word = tr(PREFERENCE_WORDS[applied.preference])
        template = YOU_ASKED if applied.from_subject else THEY_ASKED
        sentences.append(tr(template).format(preference=word))
    if len([a for a in preferences if a.preference != Preference.NO]) == 2:
        sentences.append(tr(MUTUAL))
    for rule in rules:
        sentences.append(tr(BOOSTED).format(value=f"{rule.value:.2f}"))
    if not sentences:
        sentences.append(tr(SIMILAR))
    return " ".join(sentences)
