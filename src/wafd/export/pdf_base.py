"""The printed page: fonts, direction, headings, tables; shared by every PDF Wafd writes.

fpdf2 shapes text with HarfBuzz and applies the Unicode bidi algorithm when
text shaping is on, so Arabic joins correctly and mixed Arabic/Latin lines
come out in reading order. Each document has one base direction; in
right-to-left documents tables are mirrored (first column on the right) and
text is right-aligned. One font family draws both scripts, so an Arabic name
in a French itinerary or an address in an Arabic one never shows as boxes.
"""

from collections.abc import Sequence
from typing import TypeVar

from fpdf import FPDF
from fpdf.fonts import FontFace

from wafd.export.fonts import FALLBACK_FAMILY, MAIN_FAMILY, font_files
from wafd.export.localize import Localizer

ACCENT = (11, 93, 75)
ACCENT_LIGHT = (231, 242, 238)
MUTED = (96, 104, 112)
INK = (28, 32, 36)
RULE = (200, 206, 212)
KEEP_WITH_NEXT = 45
"""Millimetres a heading needs below it (itself, a subtitle and a first table row) to stay."""
T = TypeVar("T")


def plain(text: str) -> str:
    """Data shown inside markdown cells must not switch bold or underline on by accident."""
    return text.replace("**", "*").replace("__", "_").replace("--", "–")


class PrintedDocument(FPDF):
    """An A4 document in one language, with a running header and numbered pages."""

    def __init__(self, say: Localizer, running_title: str, *, landscape: bool = False) -> None:
        super().__init__(orientation="L" if landscape else "P", unit="mm", format="A4")
        self.say = say
        self.running_title = running_title
        self.legend = ""
        """Printed above the page number on every page (the logistics extract's key)."""
        self.set_margins(18, 20, 18)
        self.set_auto_page_break(True, margin=24 if landscape else 18)
        for font in font_files():
            self.add_font(font.family, font.style, font.path)
        self.main_family = MAIN_FAMILY
        self.set_font(MAIN_FAMILY, "", 10)
        self.set_fallback_fonts([FALLBACK_FAMILY], exact_match=False)
        self.set_text_shaping(True, direction=say.direction)
        self.set_lang(say.language)
        self.set_title(running_title)
        self.set_creator("Wafd")
        self.set_text_color(*INK)
        self.set_draw_color(*RULE)

    @property
    def align(self) -> str:
        return "R" if self.say.rtl else "L"

    def mirrored(self, cells: Sequence[T]) -> list[T]:
        """Columns in visual order: reversed for right-to-left readers."""
        return list(reversed(cells)) if self.say.rtl else list(cells)

    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_font(self.main_family, "", 8)
        self.set_text_color(*MUTED)
        self.set_y(10)
        title = self.fitted(self.running_title, self.w - self.l_margin - self.r_margin)
        self.cell(0, 5, title, align=self.align, new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, 15.5, self.w - self.r_margin, 15.5)
        self.set_text_color(*INK)
        self.set_y(20)

    def fitted(self, text: str, width: float) -> str:
        """``text`` cut with an ellipsis to fit ``width`` in the current font (running headers)."""
        if self.get_string_width(text) <= width:
            return text
        while text and self.get_string_width(text + "…") > width:
            text = text[:-1]
        return text.rstrip(" ·") + "…"

    def footer(self) -> None:
        if self.legend:
            self.set_y(-19)
            self.set_font(self.main_family, "", 7)
            self.set_text_color(*MUTED)
            self.multi_cell(0, 3.2, self.legend, align=self.align)
        self.set_y(-12)
        self.set_font(self.main_family, "", 8)
        self.set_text_color(*MUTED)
        self.cell(0, 5, str(self.page_no()), align="C")
        self.set_text_color(*INK)

    def ensure_space(self, height: float) -> None:
        """Start a new page rather than leave a heading alone at the bottom."""
        if self.get_y() + height > self.page_break_trigger:
            self.add_page()

    def title_block(self, kicker: str, title: str, lines: Sequence[str]) -> None:
        """A coloured band opening a document: what it is, for whom, about what."""
        self.set_fill_color(*ACCENT)
        self.rect(0, 0, self.w, 8, style="F")
        self.set_y(16)
        self.set_text_color(*ACCENT)
        self.set_font(self.main_family, "B", 10)
        self.multi_cell(0, 6, kicker, align=self.align, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(*INK)
        self.set_font(self.main_family, "B", 20)
        self.multi_cell(0, 10, title, align=self.align, new_x="LMARGIN", new_y="NEXT")
        self.set_font(self.main_family, "", 10)
        self.set_text_color(*MUTED)
        for line in lines:
            if line:
                self.multi_cell(0, 5.5, line, align=self.align, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(*INK)
        self.ln(3)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(4)

    def heading(
        self, text: str, *, level: int = 1, subtitle: str = "", accent: bool = False
    ) -> None:
        size = {1: 15, 2: 12}.get(level, 11)
        self.ensure_space(KEEP_WITH_NEXT)
        self.ln(2 if level > 1 else 4)
        self.set_font(self.main_family, "B", size)
        self.set_text_color(*(ACCENT if level == 1 or accent else INK))
        self.multi_cell(0, size * 0.55, text, align=self.align, new_x="LMARGIN", new_y="NEXT")
        if subtitle:
            self.set_font(self.main_family, "", 9)
            self.set_text_color(*MUTED)
            self.multi_cell(0, 5, subtitle, align=self.align, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(*INK)
        self.ln(1.5)

    def paragraph(self, text: str, *, size: float = 10, muted: bool = False) -> None:
        if not text:
            return
        self.set_font(self.main_family, "", size)
        self.set_text_color(*(MUTED if muted else INK))
        text = self.say.typeset(self.say.embed(text))
        self.multi_cell(0, size * 0.5, text, align=self.align, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(*INK)
        self.ln(1.5)

    def bullets(self, items: Sequence[str]) -> None:
        for item in items:
            self.paragraph(f"{self.say.mark}•  {self.say.embed(item)}")

    def grid(
        self,
        headers: Sequence[str] | None,
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        *,
        size: float = 9,
        shaded_rows: Sequence[int] = (),
    ) -> None:
        """A table with horizontal rules; headings repeat on each page it spans."""
        self.set_font(self.main_family, "", size)
        align = "RIGHT" if self.say.rtl else "LEFT"
        shade = FontFace(fill_color=ACCENT_LIGHT, color=MUTED)
        self.set_fill_color(255, 255, 255)
        with self.table(
            col_widths=tuple(self.mirrored(widths)),
            text_align=align,
            borders_layout="HORIZONTAL_LINES",
            first_row_as_headings=headers is not None,
            headings_style=FontFace(emphasis="BOLD", color=ACCENT, fill_color=ACCENT_LIGHT),
            line_height=size * 0.5,
            padding=(1.6, 1.8),
            markdown=True,
            v_align="TOP",
        ) as table:
            if headers is not None:
                table.row(self.mirrored(headers))
            for index, row in enumerate(rows):
                style = shade if index in shaded_rows else None
                table.row(self.mirrored([self.say.typeset(cell) for cell in row]), style=style)
        self.ln(3)
