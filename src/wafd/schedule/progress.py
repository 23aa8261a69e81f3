"""Report the best objective and the proven bound while CP-SAT searches.

``on_progress(level, objective, bound, seconds)`` is called on every improving solution and on
every improvement of the proven bound, from the solver's threads; ``seconds`` counts from the
start of the whole lexicographic solve. Values are in the level's own sense (value maximised,
breaks and changes minimised).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from ortools.sat.python import cp_model

ProgressCallback = Callable[[str, int, int, float], None]


class ProgressReporter(cp_model.CpSolverSolutionCallback):
    def __init__(
        self, level: str, began: float, on_progress: ProgressCallback | None, cap: int | None
    ) -> None:
        """``cap``: a bound proven elsewhere (the degree relaxation), reported when tighter."""
        super().__init__()
        self.cap = cap
        self.level = level
        self.began = began
        self.on_progress = on_progress
        self.best: int | None = None
        self.bound: int | None = None

    def on_solution_callback(self) -> None:
        self.best = round(self.ObjectiveValue())
        self.bound = self._capped(self.BestObjectiveBound())
        self._report()

    def on_bound(self, bound: float) -> None:
        self.bound = self._capped(bound)
        if self.best is not None:
            self._report()

    def _capped(self, bound: float) -> int:
        return round(bound) if self.cap is None else min(round(bound), self.cap)

    def _report(self) -> None:
        if self.on_progress is not None and self.best is not None and self.bound is not None:
            self.on_progress(self.level, self.best, self.bound, time.perf_counter() - self.began)
