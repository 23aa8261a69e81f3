"""The live view of a running solve: best objective and proven bound per level, as they move.

CP-SAT calls back from its worker threads; the callback only records numbers and Rich's own
refresh thread redraws (four times a second, from ``_table``), so the solver never waits for
the terminal.
"""

from __future__ import annotations

import threading
import time
from types import TracebackType

from rich.console import Console
from rich.live import Live
from rich.table import Table

from wafd.cli.schedule_text import say
from wafd.i18n import N_

LEVEL_NAMES = {
    "value": N_("requested value (higher is better)"),
    "breaks": N_("breaks (lower is better)"),
    "changes": N_("changes to the published schedule"),
}


class SolveProgress:
    """``with SolveProgress(console, lang) as progress: solve(..., on_progress=progress)``."""

    def __init__(self, console: Console, language: str) -> None:
        self.console = console
        self.language = language
        self.levels: dict[str, tuple[int, int, float]] = {}
        self.began = time.perf_counter()
        self.lock = threading.Lock()
        self.live = Live(
            console=console, refresh_per_second=4, transient=True, get_renderable=self._table
        )

    def __call__(self, level: str, objective: int, bound: int, seconds: float) -> None:
        with self.lock:
            self.levels[level] = (objective, bound, seconds)

    def _table(self) -> Table:
        elapsed = time.perf_counter() - self.began
        title = say(self.language, N_("Solving… {seconds:.1f} s"), seconds=elapsed)
        table = Table(title=title, title_justify="left")
        table.add_column(say(self.language, N_("Objective")))
        table.add_column(say(self.language, N_("Best found")), justify="right")
        table.add_column(say(self.language, N_("Proven bound")), justify="right")
        table.add_column(say(self.language, N_("At")), justify="right")
        with self.lock:
            rows = list(self.levels.items())
        for level, (objective, bound, seconds) in rows:
            name = say(self.language, LEVEL_NAMES.get(level, level))
            table.add_row(name, str(objective), str(bound), f"{seconds:.1f} s")
        return table

    def __enter__(self) -> SolveProgress:
        self.live.__enter__()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.live.__exit__(kind, error, trace)
