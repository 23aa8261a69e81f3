"""The mission report as a PDF: key figures, then each section with its charts and tables."""

from io import BytesIO

from wafd.export.pdf_base import ACCENT, MUTED, PrintedDocument, plain
from wafd.export.report.charts import Chart
from wafd.export.report.content import ReportContent, Table
from wafd.export.report.labels import ReportWords

CHART_WIDTH = 170.0


def report_pdf(content: ReportContent, charts: dict[str, Chart], words: ReportWords) -> bytes:
    document = PrintedDocument(words.say, content.title)
    document.add_page()
    document.title_block(content.kicker, content.title, content.lines)
    _key_figures(document, content.key_figures)
    for section in content.sections:
        document.heading(section.title)
        for paragraph in section.paragraphs:
            document.paragraph(paragraph)
        for key in section.charts:
            _chart(document, charts[key])
        for table in section.tables:
            if table.rows:
                _table(document, table, words)
    return bytes(document.output())


def _key_figures(document: PrintedDocument, figures: list[tuple[str, str]]) -> None:
    """Three columns of big numbers with their labels."""
    width = (document.w - document.l_margin - document.r_margin) / 3
    for start in range(0, len(figures), 3):
        row = document.mirrored(figures[start : start + 3])
        top = document.get_y()
        for index, (label, value) in enumerate(row):
            document.set_xy(document.l_margin + index * width, top)
            document.set_font(document.main_family, "B", 15)
            document.set_text_color(*ACCENT)
            document.cell(width, 8, value, align=document.align)
            document.set_xy(document.l_margin + index * width, top + 8)
            document.set_font(document.main_family, "", 8.5)
            document.set_text_color(*MUTED)
            document.cell(width, 5, label, align=document.align)
        document.set_xy(document.l_margin, top + 15)
    document.ln(2)


def _chart(document: PrintedDocument, chart: Chart) -> None:
    height = CHART_WIDTH * chart.aspect
    document.ensure_space(height + 10)
    document.heading(chart.title, level=3)
    document.image(BytesIO(chart.png), x=(document.w - CHART_WIDTH) / 2, w=CHART_WIDTH)
    document.ln(2)


def _table(document: PrintedDocument, table: Table, words: ReportWords) -> None:
    usable = document.w - document.l_margin - document.r_margin
    first = usable * (0.34 if len(table.headers) > 3 else 0.5)
    rest = (usable - first) / max(len(table.headers) - 1, 1)
    rows = [[plain(cell) for cell in row] for row in table.shown(words)]
    document.ensure_space(20)
    document.grid(table.headers, rows, [first, *[rest] * (len(table.headers) - 1)], size=8.5)
