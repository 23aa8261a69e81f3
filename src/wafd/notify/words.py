"""Words of a message in the recipient's language: the ``notify`` catalogue plus Babel dates.

A message is written in one language from its subject to its attachments: the participant's
preferred language when Wafd speaks it, otherwise the mission's first language.
"""

from dataclasses import dataclass

from wafd.export.localize import Localizer
from wafd.i18n import SUPPORTED_LANGUAGES, translate
from wafd.model import Mission, Participant

DOMAIN = "notify"


def recipient_language(mission: Mission, participant: Participant | None) -> str:
    """The participant's preferred language when supported, else the mission's first."""
    if participant is not None and str(participant.preferred_language) in SUPPORTED_LANGUAGES:
        return str(participant.preferred_language)
    languages = [str(language) for language in mission.languages]
    return next((lang for lang in languages if lang in SUPPORTED_LANGUAGES), "en")


@dataclass(frozen=True)
class Words:
    """``words("Hello {name}", name=…)`` translates; ``words.dates`` formats days and times."""

    language: str

    @property
    def dates(self) -> Localizer:
        return Localizer(self.language)

    @property
    def direction(self) -> str:
        return self.dates.direction

    def __call__(self, message: str, **values: object) -> str:
        text = translate(DOMAIN, self.language, message)
        return text.format(**values) if values else text
