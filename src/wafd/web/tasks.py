"""Background work: the scheduler runs in ``wafd worker``, never in a web request.

The task reads the mission from the database, calls the engine in a child
process, writes progress (objective and bound) onto its ``SchedulingRun`` row
as the solver reports it, and stores the result as a new draft version. An organiser's
cancel sets ``cancel_requested``: a running run's solver process is terminated within
a second (see ``solving``). The run holds a lease while it runs (see ``leases``), so a
run whose worker died is failed by the next worker instead of staying "running".
Organisers read a failure in their language; the engine's own text goes to the log.
"""

from typing import Any

from django.db import transaction
from django.utils import timezone

from wafd.model import Mission
from wafd.web import engine
from wafd.web.compat import task
from wafd.web.leases import (
    DATABASE_DOWN,
    audit_outcome,
    finish,
    keep_lease,
    log,
    reap_abandoned_runs,
    with_retries,
    worker_name,
)
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
            mission,
            base,
            cancel=cancel,
            time_limit=run.time_limit,
            on_progress=report,
            seed=run.seed,
        )
    return lambda report: engine.schedule(
        mission, mode=run.mode, time_limit=run.time_limit, on_progress=report, seed=run.seed
    )


def _record_progress(run_pk: int) -> ProgressSink:
    def record(objective: dict[str, Any], bound: dict[str, Any], seconds: float) -> None:
        try:
            SchedulingRun.objects.filter(pk=run_pk).update(
                objective=objective, bound=bound, seconds=seconds
            )
        except DATABASE_DOWN:  # progress is shown, not kept: the next report replaces it
            log.warning("Run %s: progress not recorded, the database is unreachable.", run_pk)

    return record


def _claim(run: SchedulingRun) -> bool:
    """Take a queued run (a cancelled one, or one another worker took, is left alone)."""
    return bool(
        SchedulingRun.objects.filter(
            pk=run.pk, state=RunState.QUEUED, cancel_requested=False
        ).update(state=RunState.RUNNING, heartbeat_at=timezone.now(), worker=worker_name())
    )


def _save_outcome(run: SchedulingRun, outcome: engine.Outcome) -> SchedulingRun:
    """Store the schedule as a draft, unless the run ended meanwhile (cancelled or failed)."""
    with transaction.atomic():
        current = SchedulingRun.objects.select_for_update().get(pk=run.pk)
        if current.state != RunState.RUNNING:
            return current
        if current.cancel_requested:
            current.state = RunState.CANCELLED
        else:
            current.version = save_schedule(
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
            current.state = RunState.SUCCEEDED
            current.objective, current.bound = outcome.objective, outcome.bound
            current.seconds, current.message = outcome.seconds, outcome.message
        current.save()
        audit_outcome(current)
    return current


def _solve(run: SchedulingRun) -> SchedulingRun:
    try:
        call = _engine_call(run, load_mission(run.mission))
    except ScheduleVersion.DoesNotExist:
        return finish(run, RunState.FAILED, failure="version-gone")
    try:
        outcome = solve_in_child(
            call, on_progress=_record_progress(run.pk), should_stop=keep_lease(run.pk)
        )
    except SolverError as error:
        log.error("Run %s of mission %s failed: %s", run.pk, run.mission_id, error)
        return finish(run, RunState.FAILED, failure="crashed")
    if outcome is None:
        return finish(run, RunState.CANCELLED)
    return with_retries(lambda: _save_outcome(run, outcome), what=f"saving run {run.pk}")


def execute_run(run_pk: int) -> SchedulingRun:
    """Carry out one queued run; the task below and the tests call this same function."""
    reap_abandoned_runs()
    run = SchedulingRun.objects.select_related("mission", "requested_by").get(pk=run_pk)
    if not _claim(run):
        SchedulingRun.objects.filter(pk=run.pk, state=RunState.QUEUED).update(
            state=RunState.CANCELLED
        )
        run.refresh_from_db()
        return run
    try:
        return _solve(run)
    except DATABASE_DOWN:
        raise  # the lease runs out and the next worker fails the run
    except Exception:
        log.exception("Run %s of mission %s failed.", run.pk, run.mission_id)
        return with_retries(
            lambda: finish(run, RunState.FAILED, failure="crashed"), what=f"ending run {run.pk}"
        )


@task()
def run_scheduler(run_pk: int) -> None:
    """The background task ``wafd worker`` executes."""
    execute_run(run_pk)
