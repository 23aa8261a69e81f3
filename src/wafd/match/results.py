"""What matchmaking returns: ranked, explained recommendations and warnings as data."""

from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict

from wafd.model import Preference


@dataclass(frozen=True, slots=True)
class MatchedPhrase:
    """A need of one side met by an offer of the other, quoted as each side wrote it.

    ``side`` says whose need it is: ``subject`` (the candidate's offer answers it) or
    ``candidate`` (the subject's offer answers it). ``concept`` is the shared concept, when
    the match went through the lexicon rather than a shared word. A plain dataclass: events
    with thousands of participants create hundreds of thousands of these.
    """

    side: str
    need: str
    offer: str
    concept: str | None = None


class AppliedPreference(BaseModel):
    """An explicit request that changed this pair's score; ``from_subject`` gives its direction."""

    model_config = ConfigDict(frozen=True)

    requester: str
    target: str
    preference: Preference
    from_subject: bool


class AppliedRule(BaseModel):
    """An organiser rule that changed this pair's score (``boost``)."""

    model_config = ConfigDict(frozen=True)

    rule: str
    target: str
    value: float


class Recommendation(BaseModel):
    """``candidate`` is worth meeting for ``subject``, with the score's parts and the reasons.

    ``score`` = weighted ``themes``/``fit``/``text`` similarities (each in [0, 1]) plus the
    ``preference`` and ``boost`` bonuses; ``explanation`` renders the reasons in ``language``.
    """

    model_config = ConfigDict(frozen=True)

    subject: str
    candidate: str
    rank: int
    score: float
    themes: float
    fit: float
    text: float
    preference: float
    boost: float
    shared_themes: tuple[str, ...]
    phrases: tuple[MatchedPhrase, ...]
    preferences: tuple[AppliedPreference, ...]
    rules: tuple[AppliedRule, ...]
    language: str
    explanation: str


class MatchWarning(BaseModel):
    """A problem with a profile that weakens its recommendations, said in ``language``."""

    model_config = ConfigDict(frozen=True)

    participant: str
    field: str
    code: str
    message: str


class MatchResult(BaseModel):
    """Recommendations for the requested subjects, best first per subject, and the warnings."""

    model_config = ConfigDict(frozen=True)

    recommendations: tuple[Recommendation, ...]
    warnings: tuple[MatchWarning, ...]
    encoder: str

    def for_subject(self, subject: str) -> list[Recommendation]:
        return [r for r in self.recommendations if r.subject == subject]
