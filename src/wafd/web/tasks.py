"""Background work: the scheduler runs in ``wafd worker``, never in a web request.

The task reads the mission from the database, calls the engine in a child
process, writes progress (objective and bound) onto its ``SchedulingRun`` row
as the solver reports it, and stores the result as a new draft version. An organiser's
cancel sets ``cancel_requested``: a queued run never starts, and a running
one's solver process is terminated within a second (see ``solving``).
"""

from collections.abc import Callable
from typing import Any

from django.db import transaction

from wafd.model import Mission
from wafd.web import engine
from wafd.web.compat import task
from wafd.web.models import RunState, ScheduleVersion, SchedulingRun, VersionState
from wafd.web.solving import ProgressSink, SolveCall, SolverError, solve_in_child
from wafd.web.store import load_mission, load_schedule, save_schedule


def _engine_call(run: SchedulingRun, mission: Mission) -> SolveCall:
    """The engine call this run asks for, ready to run in the child process."""
    if run.kind == "replan":
        base = load_schedule(
            ScheduleVersion.objects.get(pk=run.options["version"], mission=run.mission)
        )
        cancel = tuple(run.options.get("cancel", ()))
        return lambda report: engine.replan(
            mission, base, cancel=cancel, time_limit=run.time_limit, on_progress=report
        )
    return lambda report: engine.schedule(
        mission, mode=run.mode, time_limit=run.time_limit, on_progress=report
    )


def _record_progress(run_pk: int) -> ProgressSink:
    def record(objective: dict[str, Any], bound: dict[str, Any], seconds: float) -> None:
        SchedulingRun.objects.filter(pk=run_pk).update(
            objective=objective, bound=bound, seconds=seconds
        )

    return record


def _cancel_requested(run_pk: int) -> Callable[[], bool]:
    return lambda: SchedulingRun.objects.filter(pk=run_pk, cancel_requested=True).exists()


def execute_run(run_pk: int) -> SchedulingRun:
    """Carry out one queued run; the task below and the tests call this same function."""
    run = SchedulingRun.objects.select_related("mission", "requested_by").get(pk=run_pk)
    if run.state != RunState.QUEUED or run.cancel_requested:
        SchedulingRun.objects.filter(pk=run.pk, state=RunState.QUEUED).update(
            state=RunState.CANCELLED
        )
        run.refresh_from_db()
        return run
    SchedulingRun.objects.filter(pk=run.pk).update(state=RunState.RUNNING)
    mission = load_mission(run.mission)
    try:
        call = _engine_call(run, mission)
    except ScheduleVersion.DoesNotExist:
        SchedulingRun.objects.filter(pk=run.pk).update(
            state=RunState.FAILED, message="the version to re-plan no longer exists"
        )
        run.refresh_from_db()
        return run
    try:
        outcome = solve_in_child(
            call,
            on_progress=_record_progress(run.pk),
            should_stop=_cancel_requested(run.pk),
        )
    except SolverError as error:  # the engine's message is shown to the organiser as it is
        SchedulingRun.objects.filter(pk=run.pk).update(state=RunState.FAILED, message=str(error))
        run.refresh_from_db()
        return run
    run.refresh_from_db()
    if outcome is None or run.cancel_requested:
        run.state = RunState.CANCELLED
        run.save(update_fields=["state"])
        return run
    with transaction.atomic():
        version = save_schedule(
            run.mission,
            outcome.schedule,
            user=run.requested_by,
            state=VersionState.DRAFT,
            solver={
                "status": outcome.status,
                "objective": outcome.objective,
                "bound": outcome.bound,
            },
        )
        run.state = RunState.SUCCEEDED
        run.version = version
        run.objective, run.bound, run.seconds = outcome.objective, outcome.bound, outcome.seconds
        run.message = outcome.message
        run.save()
    return run


@task()
def run_scheduler(run_pk: int) -> None:
    """The background task ``wafd worker`` executes."""
    execute_run(run_pk)
