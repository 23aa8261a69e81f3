"""The organiser's actions through the API: the very functions the pages call.

Runs, re-plans, publishing and locking go through ``wafd.web.actions``, moving meetings
through ``wafd.web.moving``, so checks, drafts and audit entries are the same whichever
door was used. An action's refusal becomes ``{"detail": message}`` with 404, 409 or 422
(see ``ActionError``).
"""

from datetime import datetime
from typing import Annotated, Any, Literal

from django.http import FileResponse, HttpRequest
from django.utils.translation import get_language
from ninja import Field, Router, Schema, Status
from ninja.errors import HttpError

from wafd.web import actions, bundles, moving
from wafd.web.access import ORGANISER, STAFF
from wafd.web.api.common import (
    MeetingOut,
    RunOut,
    VersionOut,
    meeting_out,
    member,
    run_out,
    version_out,
)
from wafd.web.mail_tasks import announce_after_commit
from wafd.web.models import SEED_MAX, BundleState, SchedulingRun

router = Router(tags=["organiser"])
ORGANISER_ONLY = (ORGANISER,)


class PublishIn(Schema):
    state: Literal["preliminary", "final"]
    tell: Literal["everyone", "affected", "nobody"] = "nobody"
    """Whom to e-mail: everyone their programme, only those a change affects, or nobody."""


class MoveIn(Schema):
    start: datetime = Field(
        description="New start: without an offset, the wall clock of the meeting's leg."
    )
    venue: str | None = Field(
        None, description="Venue id; leave out to keep the meeting's venue, null for none."
    )
    confirm: str | None = Field(
        None, description="The token the check returned: saving confirms exactly that check."
    )


class MoveOut(Schema):
    meeting: str
    start: datetime
    end: datetime
    venue: str | None
    warnings: list[str] = Field(
        description="What the checker finds after the move and not before, in the caller's "
        "language."
    )
    unchanged: list[str] = Field(
        description="What it finds both before and after: problems the move does not touch."
    )
    confirm: str
    saved: bool
    version: int | None = Field(description="The draft the move was saved into.")


class LockOut(Schema):
    version: int
    meeting: MeetingOut


SEED_HELP = (
    "Same mission, same seed: same schedule. The search is then deterministic (one "
    "interleaved worker), about half its power on two cores; leave out for the fastest search."
)
Seed = Annotated[int | None, Field(ge=0, le=SEED_MAX, description=SEED_HELP)]


class ReplanIn(Schema):
    cancel: list[str] = Field(default_factory=list, description="Meeting ids to cancel.")
    time_limit: float = 30.0
    seed: Seed = None


@router.post("/missions/{mission_pk}/runs", response={202: RunOut})
def start_run(
    request: HttpRequest,
    mission_pk: int,
    mode: Literal["optimal", "greedy"] = "optimal",
    time_limit: float = 30.0,
    seed: Seed = None,
) -> Status[RunOut]:
    """Queue a scheduler run for the background worker (as the Schedule button)."""
    membership = member(request, mission_pk, ORGANISER_ONLY)
    run = actions.start_run(membership, mode=mode, time_limit=time_limit, seed=seed, via="api")
    return Status(202, run_out(run))


@router.post("/missions/{mission_pk}/replan", response={202: RunOut})
def replan(request: HttpRequest, mission_pk: int, body: ReplanIn) -> Status[RunOut]:
    """Cancel these meetings and re-plan the rest in the background, changing little."""
    membership = member(request, mission_pk, ORGANISER_ONLY)
    run = actions.replan(
        membership, body.cancel, time_limit=body.time_limit, seed=body.seed, via="api"
    )
    return Status(202, run_out(run))


@router.get("/missions/{mission_pk}/runs/{run_pk}", response=RunOut)
def run_state(request: HttpRequest, mission_pk: int, run_pk: int) -> RunOut:
    membership = member(request, mission_pk, STAFF)
    run = SchedulingRun.objects.filter(mission=membership.mission, pk=run_pk).first()
    if run is None:
        raise HttpError(404, "no such run")
    return run_out(run)


@router.post("/missions/{mission_pk}/versions/{number}/publish", response=VersionOut)
def publish(request: HttpRequest, mission_pk: int, number: int, body: PublishIn) -> VersionOut:
    """Publish a version as preliminary or final; answers with the published version."""
    membership = member(request, mission_pk, ORGANISER_ONLY)
    published = actions.publish(membership, number, body.state, via="api")
    announce_after_commit(published, body.tell)
    return version_out(published)


def _move(request: HttpRequest, mission_pk: int, mid: str, body: MoveIn, *, save: bool) -> MoveOut:
    membership = member(request, mission_pk, ORGANISER_ONLY)
    venue = body.venue
    if "venue" not in body.model_fields_set:
        current = actions.meeting_in(actions.latest_version(membership.mission), mid)
        venue = current.data.get("venue")
    checked, saved = moving.move(
        membership,
        mid,
        body.start,
        venue,
        confirm=body.confirm if save else None,
        language=get_language() or "en",
        via="api",
    )
    if save and saved is None:
        raise HttpError(
            409, "the schedule or the move changed since it was checked: check it again"
        )
    return MoveOut(
        meeting=mid,
        start=checked.start,
        end=checked.end,
        venue=checked.venue,
        warnings=checked.warnings,
        unchanged=checked.unchanged,
        confirm=checked.confirm,
        saved=saved is not None,
        version=saved.number if saved else None,
    )


@router.post(
    "/missions/{mission_pk}/meetings/{mid}/move/check",
    response=MoveOut,
    url_name="meeting-move-check",
)
def check_move(request: HttpRequest, mission_pk: int, mid: str, body: MoveIn) -> MoveOut:
    """Dry run: what the checker says about the move, and the token to confirm it."""
    return _move(request, mission_pk, mid, body, save=False)


@router.post(
    "/missions/{mission_pk}/meetings/{mid}/move", response=MoveOut, url_name="meeting-move"
)
def move(request: HttpRequest, mission_pk: int, mid: str, body: MoveIn) -> MoveOut:
    """Save a checked move into the working draft; ``confirm`` must come from the check."""
    return _move(request, mission_pk, mid, body, save=True)


def _lock(request: HttpRequest, mission_pk: int, mid: str, *, locked: bool) -> LockOut:
    membership = member(request, mission_pk, ORGANISER_ONLY)
    version, row = actions.set_locked(membership, mid, locked, via="api")
    return LockOut(version=version.number, meeting=meeting_out(row))


@router.post("/missions/{mission_pk}/meetings/{mid}/lock", response=LockOut)
def lock(request: HttpRequest, mission_pk: int, mid: str) -> LockOut:
    """Lock a meeting so re-planning keeps it where it is."""
    return _lock(request, mission_pk, mid, locked=True)


@router.post("/missions/{mission_pk}/meetings/{mid}/unlock", response=LockOut)
def unlock(request: HttpRequest, mission_pk: int, mid: str) -> LockOut:
    """Let re-planning move the meeting again."""
    return _lock(request, mission_pk, mid, locked=False)


class BundleOut(Schema):
    state: str
    done: int
    total: int
    message: str


@router.get(
    "/missions/{mission_pk}/exports/{number}/{kind}",
    response={200: None, 202: BundleOut},
)
def export(request: HttpRequest, mission_pk: int, number: int, kind: str) -> Any:
    """The zip of one kind of document for one version (staff), once the worker built it.

    While it is being prepared (the first call asks for it) the answer is 202 with the
    progress: participants done out of all; ask again until it is 200 with the zip.
    """
    membership = member(request, mission_pk, STAFF)
    bundle = bundles.request_bundle(membership, number=number, kind=kind, via="api")
    if bundle.state != BundleState.READY:
        return Status(
            202,
            BundleOut(
                state=bundle.state, done=bundle.done, total=bundle.total, message=bundle.message
            ),
        )
    return FileResponse(
        bundles.bundle_path(bundle).open("rb"),
        as_attachment=True,
        filename=f"v{number}-{kind}.zip",
        content_type="application/zip",
    )
