"""HTML versions of the documents: the same words as the PDFs, styled for screen and print.

Templates ship as package data; the stylesheet is inlined so that a document
is one self-contained file that can be mailed or opened offline. ``lang`` and
``dir`` on the root element let browsers pick Arabic fonts, shaping and
right-to-left layout.
"""

from functools import cache
from importlib import resources
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from wafd.export.briefing import Briefing
from wafd.export.host_briefing import HostBriefing
from wafd.export.itinerary import Itinerary
from wafd.export.localize import Localizer
from wafd.export.logistics import LogisticsExtract


@cache
def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("wafd.export", "templates"),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )


@cache
def _stylesheet() -> str:
    return (resources.files("wafd.export") / "templates" / "print.css").read_text("utf-8")


def _render(template: str, language: str, **context: Any) -> str:
    say = Localizer(language)
    page = _environment().get_template(template)
    return page.render(say=say, stylesheet=_stylesheet(), **context)


def itinerary_html(itinerary: Itinerary) -> str:
    return _render("itinerary.html", itinerary.language, itinerary=itinerary)


def briefing_html(book: Briefing, version_label: str) -> str:
    return _render("briefing.html", book.language, book=book, version_label=version_label)


def host_briefing_html(briefing: HostBriefing) -> str:
    return _render("host_briefing.html", briefing.language, briefing=briefing)


def logistics_html(extract: LogisticsExtract) -> str:
    return _render("logistics.html", "en", extract=extract)


def mission_report_html(language: str, **context: Any) -> str:
    """The mission report page (``wafd.export.report``): content, charts as inline SVG."""
    return _render("report.html", language, **context)
