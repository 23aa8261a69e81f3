"""Who should meet whom: text normalisation, scoring and explanations.

``recommend`` / ``match_mission`` rank candidates for each participant with reasons in the
reader's language; ``accept_recommendations`` turns the best into meeting requests.
"""

from wafd.match.accept import RECOMMENDATION_SOURCE, accept_recommendations
from wafd.match.encoders import Encoder, LexicalEncoder
from wafd.match.profiles import default_subjects
from wafd.match.ranking import match_mission, recommend
from wafd.match.results import (
    AppliedPreference,
    AppliedRule,
    MatchedPhrase,
    MatchResult,
    MatchWarning,
    Recommendation,
)
from wafd.match.rules import MatchRules, MatchWeights, PreferenceBonus, RulesFileError, load_rules

__all__ = [
    "RECOMMENDATION_SOURCE",
    "AppliedPreference",
    "AppliedRule",
    "Encoder",
    "LexicalEncoder",
    "MatchResult",
    "MatchRules",
    "MatchWarning",
    "MatchWeights",
    "MatchedPhrase",
    "PreferenceBonus",
    "Recommendation",
    "RulesFileError",
    "accept_recommendations",
    "default_subjects",
    "load_rules",
    "match_mission",
    "recommend",
]
