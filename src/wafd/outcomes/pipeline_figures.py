"""The pipeline's figures: stages, the funnel, value over time, the return, survey changes.

Values are converted into the reporting currency at the rate of their as-of date. The
pipeline value counts every opportunity not lost; the value attributed to the mission (the
numerator of the return multiplier) counts those whose agreement is signed or delivered.
The funnel counts, for each stage, the opportunities that ever reached it or a later one,
so no stage holds more opportunities than reached it.
"""

from collections import defaultdict
from datetime import date
from typing import Any

from wafd.outcomes.figures_model import (
    CountValue,
    FunnelStep,
    PipelinePoint,
    ReturnCounted,
    StageMove,
    SurveyChange,
)
from wafd.outcomes.model import PIPELINE, WON, Opportunity, Outcomes, Stage, stage_rank
from wafd.outcomes.rates import in_reporting


def pipeline_figures(outcomes: Outcomes, day: date) -> dict[str, Any]:
    values = {
        o.id: in_reporting(outcomes, o.value) if o.value else 0.0 for o in outcomes.opportunities
    }
    live = [o for o in outcomes.opportunities if o.stage != Stage.LOST]
    cost = sum(in_reporting(outcomes, c.amount) for c in outcomes.costs)
    won = [o for o in outcomes.opportunities if o.stage in WON]
    attributed = sum(values[o.id] for o in won)
    by_funder: defaultdict[str, float] = defaultdict(float)
    for item in outcomes.costs:
        by_funder[item.funder or "—"] += in_reporting(outcomes, item.amount)
    return {
        "opportunities": len(outcomes.opportunities),
        "opportunities_by_stage": {
            str(stage): _tally([o for o in outcomes.opportunities if o.stage == stage], values)
            for stage in Stage
        },
        "opportunities_by_kind": _grouped(live, values, lambda o: [str(o.kind)]),
        "opportunities_by_theme": _grouped(live, values, lambda o: list(o.themes) or ["—"]),
        "pipeline_value": sum(values[o.id] for o in live),
        "value_attributed": attributed,
        "funnel": funnel(outcomes.opportunities),
        "pipeline_over_time": _over_time(outcomes.opportunities, values),
        "cost": cost,
        "cost_by_funder": dict(sorted(by_funder.items())),
        "return_multiplier": round(attributed / cost, 3) if cost else None,
        "return_counted": ReturnCounted(
            stages=[str(s) for s in PIPELINE if s in WON],
            opportunities=len(won),
            cost_items=len(outcomes.costs),
        ),
        "survey": _survey_change(outcomes, values),
    }


def funnel(opportunities: tuple[Opportunity, ...]) -> list[FunnelStep]:
    """For each forward stage, how many opportunities reached it or went further."""
    furthest = [stage_rank(f) for o in opportunities if (f := o.furthest()) is not None]
    return [
        FunnelStep(stage=str(stage), reached=sum(rank >= index for rank in furthest))
        for index, stage in enumerate(PIPELINE)
    ]


def _tally(opportunities: list[Opportunity], values: dict[str, float]) -> CountValue:
    return CountValue(count=len(opportunities), value=sum(values[o.id] for o in opportunities))


def _grouped(
    opportunities: list[Opportunity], values: dict[str, float], keys: Any
) -> dict[str, CountValue]:
    groups: defaultdict[str, list[Opportunity]] = defaultdict(list)
    for opportunity in opportunities:
        for key in keys(opportunity):
            groups[key].append(opportunity)
    return {key: _tally(items, values) for key, items in sorted(groups.items())}


def _value_on(
    opportunities: tuple[Opportunity, ...], values: dict[str, float], day: date
) -> tuple[float, float]:
    """(pipeline value, value attributed) at the end of ``day``."""
    stages = [(o, o.stage_on(day)) for o in opportunities]
    pipeline = sum(values[o.id] for o, s in stages if s is not None and s != Stage.LOST)
    won = sum(values[o.id] for o, s in stages if s in WON)
    return pipeline, won


def _over_time(
    opportunities: tuple[Opportunity, ...], values: dict[str, float]
) -> list[PipelinePoint]:
    days = sorted({change.on for o in opportunities for change in o.history})
    points = []
    for day in days:
        pipeline, won = _value_on(opportunities, values, day)
        points.append(PipelinePoint(date=day, value=pipeline, attributed=won))
    return points


def _survey_change(outcomes: Outcomes, values: dict[str, float]) -> SurveyChange:
    answered = [r for r in outcomes.survey_rounds if any(a.round == r.id for a in outcomes.answers)]
    if not answered:
        return SurveyChange()
    latest = answered[-1]
    previous = answered[-2] if len(answered) > 1 else None
    until = max(a.answered for a in outcomes.answers if a.round == latest.id)
    since = (
        max(a.answered for a in outcomes.answers if a.round == previous.id)
        if previous
        else min(c.on for o in outcomes.opportunities for c in o.history[:1])
        if outcomes.opportunities
        else until
    )
    moves = [
        StageMove(
            opportunity=o.id,
            title=o.title,
            stage_from=str(before.stage),
            stage_to=str(change.stage),
            date=change.on,
        )
        for o in outcomes.opportunities
        for before, change in zip(o.history, o.history[1:], strict=False)
        if since < change.on <= until
    ]
    start, end = (
        _value_on(outcomes.opportunities, values, since),
        _value_on(outcomes.opportunities, values, until),
    )
    return SurveyChange(
        latest_round=latest.id,
        previous_round=previous.id if previous else None,
        respondents=len({a.participant for a in outcomes.answers if a.round == latest.id}),
        since=since,
        until=until,
        stage_changes=sorted(moves, key=lambda m: (m.date, m.opportunity)),
        pipeline_value_change=end[0] - start[0],
        value_attributed_change=end[1] - start[1],
    )
