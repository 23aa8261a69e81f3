"""Checks across rows and sheets, run after every cell has been parsed.

Each module answers one question (do references resolve? do dates fit the
legs? are requests coherent? are names clean? are themes known?). They read
typed rows, never the file, and only add issues to the log.
"""

from wafd.io.parse import IssueLog, ParsedBook
from wafd.io.rules.calendar import check_calendar
from wafd.io.rules.emails import check_emails
from wafd.io.rules.fixed_meetings import check_fixed_meetings
from wafd.io.rules.names import check_names
from wafd.io.rules.references import check_references
from wafd.io.rules.requests import check_requests
from wafd.io.rules.shape import check_shape
from wafd.io.rules.themes import check_themes


def check_rules(book: ParsedBook, log: IssueLog) -> None:
    """Add every cross-row problem of ``book`` to ``log``."""
    check_references(book, log)
    check_themes(book, log)
    legs = check_calendar(book, log)
    check_fixed_meetings(book, legs, log)
    check_requests(book, log)
    check_names(book, log)
    check_shape(book, log)
    check_emails(book, log)


__all__ = ["check_rules"]
