"""Profile problems that weaken matchmaking, reported as data rather than raised.

A delegate whose needs are a row of emoji, a host who pasted a 50 KB brochure, a profile
written in Chinese: matchmaking still runs for everyone, and organisers learn whom to
follow up with and why.
"""

from wafd.i18n import N_, translate
from wafd.match.analyser import Analyser
from wafd.match.profiles import Profile
from wafd.match.results import MatchWarning
from wafd.match.text import MAX_FIELD_CHARS

EMPTY_PROFILE = N_(
    "{who} has no themes, offers, needs or organisation description: "
    "recommendations rest on explicit requests only. Ask them to complete their profile."
)
NO_WORDS = N_("{who}: the {field} text has no words to match (only symbols or emoji).")
TRUNCATED = N_(
    "{who}: the {field} text is longer than {limit} characters; only the beginning was used."
)
FOREIGN_SCRIPT = N_(
    "{who}: the {field} text is mostly in a script other than Arabic or Latin; "
    "it only matches identical words. Ask for a version in Arabic, French or English."
)
UNKNOWN_THEME = N_("{who}: unknown theme “{theme}” was ignored (check the Themes sheet).")
UNKNOWN_SUBJECT = N_("No participant or organisation has the id “{who}”.")
FIELD_NAMES = {"offers": N_("offers"), "needs": N_("needs"), "about": N_("description")}


def unknown_subject(subject_id: str, language: str) -> MatchWarning:
    message = translate("match", language, UNKNOWN_SUBJECT).format(who=subject_id)
    return MatchWarning(participant=subject_id, field="id", code="unknown_subject", message=message)


def profile_warnings(
    profile: Profile, analyser: Analyser, theme_ids: frozenset[str], language: str
) -> list[MatchWarning]:
    """Everything worth telling organisers about one profile, in ``language``."""

    def warn(where: str, code: str, message: str, **values: object) -> None:
        text = translate("match", language, message).format(who=profile.id, **values)
        warnings.append(MatchWarning(participant=profile.id, field=where, code=code, message=text))

    warnings: list[MatchWarning] = []
    texts = {"offers": profile.offers, "needs": profile.needs, "about": profile.about}
    if not profile.themes and not any(text.strip() for text in texts.values()):
        warn("profile", "empty_profile", EMPTY_PROFILE)
    for field, text in texts.items():
        if not text.strip():
            continue
        name = translate("match", language, FIELD_NAMES[field])
        analysis = analyser.read(text).analysis
        if analysis.truncated:
            warn(field, "truncated", TRUNCATED, field=name, limit=MAX_FIELD_CHARS)
        if analysis.mostly_foreign:
            warn(field, "unsupported_script", FOREIGN_SCRIPT, field=name)
        elif not analysis.tokens:
            warn(field, "no_words", NO_WORDS, field=name)
    for theme in profile.themes:
        if theme not in theme_ids:
            warn("themes", "unknown_theme", UNKNOWN_THEME, theme=theme)
    return warnings
