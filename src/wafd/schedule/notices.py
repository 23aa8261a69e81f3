"""Messages for organisers, kept as (template, parameters) until someone reads them.

The engine decides *what* to say (why a request stayed unscheduled, which constraints conflict,
what a hand edit broke); the reader's language decides *how*. Templates are English gettext
msgids in the ``schedule`` domain; dates and times are rendered with Babel in the reader's locale.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import TypeAlias

from babel.dates import format_date, format_time

from wafd.i18n import N_, translate
from wafd.model import LocalizedText, Participant

DOMAIN = "schedule"


@dataclass(frozen=True, slots=True)
class PersonName:
    """A participant's name in the reader's script: the Arabic one for ``ar`` when known."""

    latin: str
    arabic: str = ""

    @classmethod
    def of(cls, participant: Participant) -> PersonName:
        return cls(participant.name, participant.name_ar)


Param: TypeAlias = (
    "str | int | date | time | datetime | Notice | PersonName | LocalizedText | tuple[Param, ...]"
)


def _render_param(value: Param, language: str) -> str:
    if isinstance(value, Notice):
        return value.render(language)
    if isinstance(value, PersonName):
        return value.arabic if language == "ar" and value.arabic else value.latin
    if isinstance(value, LocalizedText):
        return value.get(language)
    if isinstance(value, tuple):
        return ", ".join(_render_param(item, language) for item in value)
    if isinstance(value, datetime):
        return f"{format_date(value, 'EEE d MMM', locale=language)} {value:%H:%M}"
    if isinstance(value, date):
        return format_date(value, "EEE d MMM", locale=language)
    if isinstance(value, time):
        return format_time(value, "HH:mm", locale=language)
    return str(value)


@dataclass(frozen=True, slots=True)
class Notice:
    """A translatable message: ``template`` is an N_-marked msgid with ``{name}`` fields."""

    template: str
    params: Mapping[str, Param] = field(default_factory=dict)

    def render(self, language: str = "en") -> str:
        text = translate(DOMAIN, language, self.template)
        return text.format(**{k: _render_param(v, language) for k, v in self.params.items()})

    def __str__(self) -> str:
        return self.render("en")


HOURS = N_("{hours} h")
HOURS_MINUTES = N_("{hours} h {minutes} min")
MINUTES = N_("{minutes} min")


def duration(minutes: int) -> Notice:
    """A length of time for people: ``2 h``, ``1 h 30 min``, ``45 min``."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return Notice(MINUTES, {"minutes": rest})
    if not rest:
        return Notice(HOURS, {"hours": hours})
    return Notice(HOURS_MINUTES, {"hours": hours, "minutes": rest})
