"""The web layer's one door to the engine.

Views, API endpoints and tasks call these functions, which call the engine's
agreed functions (``wafd.io``, ``wafd.match``, ``wafd.schedule``,
``wafd.export``) and only translate their results into what a web response
needs (bytes, plain dicts, translated lines). No scheduling, matching or
document logic lives here.
"""

import tempfile
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any

from django.utils.translation import gettext_lazy as _

from wafd.model import Mission, Schedule

if TYPE_CHECKING:
    from wafd.io import ValidationReport
    from wafd.match import Recommendation

# Engine modules are imported where they are used: a web process that only
# renders pages never loads the solver or the PDF machinery.

ProgressCallback = Callable[[dict[str, Any], dict[str, Any], float], bool]
"""Receives objective, bound and seconds; returns False to ask the solver to stop."""

DOCUMENT_KINDS: dict[str, Any] = {
    "pdf": _("Itineraries and briefing books (PDF)"),
    "html": _("Itineraries and briefing books (HTML)"),
    "ics": _("Calendars (.ics)"),
    "xlsx": _("Schedule workbook (.xlsx)"),
}
"""The export engine's formats, as organisers download them (one zip per format)."""


@dataclass(frozen=True)
class Outcome:
    """What a scheduler or re-planner run produced, in storable form."""

    schedule: Schedule
    status: str
    objective: dict[str, Any]
    bound: dict[str, Any]
    seconds: float
    message: str


@dataclass(frozen=True)
class Issue:
    """One line of a workbook's validation report."""

    sheet: str
    row: int | None
    column: str
    value: str
    message: str
    hint: str
    severity: str


def _as_dict(value: Any) -> dict[str, Any]:
    if isinstance(value, dict):
        return dict(value)
    return {} if value is None else {"value": value}


def _engine_progress(on_progress: ProgressCallback | None) -> Callable[..., None] | None:
    """Relay the solver's ``(level, objective, bound, seconds)`` as per-level dictionaries."""
    if on_progress is None:
        return None
    objective: dict[str, Any] = {}
    bound: dict[str, Any] = {}

    def relay(level: str, found: int, proven: int, seconds: float) -> None:
        objective[level], bound[level] = found, proven
        on_progress(dict(objective), dict(bound), seconds)

    return relay


def _outcome(result: Any) -> Outcome:
    unscheduled = len(result.schedule.unscheduled)
    return Outcome(
        schedule=result.schedule,
        status=str(result.status),
        objective=_as_dict(result.objective),
        bound=_as_dict(result.bound),
        seconds=float(result.seconds),
        message=f"{unscheduled} requests not scheduled" if unscheduled else "",
    )


def schedule(
    mission: Mission,
    *,
    mode: str,
    time_limit: float,
    on_progress: ProgressCallback | None,
    seed: int | None = None,
) -> Outcome:
    from wafd.schedule import schedule_mission

    return _outcome(
        schedule_mission(
            mission,
            mode="greedy" if mode == "greedy" else "optimal",
            time_limit=time_limit,
            on_progress=_engine_progress(on_progress),
            seed=seed,
        )
    )


def replan(
    mission: Mission,
    current: Schedule,
    *,
    cancel: Sequence[str],
    time_limit: float,
    on_progress: ProgressCallback | None,
    seed: int | None = None,
) -> Outcome:
    from wafd.schedule import replan_mission

    locked = tuple(m.id for m in current.meetings if m.locked)
    return _outcome(
        replan_mission(
            mission,
            current,
            cancel=tuple(cancel),
            lock=locked,
            time_limit=time_limit,
            on_progress=_engine_progress(on_progress),
            seed=seed,
        )
    )


def check(mission: Mission, candidate: Schedule, *, language: str) -> list[str]:
    """The checker's findings as readable lines."""
    from wafd.schedule import check_schedule

    return [v.render(language) for v in check_schedule(mission, candidate)]


def recommend(
    mission: Mission, *, participant_ids: Sequence[str] | None, top: int, language: str
) -> list["Recommendation"]:
    from wafd.match import recommend as match_recommend

    ids = None if participant_ids is None else list(participant_ids)
    return match_recommend(mission, participant_ids=ids, top=top, language=language)


def accept(mission: Mission, items: Sequence["Recommendation"], *, top_n: int) -> Mission:
    from wafd.match import accept_recommendations

    return accept_recommendations(mission, list(items), top_n=top_n)


def read(path: Path, *, language: str) -> tuple[Mission | None, list[Issue]]:
    """The mission in a workbook, or the validation report's issues (nothing saved)."""
    from wafd.io import MissionFileError, read_mission

    try:
        return read_mission(path), []
    except MissionFileError as error:
        return None, _issues(error.report, language)


def bounds_problems(path: Path, *, language: str) -> list[Issue]:
    """Why the engine would refuse this file's size or extent; [] when it is within bounds."""
    from wafd.io import check_mission_file_bounds

    return _issues(check_mission_file_bounds(path), language)


def _issues(report: "ValidationReport", language: str) -> list[Issue]:
    return [
        Issue(
            sheet=str(issue.sheet or ""),
            row=issue.row,
            column=str(issue.column_letter or issue.column or ""),
            value=str(issue.value or ""),
            message=issue.message_in(language),
            hint=issue.hint_in(language),
            severity=str(issue.severity),
        )
        for issue in report.issues
    ]


def workbook(mission: Mission) -> bytes:
    from wafd.io import write_mission

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "mission.xlsx"
        write_mission(mission, path)
        return path.read_bytes()


def _export(
    mission: Mission,
    current: Schedule,
    *,
    formats: Sequence[str],
    languages: Sequence[str] | None,
    participant_ids: Sequence[str] | None,
    on_progress: Callable[[int, int], object] | None = None,
) -> dict[str, bytes]:
    from wafd.export import export_documents

    with tempfile.TemporaryDirectory() as folder:
        paths = export_documents(
            mission,
            current,
            out_dir=Path(folder),
            formats=tuple(formats),
            languages=None if languages is None else tuple(languages),
            participant_ids=None if participant_ids is None else tuple(participant_ids),
            on_progress=on_progress,
        )
        return {str(p.relative_to(folder)): p.read_bytes() for p in paths}


def scoped_uids(payload: bytes, scope: str) -> bytes:
    """The calendar with each event's UID made unique to one stored mission.

    The engine's UID is the meeting and the mission's identifier; two stored missions
    may share an identifier (the same workbook imported by two organisations), so the
    site adds its own record number: ``m1.demo@wafd`` becomes ``m1.demo.r7@wafd``.
    """
    from icalendar import Calendar

    calendar = Calendar.from_ical(payload)
    for event in calendar.walk("VEVENT"):
        uid = str(event["UID"])
        local, _at, domain = uid.rpartition("@")
        event["UID"] = f"{local}.{scope}@{domain}"
    return bytes(calendar.to_ical())


def documents(
    mission: Mission,
    current: Schedule,
    *,
    kind: str,
    scope: str,
    on_progress: Callable[[int, int], object] | None = None,
) -> dict[str, bytes]:
    """Everyone's documents of one format, in each reader's language, by file name
    (calendar UIDs scoped to the stored mission)."""
    files = _export(
        mission,
        current,
        formats=(kind,),
        languages=None,
        participant_ids=None,
        on_progress=on_progress,
    )
    return {
        name: scoped_uids(payload, scope) if name.endswith(".ics") else payload
        for name, payload in files.items()
    }


def zipped(files: dict[str, bytes]) -> bytes:
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, payload in sorted(files.items()):
            archive.writestr(name, payload)
    return buffer.getvalue()


def calendar(
    mission: Mission, current: Schedule, *, participant_id: str, language: str, scope: str
) -> bytes:
    """One participant's ``.ics`` as the export engine writes it (UIDs scoped)."""
    files = _export(
        mission,
        current,
        formats=("ics",),
        languages=(language,),
        participant_ids=(participant_id,),
    )
    calendars = [payload for name, payload in sorted(files.items()) if name.endswith(".ics")]
    if not calendars:
        raise LookupError("the export produced no calendar")
    return scoped_uids(calendars[0], scope)
