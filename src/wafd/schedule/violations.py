"""A broken rule in a finished schedule, as the checker reports it.

Indices point into the Problem the schedule was checked against; the mission layer turns them
into names and translated, mission-level messages. ``constraint`` is the stable name of the
constraint module that found it (e.g. ``"no_overlap"``), so callers can group and translate.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Violation:
    constraint: str
    message: str
    tasks: tuple[int, ...]
    participants: tuple[int, ...]
