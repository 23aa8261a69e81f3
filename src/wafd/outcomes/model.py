"""What came of a mission: attendance, feedback, actions, the pipeline, surveys and costs.

These types hold what organisers record after (and during) the meetings. They are
immutable like the mission; the verb-first functions in ``wafd.outcomes.actions``
return a new ``Outcomes`` for every change, so the CLI, the web views and the file
reader build the same object the same way.
"""

from datetime import date, time
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from wafd.model.places import ID_PATTERN, Identifier

ORGANISER = "organiser"
"""The owner of an action that the organising team itself must carry out."""


class AttendanceStatus(StrEnum):
    HELD = "held"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"
    MOVED = "moved"


class FollowUp(StrEnum):
    """Whether a participant wants to follow a meeting up."""

    YES = "yes"
    MAYBE = "maybe"
    NO = "no"


class InterestKind(StrEnum):
    """What a meeting (or an opportunity) may lead to."""

    PARTNERSHIP = "partnership"
    EXPORT_SALE = "export_sale"
    INVESTMENT = "investment"
    PROCUREMENT = "procurement"
    KNOWLEDGE_TRANSFER = "knowledge_transfer"
    OTHER = "other"


class ActionStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


class Stage(StrEnum):
    """Where an opportunity stands; ``PIPELINE`` gives the forward order, ``lost`` ends it."""

    IDENTIFIED = "identified"
    IN_DISCUSSION = "in_discussion"
    PROPOSAL = "proposal"
    MOU_SIGNED = "mou_signed"
    AGREEMENT_SIGNED = "agreement_signed"
    DELIVERED = "delivered"
    LOST = "lost"


PIPELINE: tuple[Stage, ...] = tuple(stage for stage in Stage if stage != Stage.LOST)
"""The forward stages, in order; the conversion funnel follows it."""

WON: frozenset[Stage] = frozenset({Stage.AGREEMENT_SIGNED, Stage.DELIVERED})
"""Stages whose value counts as attributed to the mission in the return multiplier."""


def stage_rank(stage: Stage) -> int:
    """Position of a forward stage in the pipeline (``lost`` ranks below every stage)."""
    return PIPELINE.index(stage) if stage != Stage.LOST else -1


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Attendance(_Frozen):
    """What happened to one scheduled meeting: held, or who did not come, and when it ran."""

    meeting: Identifier = Field(pattern=ID_PATTERN)
    status: AttendanceStatus
    absent: tuple[Identifier, ...] = ()
    actual_start: time | None = None
    actual_end: time | None = None
    notes: str = ""
    """The organiser's private notes; never shown to participants."""


class Feedback(_Frozen):
    """One participant's view of one meeting; the comment is kept as written."""

    meeting: Identifier = Field(pattern=ID_PATTERN)
    participant: Identifier = Field(pattern=ID_PATTERN)
    rating: int | None = Field(default=None, ge=1, le=5)
    follow_up: FollowUp | None = None
    interests: tuple[InterestKind, ...] = ()
    comment: str = ""


class Action(_Frozen):
    """Something someone must do after the meetings; overdue is computed, never stored."""

    id: Identifier = Field(pattern=ID_PATTERN)
    what: str = Field(min_length=1)
    owner: Identifier = ORGANISER
    due: date | None = None
    status: ActionStatus = ActionStatus.OPEN
    meetings: tuple[Identifier, ...] = ()

    def overdue(self, on: date) -> bool:
        """Still open after its due date."""
        return self.status == ActionStatus.OPEN and self.due is not None and self.due < on


class StageChange(_Frozen):
    """One dated step of an opportunity; ``source`` names the survey round that moved it."""

    stage: Stage
    on: date
    by: str = ""
    reason: str = ""
    source: str = ""


class Money(_Frozen):
    """An amount in an ISO 4217 currency, estimated as of a date."""

    amount: float = Field(ge=0)
    currency: str = Field(pattern=r"^[A-Z]{3}$")
    as_of: date | None = None


class Opportunity(_Frozen):
    """A possible deal that came out of the meetings, with the dated history of its stages."""

    id: Identifier = Field(pattern=ID_PATTERN)
    title: str = Field(min_length=1)
    delegate_organisations: tuple[Identifier, ...] = ()
    host_organisations: tuple[Identifier, ...] = ()
    meetings: tuple[Identifier, ...] = ()
    kind: InterestKind = InterestKind.OTHER
    themes: tuple[str, ...] = ()
    value: Money | None = None
    probability: float | None = Field(default=None, ge=0, le=1)
    history: tuple[StageChange, ...] = Field(min_length=1)

    @property
    def stage(self) -> Stage:
        return self.history[-1].stage

    def stage_on(self, day: date) -> Stage | None:
        """The stage in force at the end of ``day``; None before it was identified."""
        current = None
        for change in self.history:
            if change.on <= day:
                current = change.stage
        return current

    def furthest(self) -> Stage | None:
        """The furthest forward stage ever reached (lost does not count)."""
        reached = [c.stage for c in self.history if c.stage != Stage.LOST]
        return max(reached, key=stage_rank) if reached else None


class SurveyRound(_Frozen):
    """A follow-up questionnaire sent some months after the mission (+0, +3, +6, +12)."""

    id: Identifier = Field(pattern=ID_PATTERN)
    months_after: int = Field(ge=0, le=120)


class SurveyAnswer(_Frozen):
    """One participant's dated answer in a round; it may move an opportunity."""

    round: Identifier = Field(pattern=ID_PATTERN)
    participant: Identifier = Field(pattern=ID_PATTERN)
    answered: date
    opportunity: Identifier | None = None
    stage: Stage | None = None
    reason: str = ""
    comment: str = ""


class Cost(_Frozen):
    """What the mission cost, item by item, and who paid."""

    item: str = Field(min_length=1)
    funder: str = ""
    amount: Money


class Rate(_Frozen):
    """1 unit of ``currency`` is worth ``rate`` units of the reporting currency from ``on``."""

    currency: str = Field(pattern=r"^[A-Z]{3}$")
    rate: float = Field(gt=0)
    on: date


class Outcomes(_Frozen):
    """Everything recorded after a mission, in one immutable value."""

    reporting_currency: str = Field(default="USD", pattern=r"^[A-Z]{3}$")
    report_date: date | None = None
    attendance: tuple[Attendance, ...] = ()
    feedback: tuple[Feedback, ...] = ()
    actions: tuple[Action, ...] = ()
    opportunities: tuple[Opportunity, ...] = ()
    survey_rounds: tuple[SurveyRound, ...] = ()
    answers: tuple[SurveyAnswer, ...] = ()
    costs: tuple[Cost, ...] = ()
    rates: tuple[Rate, ...] = ()
    fictional: bool = False
