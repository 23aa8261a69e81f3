"""The mission report's figures, computed once from the mission, its schedule and its outcomes.

Meetings count as planned when the schedule has them and did not cancel them; held and
no-show come from the Attendance sheet (a meeting without a record is "not recorded", never
guessed). The pipeline's figures are in ``pipeline_figures``.
"""

from collections import Counter, defaultdict
from datetime import date
from statistics import fmean

from wafd.model import Role
from wafd.outcomes.context import MeetingFacts, OutcomeContext
from wafd.outcomes.figures_model import MeetingCounts, ReportFigures, Satisfaction
from wafd.outcomes.model import ActionStatus, AttendanceStatus, FollowUp, Outcomes
from wafd.outcomes.pipeline_figures import pipeline_figures

SIDES = {Role.DELEGATE: "delegates", Role.HOST: "hosts"}


def compute_report_figures(
    *, context: OutcomeContext, outcomes: Outcomes, on: date | None = None
) -> ReportFigures:
    """Every figure of the report as of ``on`` (default: the outcomes' report date, or the
    day after the mission's last meeting)."""
    day = on or outcomes.report_date or _after_mission(context)
    planned = [m for m in context.meetings.values() if not m.cancelled]
    status = {a.meeting: a.status for a in outcomes.attendance}
    held = [m for m in planned if status.get(m.id) == AttendanceStatus.HELD]
    no_shows = [m for m in planned if status.get(m.id) == AttendanceStatus.NO_SHOW]
    ratings = [f.rating for f in outcomes.feedback if f.rating is not None]
    return ReportFigures(
        mission=context.mission.id,
        report_date=day,
        reporting_currency=outcomes.reporting_currency,
        fictional=outcomes.fictional,
        meetings_planned=len(planned),
        meetings_held=len(held),
        no_shows=len(no_shows),
        absent_participants=sum(len(a.absent) for a in outcomes.attendance),
        cancelled=sum(1 for m in planned if status.get(m.id) == AttendanceStatus.CANCELLED),
        not_recorded=sum(1 for m in planned if m.id not in status),
        no_show_rate=len(no_shows) / (len(held) + len(no_shows)) if held or no_shows else None,
        **_groups(context, planned, status),
        mean_rating=round(fmean(ratings), 3) if ratings else None,
        satisfaction=_satisfaction(context, outcomes),
        follow_up=_follow_up(context, outcomes),
        interests=dict(Counter(str(k) for f in outcomes.feedback for k in f.interests)),
        actions=_actions(outcomes, day),
        **pipeline_figures(outcomes, day),
    )


def _after_mission(context: OutcomeContext) -> date:
    days = [m.day for m in context.meetings.values()]
    return max(days, default=context.mission.end_date or date.today())


def _groups(
    context: OutcomeContext, planned: list[MeetingFacts], status: dict[str, AttendanceStatus]
) -> dict[str, dict[str, MeetingCounts]]:
    """Planned, held and no-show meetings by city, theme, delegate organisation and host."""
    tallies: dict[str, defaultdict[str, Counter[str]]] = {
        key: defaultdict(Counter) for key in ("by_city", "by_theme", "by_organisation", "by_host")
    }
    for meeting in planned:
        outcome = status.get(meeting.id)
        keys = {
            "by_city": {meeting.city or "—"},
            "by_theme": set(meeting.themes) or {"—"},
            "by_organisation": _organisations(context, meeting, host=False),
            "by_host": _organisations(context, meeting, host=True),
        }
        for group, names in keys.items():
            for name in names:
                counter = tallies[group][name]
                counter["planned"] += 1
                counter["held"] += outcome == AttendanceStatus.HELD
                counter["no_shows"] += outcome == AttendanceStatus.NO_SHOW
    return {
        group: {name: MeetingCounts(**counts) for name, counts in sorted(by_name.items())}
        for group, by_name in tallies.items()
    }


def _organisations(context: OutcomeContext, meeting: MeetingFacts, *, host: bool) -> set[str]:
    people = (context.participants.get(p) for p in meeting.participants)
    return {
        p.organisation
        for p in people
        if p is not None and (p.role == Role.HOST) == host and p.role != Role.ORGANISER
    }


def _satisfaction(context: OutcomeContext, outcomes: Outcomes) -> dict[str, Satisfaction]:
    ratings: dict[str, list[int]] = {side: [] for side in SIDES.values()}
    for feedback in outcomes.feedback:
        side = SIDES.get(context.role(feedback.participant) or Role.ORGANISER)
        if side and feedback.rating is not None:
            ratings[side].append(feedback.rating)
    return {
        side: Satisfaction(
            count=len(values),
            mean=round(fmean(values), 3) if values else None,
            distribution={score: values.count(score) for score in range(1, 6)},
        )
        for side, values in ratings.items()
    }


def _follow_up(context: OutcomeContext, outcomes: Outcomes) -> dict[str, dict[str, int]]:
    intent = {side: dict.fromkeys((str(f) for f in FollowUp), 0) for side in SIDES.values()}
    for feedback in outcomes.feedback:
        side = SIDES.get(context.role(feedback.participant) or Role.ORGANISER)
        if side and feedback.follow_up is not None:
            intent[side][str(feedback.follow_up)] += 1
    return intent


def _actions(outcomes: Outcomes, day: date) -> dict[str, int]:
    counts = {str(s): sum(a.status == s for a in outcomes.actions) for s in ActionStatus}
    return {**counts, "overdue": sum(a.overdue(day) for a in outcomes.actions)}
