"""The report's charts, drawn by matplotlib without a screen or a browser (Agg backend).

Each chart is rendered twice: SVG for the HTML page (text drawn as paths, so it looks the
same without the fonts) and PNG for the PDF. Since 3.11 matplotlib lays text out with
libraqm (HarfBuzz shaping and the Unicode bidi algorithm), so Arabic labels are passed as
written and come out joined and right to left; pre-shaping them (arabic-reshaper,
python-bidi) would now reverse them twice. Arabic charts also grow from the right. The fonts
are the PDFs' own (IBM Plex Sans Arabic, Noto Sans), installed from PyPI.
"""

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from io import BytesIO, StringIO

import matplotlib

matplotlib.use("Agg")

import numpy as np
from babel.dates import format_date
from matplotlib import font_manager
from matplotlib import pyplot as plt
from matplotlib.axes import Axes
from matplotlib.dates import MonthLocator
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from wafd.export.fonts import font_files
from wafd.export.report.labels import ReportWords
from wafd.outcomes.figures_model import MeetingCounts, ReportFigures

ACCENT, LIGHT, WARN, MUTED = "#0b5d4b", "#9ccbb9", "#c0532b", "#606870"
MOST_BARS = 12
PNG_DPI = 150
EPOCH = date(1970, 1, 1)  # matplotlib's date numbers count days from here


@dataclass(frozen=True)
class Chart:
    key: str
    title: str
    svg: str
    png: bytes
    aspect: float
    """Height over width, for placing the image."""


@cache
def _fonts() -> list[str]:
    families = []
    for font in font_files():
        font_manager.fontManager.addfont(str(font.path))
        family = font_manager.FontProperties(fname=str(font.path)).get_name()
        if family not in families:
            families.append(family)
    return families


class _Painter:
    def __init__(self, words: ReportWords) -> None:
        self.words = words
        self.rtl = words.say.rtl

    def figure(self, height: float = 3.2) -> tuple[Figure, Axes]:
        plt.rcParams.update(
            {
                "font.family": _fonts(),
                "font.size": 9,
                "svg.fonttype": "path",
                "text.language": self.words.language,
            }
        )
        figure, axes = plt.subplots(figsize=(7.0, height))
        for side in ("top", "right", "left"):
            axes.spines[side].set_visible(False)
        return figure, axes

    def horizontal(
        self, axes: Axes, labels: list[str], *series: tuple[list[float], str, str]
    ) -> None:
        """Horizontal bars, first label on top; anchored on the right for Arabic."""
        positions = list(range(len(labels)))[::-1]
        height = 0.8 / len(series)
        for index, (values, colour, name) in enumerate(series):
            offset = [p + (len(series) - 1 - 2 * index) * height / 2 for p in positions]
            axes.barh(offset, values, height=height, color=colour, label=name)
        axes.set_yticks(positions, labels)
        axes.xaxis.set_major_locator(MaxNLocator(integer=True))
        if self.rtl:
            axes.invert_xaxis()
            axes.yaxis.tick_right()
        if len(series) > 1:
            axes.legend(frameon=False, loc="lower left" if self.rtl else "lower right")


def _render(key: str, title: str, figure: Figure) -> Chart:
    figure.tight_layout()
    width, height = figure.get_size_inches()
    svg, png = StringIO(), BytesIO()
    figure.savefig(svg, format="svg")
    figure.savefig(png, format="png", dpi=PNG_DPI)
    plt.close(figure)
    return Chart(
        key=key, title=title, svg=svg.getvalue(), png=png.getvalue(), aspect=height / width
    )


def _groups(painter: _Painter, key: str, title: str, groups: dict[str, MeetingCounts]) -> Chart:
    w = painter.words
    top = sorted(groups.items(), key=lambda item: -item[1].planned)[:MOST_BARS]
    figure, axes = painter.figure(1.2 + 0.32 * max(len(top), 1))
    painter.horizontal(
        axes,
        [w.name(name) for name, _ in top],
        ([c.planned for _, c in top], LIGHT, w("Planned")),
        ([c.held for _, c in top], ACCENT, w("Held")),
    )
    return _render(key, title, figure)


def _funnel(painter: _Painter, figures: ReportFigures) -> Chart:
    w = painter.words
    figure, axes = painter.figure(2.8)
    painter.horizontal(
        axes,
        [w.name(step.stage) for step in figures.funnel],
        ([step.reached for step in figures.funnel], ACCENT, w("Reached")),
    )
    return _render("funnel", w("Conversion funnel: opportunities that reached each stage"), figure)


def _satisfaction(painter: _Painter, figures: ReportFigures) -> Chart:
    w = painter.words
    figure, axes = painter.figure(2.6)
    scores = list(range(1, 6))
    sides = list(figures.satisfaction.items())
    for index, (side, satisfaction) in enumerate(sides):
        shift = (index - (len(sides) - 1) / 2) * 0.38
        counts = [satisfaction.distribution.get(score, 0) for score in scores]
        axes.bar([s + shift for s in scores], counts, width=0.38,
                 color=(ACCENT, WARN)[index % 2], label=w.name(side))  # fmt: skip
    axes.set_xticks(scores, [f"{score}" for score in scores])
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set_xlabel(w("Rating (1 = poor, 5 = excellent)"))
    if painter.rtl:
        axes.invert_xaxis()
    axes.legend(frameon=False)
    return _render("satisfaction", w("Satisfaction: ratings given by each side"), figure)


def _over_time(painter: _Painter, figures: ReportFigures) -> Chart:
    w = painter.words
    figure, axes = painter.figure(2.8)
    points = figures.pipeline_over_time
    days = np.array([p.date for p in points], dtype="datetime64[D]")
    axes.step(
        days,
        [p.value for p in points],
        where="post",
        color=ACCENT,
        label=w("Pipeline value"),
    )
    axes.step(
        days,
        [p.attributed for p in points],
        where="post",
        color=WARN,
        label=w("Value attributed"),
    )
    axes.set_ylabel(figures.reporting_currency)
    axes.yaxis.set_major_formatter(lambda value, _: w.number(value))
    span = (points[-1].date - points[0].date).days if points else 0
    locator = MonthLocator(interval=max(1, span // 240))  # type: ignore[no-untyped-call]
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(
        lambda value, _: format_date(EPOCH + timedelta(days=value), "MMM y", locale=w.language)
    )
    figure.autofmt_xdate()
    if points:
        axes.legend(frameon=False)
    return _render(
        "pipeline_over_time",
        w("Pipeline value over time ({currency})", currency=figures.reporting_currency),
        figure,
    )


def draw_charts(figures: ReportFigures, words: ReportWords) -> dict[str, Chart]:
    """Every chart of the report, by key."""
    painter = _Painter(words)
    charts = [
        _groups(painter, "by_city", words("Meetings by city"), figures.by_city),
        _groups(painter, "by_theme", words("Meetings by theme"), figures.by_theme),
        _satisfaction(painter, figures),
        _funnel(painter, figures),
        _over_time(painter, figures),
    ]
    return {chart.key: chart for chart in charts}
