"""The scheduling commands' words: the ``schedule`` gettext catalogue, looked up per reader."""

from __future__ import annotations

from datetime import date

from babel.dates import format_date

from wafd.i18n import translate


def say(language: str, message: str, **params: object) -> str:
    """``message`` from the ``schedule`` catalogue in ``language``, with ``params`` filled in."""
    return translate("schedule", language, message).format(**params)


def day_label(day: date, language: str) -> str:
    """A short day in the reader's language: ``Tue 13 Feb``, ``mar. 13 févr.``."""
    return format_date(day, "EEE d MMM", locale=language)
