"""Schedule files: ``write_schedule`` / ``read_schedule`` for ``.xlsx`` and ``.json``.

The workbook is for people: organisers open it, fix a time, move a meeting, and hand it back;
``read_schedule`` then reports every unreadable cell by sheet, row and column, and
``wafd check`` judges whether the edited schedule still holds. JSON is the lossless exchange
form. Writes are atomic (a temporary file in the same folder, then a rename), so a crash never
leaves half a schedule behind.
"""

from __future__ import annotations

from pathlib import Path
from zipfile import BadZipFile

from openpyxl.utils.exceptions import InvalidFileException
from pydantic import ValidationError

from wafd.i18n import N_
from wafd.io.atomic import write_atomically
from wafd.io.schedule_errors import CellIssue, ScheduleFileError
from wafd.io.schedule_xlsx import read_workbook, write_workbook
from wafd.model import Mission, Schedule

UNSUPPORTED = N_("{path}: schedule files must end in .xlsx or .json")
NOT_FOUND = N_("{path}: no such file")
BAD_JSON = N_("not a valid schedule: {error}")
NOT_A_WORKBOOK = N_(
    "{path} is not an Excel workbook or is damaged: open it in Excel or LibreOffice and save it"
    " again as .xlsx"
)
OTHER_MISSION = N_(
    "this schedule belongs to mission “{found}”, not “{expected}”: give the schedule written"
    " for this mission"
)

__all__ = ["CellIssue", "ScheduleFileError", "read_schedule", "write_schedule"]


def _suffix(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".json"):
        issue = CellIssue("", None, "", "", UNSUPPORTED, (("path", str(path)),))
        raise ScheduleFileError(path, [issue])
    return suffix


def write_schedule(mission: Mission, schedule: Schedule, path: Path | str) -> None:
    """Write ``schedule`` to ``path`` (.xlsx with readable day sheets, or .json)."""
    path = Path(path)
    if _suffix(path) == ".json":
        text = schedule.model_dump_json(indent=2)
        write_atomically(path, lambda target: target.write_text(text + "\n", encoding="utf-8"))
    else:
        write_atomically(path, lambda target: write_workbook(mission, schedule, target))


def read_schedule(mission: Mission, path: Path | str) -> Schedule:
    """Read a schedule written by ``write_schedule`` (possibly edited by hand)."""
    path = Path(path)
    suffix = _suffix(path)
    if not path.is_file():
        raise ScheduleFileError(
            path, [CellIssue("", None, "", "", NOT_FOUND, (("path", str(path)),))]
        )
    schedule = _read_workbook(mission, path) if suffix == ".xlsx" else _read_json(path)
    if schedule.mission != mission.id:
        params = (("found", schedule.mission), ("expected", mission.id))
        raise ScheduleFileError(path, [CellIssue("", None, "", "", OTHER_MISSION, params)])
    return schedule


def _read_workbook(mission: Mission, path: Path) -> Schedule:
    """The workbook's schedule; a file that is no workbook at all is one clear issue."""
    try:
        return read_workbook(mission, path)
    except (BadZipFile, InvalidFileException, KeyError, EOFError) as error:
        issue = CellIssue("", None, "", "", NOT_A_WORKBOOK, (("path", str(path)),))
        raise ScheduleFileError(path, [issue]) from error


def _read_json(path: Path) -> Schedule:
    try:
        return Schedule.model_validate_json(path.read_bytes())
    except ValidationError as error:
        issues = [
            CellIssue(
                "json", None, ".".join(map(str, e["loc"])), "", BAD_JSON, (("error", e["msg"]),)
            )
            for e in error.errors()
        ]
        raise ScheduleFileError(path, issues) from error
