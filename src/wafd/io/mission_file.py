"""Reading, writing and validating mission files; the format follows the suffix.

``.xlsx`` (and ``.xlsm``) files are workbooks, ``.yaml``/``.yml`` files YAML.
Every reading goes through validation, so ``read_mission`` either returns a
mission or raises ``MissionFileError`` with the full report; the input file
is only ever opened for reading.
"""

import os
from collections.abc import Callable, Sequence
from pathlib import Path

from wafd.i18n import N_
from wafd.io.atomic import write_atomically
from wafd.io.build import build_mission
from wafd.io.columns import Sheet
from wafd.io.flatten import Row, mission_rows
from wafd.io.parse import IssueLog, parse_book
from wafd.io.raw import RawBook
from wafd.io.report import Issue, MissionFileError, ValidationReport, sorted_report
from wafd.io.rules import check_rules
from wafd.io.sheets import SHEETS
from wafd.io.unreadable import UnreadableFile, cannot_read, refuse_large_file
from wafd.io.xlsx_bounds import check_workbook_bounds
from wafd.io.xlsx_read import read_workbook
from wafd.io.xlsx_write import build_workbook
from wafd.io.yaml_io import dump_yaml, read_yaml
from wafd.model import Mission
from wafd.model.limits import input_limits

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")
YAML_SUFFIXES = (".yaml", ".yml")
READERS: dict[str, Callable[[Path], RawBook]] = {
    **dict.fromkeys(WORKBOOK_SUFFIXES, read_workbook),
    **dict.fromkeys(YAML_SUFFIXES, read_yaml),
}


def validate_mission_file(path: str | os.PathLike[str]) -> ValidationReport:
    """Every problem of the mission file at ``path``, in one pass; never raises for bad input."""
    return _load(Path(path))[1]


def check_mission_file_bounds(path: str | os.PathLike[str]) -> ValidationReport:
    """Only the bounds a file is measured against before any reader allocates it.

    The file's size and, for a workbook, its parts and the extent of its cells, checked as
    streams in flat memory: a server can run this in the request that receives an upload and
    refuse a hostile file at once, with the same located problem the full read would report.
    """
    target = Path(path)
    try:
        refuse_large_file(target)
        if target.suffix.lower() in WORKBOOK_SUFFIXES:
            check_workbook_bounds(target, input_limits())
    except UnreadableFile as problem:
        return ValidationReport(source=str(target), issues=(_problem_issue(target, problem),))
    return ValidationReport(source=str(target), issues=())


def read_mission(path: str | os.PathLike[str]) -> Mission:
    """The mission in ``path``; ``MissionFileError`` (with ``.report``) when it has errors."""
    mission, report = _load(Path(path))
    if mission is None or not report.ok:
        raise MissionFileError(report)
    return mission


def write_mission(mission: Mission, path: str | os.PathLike[str]) -> Path:
    """Write ``mission`` to ``path`` (format by suffix), atomically: all or nothing."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix in WORKBOOK_SUFFIXES:
        write_workbook_rows(mission_rows(mission), target)
    elif suffix in YAML_SUFFIXES:
        text = dump_yaml(mission_rows(mission))
        write_atomically(target, lambda temporary: temporary.write_text(text, encoding="utf-8"))
    else:
        raise ValueError(f"{target}: unknown mission file type {suffix!r}; use .xlsx or .yaml")
    return target


def write_workbook_rows(
    rows_by_sheet: dict[str, list[Row]],
    target: Path,
    language: str = "en",
    sheets: Sequence[Sheet] = SHEETS,
) -> None:
    """Write typed rows as a workbook at ``target``, atomically, with hints in ``language``."""
    workbook = build_workbook(rows_by_sheet, language, sheets)
    write_atomically(target, lambda temporary: workbook.save(temporary))


def _load(path: Path) -> tuple[Mission | None, ValidationReport]:
    source = str(path)
    try:
        book = _read_raw(path)
    except UnreadableFile as problem:
        return None, ValidationReport(source=source, issues=(_problem_issue(path, problem),))
    log = IssueLog()
    parsed = parse_book(book, log)
    check_rules(parsed, log)
    mission = build_mission(parsed, log)
    titles = [sheet.title for sheet in book.sheets.values()] + [s.name for s in SHEETS]
    return mission, sorted_report(source, log.issues, titles)


def _problem_issue(path: Path, problem: UnreadableFile) -> Issue:
    return Issue(
        sheet=problem.sheet,
        row=problem.row,
        column="",
        value=path.name,
        column_letter=problem.letter,
        message_id=problem.message_id,
        hint_id=problem.hint_id,
        params=problem.params,
    )


def _read_raw(path: Path) -> RawBook:
    if not path.exists():
        raise UnreadableFile(
            N_("The file {name} does not exist."),
            N_("Check the path and the spelling of the file name."),
            name=str(path),
        )
    if path.is_dir():
        raise UnreadableFile(
            N_("{name} is a folder, not a mission file."),
            N_("Give the path of an .xlsx or .yaml file."),
            name=str(path),
        )
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise UnreadableFile(
            N_("Files ending in “{suffix}” are not mission files."),
            N_(
                "Use an Excel workbook (.xlsx) or a YAML file (.yaml); old .xls and .csv "
                "files must be saved as .xlsx first."
            ),
            suffix=path.suffix or path.name,
        )
    try:
        return reader(path)
    except PermissionError as error:
        raise UnreadableFile(
            N_("The file {name} cannot be read (permission denied)."),
            N_("Check the file's permissions, or close it in Excel."),
            name=str(path),
        ) from error
    except OSError as error:
        raise cannot_read(path, error) from error
