"""Run the engine in a child process so that an organiser's cancel really stops it.

The engine's progress callback cannot interrupt CP-SAT, but a process can be
terminated. The worker forks a child that calls the engine and sends progress
(at most twice a second) and then the result through a queue; the parent
writes progress to the database, checks the cancel flag each second and
terminates the child when asked. The child never touches the database.
"""

import multiprocessing
import queue
import time
from collections.abc import Callable
from multiprocessing.queues import Queue
from typing import Any

from wafd.web.engine import Outcome, ProgressCallback

SolveCall = Callable[[ProgressCallback], Outcome]
ProgressSink = Callable[[dict[str, Any], dict[str, Any], float], None]
REPORT_EVERY = 0.5


class SolverError(Exception):
    """The engine raised in the child; the message is the engine's own."""


def _child(call: SolveCall, channel: "Queue[tuple[Any, ...]]") -> None:
    last = [0.0]

    def report(objective: dict[str, Any], bound: dict[str, Any], seconds: float) -> bool:
        now = time.monotonic()
        if now - last[0] >= REPORT_EVERY:
            last[0] = now
            channel.put(("progress", objective, bound, seconds))
        return True

    try:
        channel.put(("done", call(report)))
    except Exception as error:  # carried to the parent, which records it on the run
        channel.put(("error", f"{type(error).__name__}: {error}"))


def solve_in_child(
    call: SolveCall,
    *,
    on_progress: ProgressSink,
    should_stop: Callable[[], bool],
    poll_seconds: float = 1.0,
) -> Outcome | None:
    """The engine's outcome, or ``None`` when ``should_stop`` asked for a stop first."""
    context = multiprocessing.get_context("fork")
    channel: Queue[tuple[Any, ...]] = context.Queue()
    process = context.Process(target=_child, args=(call, channel), daemon=True)
    process.start()
    try:
        while True:
            try:
                kind, *payload = channel.get(timeout=poll_seconds)
            except queue.Empty:
                if should_stop():
                    return None
                if not process.is_alive():
                    raise SolverError("the solver process ended without a result") from None
                continue
            if kind == "done":
                outcome: Outcome = payload[0]
                return outcome
            if kind == "error":
                raise SolverError(payload[0])
            on_progress(payload[0], payload[1], payload[2])
            if should_stop():
                return None
    finally:
        if process.is_alive():
            process.terminate()
        process.join(timeout=10)
        if process.is_alive():
            process.kill()
            process.join()
        channel.close()
