"""The numbers of the mission report, as one typed value.

``compute_report_figures`` fills it; the PDF, HTML and XLSX documents, the charts, the web
page and ``wafd report --json`` all show this one value, so they cannot disagree. Keys are
documented in docs/outcomes.md; amounts are in ``reporting_currency``.
"""

from datetime import date

from pydantic import BaseModel, ConfigDict


class _Figures(BaseModel):
    model_config = ConfigDict(frozen=True)


class MeetingCounts(_Figures):
    """Meetings of one group (a city, a theme, an organisation, a host)."""

    planned: int = 0
    held: int = 0
    no_shows: int = 0

    @property
    def no_show_rate(self) -> float | None:
        recorded = self.held + self.no_shows
        return self.no_shows / recorded if recorded else None


class Satisfaction(_Figures):
    """Ratings given by one side (delegates or hosts)."""

    count: int = 0
    mean: float | None = None
    distribution: dict[int, int] = {}


class CountValue(_Figures):
    count: int = 0
    value: float = 0.0


class FunnelStep(_Figures):
    stage: str
    reached: int


class PipelinePoint(_Figures):
    date: date
    value: float
    attributed: float


class StageMove(_Figures):
    opportunity: str
    title: str
    stage_from: str
    stage_to: str
    date: date


class SurveyChange(_Figures):
    """What changed between the previous survey round and the latest one."""

    latest_round: str | None = None
    previous_round: str | None = None
    respondents: int = 0
    since: date | None = None
    until: date | None = None
    stage_changes: list[StageMove] = []
    pipeline_value_change: float = 0.0
    value_attributed_change: float = 0.0


class ReturnCounted(_Figures):
    """What the return multiplier counted, so that the number can be checked."""

    stages: list[str]
    opportunities: int
    cost_items: int


class ReportFigures(_Figures):
    mission: str
    report_date: date
    reporting_currency: str
    fictional: bool
    meetings_planned: int
    meetings_held: int
    no_shows: int
    absent_participants: int
    cancelled: int
    not_recorded: int
    no_show_rate: float | None
    by_city: dict[str, MeetingCounts]
    by_theme: dict[str, MeetingCounts]
    by_organisation: dict[str, MeetingCounts]
    by_host: dict[str, MeetingCounts]
    mean_rating: float | None
    satisfaction: dict[str, Satisfaction]
    follow_up: dict[str, dict[str, int]]
    interests: dict[str, int]
    actions: dict[str, int]
    opportunities: int
    opportunities_by_stage: dict[str, CountValue]
    opportunities_by_kind: dict[str, CountValue]
    opportunities_by_theme: dict[str, CountValue]
    pipeline_value: float
    value_attributed: float
    funnel: list[FunnelStep]
    pipeline_over_time: list[PipelinePoint]
    cost: float
    cost_by_funder: dict[str, float]
    return_multiplier: float | None
    return_counted: ReturnCounted
    survey: SurveyChange
