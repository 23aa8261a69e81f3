"""Which objectives the solver optimises, in which lexicographic order.

Each level is solved to optimality (or until its share of the time limit runs out), its value
is then fixed as a constraint and the next level is optimised. Organisers first want as much
requested value as possible, then compact days; when re-planning a published schedule, stability
(few changes) matters more than compactness, hence ``Objectives.replanning()``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Level = Literal["value", "breaks", "changes"]

VALUE: Level = "value"
BREAKS: Level = "breaks"
CHANGES: Level = "changes"
MAXIMISED: frozenset[Level] = frozenset({VALUE})
"""Levels maximised (the others are minimised)."""


@dataclass(frozen=True, slots=True)
class Objectives:
    """Lexicographic levels, first is most important.

    ``value`` is maximised (placed task value), ``breaks`` minimised (weighted idle gaps between
    a participant's meetings within a day), ``changes`` minimised (tasks whose start differs from
    ``Problem.previous``; ignored when the problem has no previous schedule). Fairness is not a
    level: when ``Problem.fairness`` is set it is a hard constraint.
    """

    order: tuple[Level, ...] = (VALUE, BREAKS)

    @classmethod
    def replanning(cls) -> Objectives:
        return cls(order=(VALUE, CHANGES, BREAKS))

    def __post_init__(self) -> None:
        if len(set(self.order)) != len(self.order):
            raise ValueError(f"objective levels repeat: {self.order}")
        unknown = set(self.order) - {VALUE, BREAKS, CHANGES}
        if unknown:
            raise ValueError(f"unknown objective levels: {sorted(unknown)}")
