"""What the mission report says, section by section, before any format draws it.

The PDF, the HTML page and the workbook render this one structure; tables keep typed
cells (counts, amounts, rates) so that the workbook stores numbers and the documents
format them in the reader's language.
"""

from dataclasses import dataclass, field
from enum import StrEnum

from wafd.export.report.labels import ReportWords
from wafd.outcomes.figures_model import CountValue, MeetingCounts, ReportFigures


class Kind(StrEnum):
    TEXT = "text"
    COUNT = "count"
    MONEY = "money"
    PERCENT = "percent"
    RATING = "rating"


@dataclass(frozen=True)
class Table:
    key: str
    headers: list[str]
    kinds: list[Kind]
    rows: list[list[object]]

    def shown(self, words: ReportWords) -> list[list[str]]:
        return [
            [show(words, kind, cell) for kind, cell in zip(self.kinds, row, strict=True)]
            for row in self.rows
        ]


@dataclass(frozen=True)
class Section:
    title: str
    paragraphs: list[str] = field(default_factory=list)
    charts: list[str] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)


@dataclass(frozen=True)
class ReportContent:
    title: str
    kicker: str
    lines: list[str]
    key_figures: list[tuple[str, str]]
    sections: list[Section]


def show(words: ReportWords, kind: Kind, value: object) -> str:
    if value is None:
        return "—"
    if kind == Kind.MONEY:
        return words.money(float(value))  # type: ignore[arg-type]
    if kind == Kind.PERCENT:
        return words.percent(float(value))  # type: ignore[arg-type]
    if kind == Kind.RATING:
        return words.rating(float(value))  # type: ignore[arg-type]
    if kind == Kind.COUNT:
        return words.number(float(value))  # type: ignore[arg-type]
    return str(value)


def build_content(figures: ReportFigures, words: ReportWords) -> ReportContent:
    w = words
    multiplier = (
        "—" if figures.return_multiplier is None else f"× {w.rating(figures.return_multiplier)}"
    )
    lines = [w("Reporting date: {day}", day=w.day(figures.report_date))]
    if figures.fictional:
        lines.append(w("Fictional outcomes, for demonstration only."))
    key_figures = [
        (w("Meetings planned"), w.number(figures.meetings_planned)),
        (w("Meetings held"), w.number(figures.meetings_held)),
        (w("No-shows"), f"{w.number(figures.no_shows)} ({w.percent(figures.no_show_rate)})"),
        (w("Mean rating (1-5)"), w.rating(figures.mean_rating)),
        (w("Opportunities"), w.number(figures.opportunities)),
        (w("Pipeline value"), w.money(figures.pipeline_value)),
        (w("Value attributed"), w.money(figures.value_attributed)),
        (w("Cost of the mission"), w.money(figures.cost)),
        (w("Return multiplier"), multiplier),
    ]
    return ReportContent(
        title=w.say.text(w.mission.name),
        kicker=w("Mission report: outcomes and follow-up"),
        lines=lines,
        key_figures=[(label, w.say.embed(value)) for label, value in key_figures],
        sections=[
            _meetings(figures, w),
            _satisfaction(figures, w),
            _actions(figures, w),
            _pipeline(figures, w),
            _return(figures, w),
            _survey(figures, w),
        ],
    )


def _counts_table(key: str, first: str, groups: dict[str, MeetingCounts], w: ReportWords) -> Table:
    return Table(
        key=key,
        headers=[first, w("Planned"), w("Held"), w("No-shows"), w("No-show rate")],
        kinds=[Kind.TEXT, Kind.COUNT, Kind.COUNT, Kind.COUNT, Kind.PERCENT],
        rows=[
            [w.name(name), c.planned, c.held, c.no_shows, c.no_show_rate]
            for name, c in groups.items()
        ],
    )


def _meetings(f: ReportFigures, w: ReportWords) -> Section:
    text = w(
        "{held} of {planned} planned meetings were held; {no_shows} had a no-show ({absent} "
        "participants absent); {unknown} have no attendance record yet.",
        held=w.number(f.meetings_held),
        planned=w.number(f.meetings_planned),
        no_shows=w.number(f.no_shows),
        absent=w.number(f.absent_participants),
        unknown=w.number(f.not_recorded),
    )
    return Section(
        title=w("Meetings"),
        paragraphs=[text],
        charts=["by_city", "by_theme"],
        tables=[
            _counts_table("by_city", w("City"), f.by_city, w),
            _counts_table("by_theme", w("Theme"), f.by_theme, w),
            _counts_table("by_organisation", w("Organisation"), f.by_organisation, w),
            _counts_table("by_host", w("Host"), f.by_host, w),
        ],
    )


def _satisfaction(f: ReportFigures, w: ReportWords) -> Section:
    sides = list(f.satisfaction)
    ratings = Table(
        key="satisfaction",
        headers=[
            w("Side"),
            w("Answers"),
            w("Mean rating (1-5)"),
            *(f"{score}/5" for score in range(1, 6)),
        ],
        kinds=[Kind.TEXT, Kind.COUNT, Kind.RATING, *[Kind.COUNT] * 5],
        rows=[
            [w.name(side), s.count, s.mean, *(s.distribution.get(n, 0) for n in range(1, 6))]
            for side, s in f.satisfaction.items()
        ],
    )
    intents = ["yes", "maybe", "no"]
    follow = Table(
        key="follow_up",
        headers=[w("Wants to follow up"), *(w.name(side) for side in sides)],
        kinds=[Kind.TEXT, *[Kind.COUNT] * len(sides)],
        rows=[[w.name(i), *(f.follow_up[side][i] for side in sides)] for i in intents],
    )
    interests = Table(
        key="interests",
        headers=[w("Interest"), w("Answers")],
        kinds=[Kind.TEXT, Kind.COUNT],
        rows=[[w.name(k), n] for k, n in sorted(f.interests.items(), key=lambda item: -item[1])],
    )
    return Section(
        title=w("Satisfaction and follow-up"),
        charts=["satisfaction"],
        tables=[ratings, follow, interests],
    )


def _actions(f: ReportFigures, w: ReportWords) -> Section:
    keys = ["open", "overdue", "done", "dropped"]
    table = Table(
        key="actions",
        headers=[w("Actions"), w("Count")],
        kinds=[Kind.TEXT, Kind.COUNT],
        rows=[[w.name(k), f.actions.get(k, 0)] for k in keys],
    )
    return Section(title=w("Actions"), tables=[table])


def _count_value(key: str, first: str, groups: dict[str, CountValue], w: ReportWords) -> Table:
    return Table(
        key=key,
        headers=[first, w("Opportunities"), w("Value")],
        kinds=[Kind.TEXT, Kind.COUNT, Kind.MONEY],
        rows=[[w.name(k), v.count, v.value] for k, v in groups.items()],
    )


def _pipeline(f: ReportFigures, w: ReportWords) -> Section:
    note = w(
        "Values in {currency}, converted at the rate of each estimate's date. The pipeline "
        "counts every opportunity not lost; the funnel counts those that reached each stage "
        "or a later one.",
        currency=f.reporting_currency,
    )
    return Section(
        title=w("Opportunities"),
        paragraphs=[note],
        charts=["funnel", "pipeline_over_time"],
        tables=[
            _count_value("by_stage", w("Stage"), dict(f.opportunities_by_stage), w),
            _count_value("by_kind", w("Kind"), dict(f.opportunities_by_kind), w),
            _count_value("by_theme_value", w("Theme"), dict(f.opportunities_by_theme), w),
        ],
    )


def _return(f: ReportFigures, w: ReportWords) -> Section:
    counted = f.return_counted
    text = w(
        "Value attributed to the mission: {value}, the estimated value of the {count} "
        "opportunities at the stages {stages}. Cost: {cost} ({items} cost items). "
        "Return multiplier: value attributed ÷ cost = {multiplier}.",
        value=w.money(f.value_attributed),
        count=w.number(counted.opportunities),
        stages=w.say.join([w.name(s) for s in counted.stages]),
        cost=w.money(f.cost),
        items=w.number(counted.cost_items),
        multiplier="—" if f.return_multiplier is None else w.rating(f.return_multiplier),
    )
    funders = Table(
        key="cost_by_funder",
        headers=[w("Funder"), w("Cost")],
        kinds=[Kind.TEXT, Kind.MONEY],
        rows=[[k, v] for k, v in f.cost_by_funder.items()],
    )
    return Section(title=w("Return on the mission"), paragraphs=[text], tables=[funders])


def _survey(f: ReportFigures, w: ReportWords) -> Section:
    survey = f.survey
    if survey.latest_round is None:
        return Section(
            title=w("Since the previous survey round"), paragraphs=[w("No survey answers yet.")]
        )
    text = w(
        "Round {latest} ({respondents} respondents) compared with {previous}: {count} stage "
        "changes; pipeline value {pipeline}, value attributed {attributed}.",
        latest=survey.latest_round,
        previous=survey.previous_round or w("the mission"),
        respondents=w.number(survey.respondents),
        count=w.number(len(survey.stage_changes)),
        pipeline=_signed(w, survey.pipeline_value_change),
        attributed=_signed(w, survey.value_attributed_change),
    )
    table = Table(
        key="stage_changes",
        headers=[w("Date"), w("Opportunity"), w("From"), w("To")],
        kinds=[Kind.TEXT] * 4,
        rows=[
            [w.day(m.date), m.title, w.name(m.stage_from), w.name(m.stage_to)]
            for m in survey.stage_changes
        ],
    )
    return Section(title=w("Since the previous survey round"), paragraphs=[text], tables=[table])


def _signed(w: ReportWords, value: float) -> str:
    return ("+" if value >= 0 else "−") + w.money(abs(value))
