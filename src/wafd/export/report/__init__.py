"""The mission report: what came of the meetings, for the agency's stakeholders.

``write_mission_report`` computes the figures once (``wafd.outcomes.figures``) and renders
them as PDF, HTML (charts inline, fonts beside it) and XLSX in one language. Everything is
rendered in memory first and written only when all of it succeeded, each file atomically.
"""

from collections.abc import Sequence
from pathlib import Path

from wafd.export.fonts import web_font_files
from wafd.export.html_documents import mission_report_html
from wafd.export.report.charts import draw_charts
from wafd.export.report.content import build_content
from wafd.export.report.labels import ReportWords
from wafd.export.report.pdf import report_pdf
from wafd.export.report.xlsx import report_workbook
from wafd.io.atomic import write_bytes_atomically
from wafd.outcomes.context import OutcomeContext
from wafd.outcomes.figures import compute_report_figures
from wafd.outcomes.figures_model import ReportFigures
from wafd.outcomes.model import Outcomes

REPORT_FORMATS: tuple[str, ...] = ("pdf", "html", "xlsx")


def render_mission_report(
    *,
    context: OutcomeContext,
    outcomes: Outcomes,
    language: str,
    formats: Sequence[str] = REPORT_FORMATS,
) -> tuple[ReportFigures, list[tuple[Path, bytes]]]:
    """The report's files in memory: (name relative to the output folder, content)."""
    unknown = sorted(set(formats) - set(REPORT_FORMATS))
    if unknown:
        raise ValueError(f"unknown report formats: {', '.join(unknown)}")
    figures = compute_report_figures(context=context, outcomes=outcomes)
    words = ReportWords(context.mission, language, figures.reporting_currency)
    content = build_content(figures, words)
    charts = draw_charts(figures, words) if {"pdf", "html"} & set(formats) else {}
    rendered: list[tuple[Path, bytes]] = []
    stem = f"mission-report-{language}"
    if "pdf" in formats:
        rendered.append((Path(f"{stem}.pdf"), report_pdf(content, charts, words)))
    if "html" in formats:
        page = mission_report_html(language, content=content, charts=charts, words=words)
        rendered.append((Path(f"{stem}.html"), page.encode("utf-8")))
        rendered += [(Path("fonts") / f.name, f.read_bytes()) for f in web_font_files()]
    if "xlsx" in formats:
        rendered.append((Path(f"{stem}.xlsx"), report_workbook(content, figures)))
    return figures, rendered


def write_mission_report(
    *,
    context: OutcomeContext,
    outcomes: Outcomes,
    out_dir: Path,
    language: str,
    formats: Sequence[str] = REPORT_FORMATS,
) -> tuple[ReportFigures, list[Path]]:
    """Write ``mission-report-<lang>.<format>`` files into ``out_dir``; return figures and paths."""
    figures, rendered = render_mission_report(
        context=context, outcomes=outcomes, language=language, formats=formats
    )
    out_dir.mkdir(parents=True, exist_ok=True)
    written = [write_bytes_atomically(out_dir / name, data) for name, data in rendered]
    return figures, [p for p in written if p.parent == out_dir]
