"""Run the engine in a child process so that an organiser's cancel really stops it.

The engine's progress callback cannot interrupt CP-SAT, but a process can be
terminated. The worker forks a child that calls the engine and sends progress
(at most twice a second) and then the result through a queue; the parent
writes progress to the database, checks the cancel flag twice a second and
terminates the child when asked. The child never touches the database.

The child is the worker's fork, so it would inherit the worker's signal handlers:
``db_worker`` answers SIGTERM by finishing its task "gracefully", which in the child
meant ignoring ``terminate()`` for ten seconds and logging a shutdown of the worker.
The child restores the default handlers and asks Linux to kill it when its parent
dies (``PR_SET_PDEATHSIG``), so a killed worker leaves no orphan solving on.
"""

import ctypes
import multiprocessing
import os
import queue
import signal
import sys
import time
from collections.abc import Callable
from multiprocessing.queues import Queue
from typing import Any

from wafd.web.engine import Outcome, ProgressCallback

SolveCall = Callable[[ProgressCallback], Outcome]
ProgressSink = Callable[[dict[str, Any], dict[str, Any], float], None]
REPORT_EVERY = 0.5
PR_SET_PDEATHSIG = 1
"""``prctl`` option of Linux: the signal a process gets when its parent dies."""


class SolverError(Exception):
    """The engine raised in the child; the message is the engine's own."""


def _die_with_parent(parent: int) -> None:
    """Default signal handlers, and SIGKILL when the parent (the worker) dies.

    Ctrl+C reaches the whole process group: the child ignores it and leaves the decision
    to the worker (finish the run, or stop at a second Ctrl+C).
    """
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGQUIT, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform == "linux":
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the parent died before the request above
        os._exit(1)


def _child(call: SolveCall, channel: "Queue[tuple[Any, ...]]", parent: int) -> None:
    _die_with_parent(parent)
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
    poll_seconds: float = 0.5,
) -> Outcome | None:
    """The engine's outcome, or ``None`` when ``should_stop`` asked for a stop first.

    ``should_stop`` is called at least every ``poll_seconds``: the caller's heartbeat.
    """
    context = multiprocessing.get_context("fork")
    channel: Queue[tuple[Any, ...]] = context.Queue()
    process = context.Process(target=_child, args=(call, channel, os.getpid()), daemon=True)
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
        process.join(timeout=2)
        if process.is_alive():
            process.kill()
            process.join()
        channel.close()
