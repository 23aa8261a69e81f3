"""Organiser rules and weights for matchmaking, kept outside the mission on purpose.

Rules are a matter of event policy (who must not be paired, whom to favour, how many
meetings a host can take), tuned between runs; they live in a small YAML file passed to
``wafd match --rules`` or in code, so the mission workbook stays a record of facts.

Example ``rules.yaml``::

    weights: {themes: 0.35, fit: 0.45, text: 0.20}
    exclude_pairs: [[dgssi-1, vendor-x]]          # participant or organisation ids
    exclude_kinds: [[ministry, investor]]         # organisation kinds or roles, either order
    boosts: {usdotgov: 0.15}                      # added to the score of that host
    max_meetings_per_host: 6
    host_caps: {cisco: 3}
"""

from collections.abc import Mapping
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError


class MatchWeights(BaseModel):
    """Share of each signal in the base score; they are rescaled to sum to one."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    themes: float = Field(default=0.35, ge=0)
    fit: float = Field(default=0.45, ge=0)
    text: float = Field(default=0.20, ge=0)

    def normalised(self) -> tuple[float, float, float]:
        total = self.themes + self.fit + self.text
        if total <= 0:
            return (1 / 3, 1 / 3, 1 / 3)
        return (self.themes / total, self.fit / total, self.text / total)


class PreferenceBonus(BaseModel):
    """Score added for explicit requests; a request asked from both sides is multiplied."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    must: float = Field(default=1.0, ge=0)
    want: float = Field(default=0.25, ge=0)
    mutual_factor: float = Field(default=1.5, ge=1)


class MatchRules(BaseModel):
    """What organisers decide about pairs, beyond what profiles say."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    weights: MatchWeights = MatchWeights()
    preferences: PreferenceBonus = PreferenceBonus()
    exclude_pairs: tuple[tuple[str, str], ...] = ()
    exclude_kinds: tuple[tuple[str, str], ...] = ()
    boosts: Mapping[str, float] = Field(default_factory=dict)
    max_meetings_per_host: int | None = Field(default=None, ge=0)
    host_caps: Mapping[str, int] = Field(default_factory=dict)
    allow_same_organisation: bool = False
    min_score: float = Field(default=0.02, ge=0)

    def cap_for(self, identifier: str, *, participant: bool) -> int | None:
        """The cap on requests to a host participant or a host organisation, if any.

        ``host_caps`` names either; ``max_meetings_per_host`` applies to every host participant.
        """
        if identifier in self.host_caps:
            return self.host_caps[identifier]
        return self.max_meetings_per_host if participant else None


class RulesFileError(ValueError):
    """A rules file that cannot be used; the message names the file and the field."""


def load_rules(path: Path) -> MatchRules:
    """Read a rules YAML file, reporting the offending field rather than a traceback."""
    try:
        data = yaml.safe_load(path.read_text("utf-8")) or {}
    except (OSError, yaml.YAMLError) as error:
        raise RulesFileError(f"{path}: {error}") from error
    try:
        return MatchRules.model_validate(data)
    except ValidationError as error:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in error.errors()
        )
        raise RulesFileError(f"{path}: {problems}") from error
