"""After the meetings: attendance, feedback, actions, the pipeline, surveys and costs.

Pure and typed like the rest of the engine; ``figures`` computes the mission report's
numbers that the CLI, the documents and the web all show.
"""

from wafd.outcomes.actions import (
    add_cost,
    add_survey_round,
    record_attendance,
    record_feedback,
    record_survey_answer,
    save_action,
    set_rate,
)
from wafd.outcomes.context import OutcomeContext, outcome_context
from wafd.outcomes.errors import OutcomeError
from wafd.outcomes.model import Outcomes, Stage
from wafd.outcomes.pipeline import add_opportunity, move_opportunity, revalue_opportunity

__all__ = [
    "OutcomeContext",
    "OutcomeError",
    "Outcomes",
    "Stage",
    "add_cost",
    "add_opportunity",
    "add_survey_round",
    "move_opportunity",
    "outcome_context",
    "record_attendance",
    "record_feedback",
    "record_survey_answer",
    "revalue_opportunity",
    "save_action",
    "set_rate",
]
