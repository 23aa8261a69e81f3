"""Who wants to meet whom, and how much."""

from pydantic import BaseModel, ConfigDict, Field, model_validator

from wafd.model.enums import Preference
from wafd.model.places import Identifier
from wafd.model.text import LocalizedText


class MeetingRequest(BaseModel):
    """``requester`` asks to meet ``target`` (a participant or an organisation id).

    Requests are directed; a pair asked for from both sides is *mutual* and
    weighs more when the scheduler chooses what to place.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    requester: Identifier
    target: Identifier
    preference: Preference = Preference.WANT
    reason: str = ""
    reason_in: LocalizedText = LocalizedText()
    """The organisers' translations of ``reason``; documents prefer the reader's language."""
    duration_minutes: int | None = Field(default=None, ge=5, le=8 * 60)
    source: str = "participant"
    weight: float | None = Field(default=None, ge=0, le=1)
    """Strength in [0, 1] of a suggested request (matchmaking score); the scheduler scales a
    ``want``'s value by it. ``None`` for requests people made themselves."""

    @model_validator(mode="after")
    def _not_self(self) -> "MeetingRequest":
        if self.requester == self.target:
            raise ValueError("a participant cannot request a meeting with themself")
        return self

    @property
    def pair(self) -> frozenset[str]:
        return frozenset((self.requester, self.target))
