"""Outcomes files: a workbook (``outcomes.xlsx``) or YAML, read together with the mission.

Reading validates every row against the mission and its schedule and reports each problem
at its sheet, row and column, exactly as ``wafd validate`` does for the mission itself.
Input is bounded before it is parsed by the mission readers' own checks, with a smaller file
and unpacked size (``outcome_limits``), then by the number of rows per sheet.
"""

import os
from dataclasses import replace
from pathlib import Path

from wafd.i18n import N_
from wafd.io.atomic import write_atomically
from wafd.io.mission_file import write_workbook_rows
from wafd.io.parse import IssueLog, parse_book
from wafd.io.raw import RawBook, sheets_by_key
from wafd.io.report import Issue, MissionFileError, ValidationReport, sorted_report
from wafd.io.template import example_rows
from wafd.io.unreadable import UnreadableFile, cannot_read
from wafd.io.xlsx_read import read_workbook
from wafd.io.yaml_io import dump_yaml, read_yaml
from wafd.model.limits import MEBIBYTE, InputLimits, input_limits
from wafd.outcomes.build import build_outcomes
from wafd.outcomes.context import OutcomeContext
from wafd.outcomes.errors import DOMAIN
from wafd.outcomes.flatten import outcome_rows
from wafd.outcomes.model import Outcomes
from wafd.outcomes.sheets import OUTCOME_SHEETS

MAX_FILE_BYTES = 30 * MEBIBYTE
MAX_INFLATED_BYTES = 300 * MEBIBYTE
MAX_ROWS_PER_SHEET = 250_000
SPECS = sheets_by_key(OUTCOME_SHEETS)


class TooLarge(Exception):  # noqa: N818 - a finding about the file, reported to the user
    def __init__(self, message_id: str, hint_id: str, **params: object) -> None:
        super().__init__(message_id)
        self.message_id, self.hint_id, self.params = message_id, hint_id, params


def validate_outcomes_file(
    path: str | os.PathLike[str], *, context: OutcomeContext
) -> ValidationReport:
    """Every problem of the outcomes file at ``path``; never raises for bad input."""
    return _load(Path(path), context)[1]


def read_outcomes(path: str | os.PathLike[str], *, context: OutcomeContext) -> Outcomes:
    """The outcomes in ``path``; ``MissionFileError`` (with ``.report``) when it has errors."""
    outcomes, report = _load(Path(path), context)
    if outcomes is None or not report.ok:
        raise MissionFileError(report)
    return outcomes


def write_outcomes(outcomes: Outcomes, path: str | os.PathLike[str]) -> Path:
    """Write ``outcomes`` as ``.xlsx`` or ``.yaml`` (by suffix), atomically."""
    target = Path(path)
    rows = outcome_rows(outcomes)
    if target.suffix.lower() in (".yaml", ".yml"):
        text = dump_yaml(rows, OUTCOME_SHEETS)
        write_atomically(target, lambda temporary: temporary.write_text(text, encoding="utf-8"))
    else:
        write_workbook_rows(rows, target, sheets=OUTCOME_SHEETS)
    return target


def write_outcomes_template(path: str | os.PathLike[str], *, language: str = "en") -> Path:
    """The empty outcomes workbook: headers with hints in ``language``, one example row each."""
    target = Path(path)
    rows = {sheet.name: example_rows(sheet) for sheet in OUTCOME_SHEETS}
    write_workbook_rows(rows, target, language, OUTCOME_SHEETS)
    return target


def _load(path: Path, context: OutcomeContext) -> tuple[Outcomes | None, ValidationReport]:
    try:
        book = _read_raw(path)
    except (UnreadableFile, TooLarge) as problem:
        issue = Issue(
            sheet="",
            row=None,
            column="",
            value=path.name,
            message_id=problem.message_id,
            hint_id=problem.hint_id,
            params=problem.params,
            domain=DOMAIN if isinstance(problem, TooLarge) else "io",
        )
        return None, ValidationReport(source=str(path), issues=(issue,))
    log = IssueLog()
    parsed = parse_book(book, log, OUTCOME_SHEETS)
    outcomes = build_outcomes(parsed, log, context)
    titles = [sheet.title for sheet in book.sheets.values()] + [s.name for s in OUTCOME_SHEETS]
    return outcomes, sorted_report(str(path), log.issues, titles)


def _read_raw(path: Path) -> RawBook:
    if not path.is_file():
        raise UnreadableFile(
            N_("The file {name} does not exist."),
            N_("Check the path and the spelling of the file name."),
            name=str(path),
        )
    suffix = path.suffix.lower()
    reader = read_yaml if suffix in (".yaml", ".yml") else read_workbook
    try:
        book = reader(path, SPECS, outcome_limits())
    except OSError as error:
        raise cannot_read(path, error) from error
    for sheet in book.sheets.values():
        if len(sheet.rows) > MAX_ROWS_PER_SHEET:
            raise TooLarge(
                N_("The sheet {sheet} has {rows} rows, more than the {limit} Wafd reads."),
                N_("Split the outcomes into several files, or remove empty rows."),
                sheet=sheet.title,
                rows=len(sheet.rows),
                limit=MAX_ROWS_PER_SHEET,
            )
    return book


def outcome_limits() -> InputLimits:
    """The mission file's limits, with a smaller file and unpacked size for an outcomes file."""
    limits = input_limits()
    return replace(
        limits,
        max_file_bytes=min(limits.max_file_bytes, MAX_FILE_BYTES),
        max_total_bytes=min(limits.max_total_bytes, MAX_INFLATED_BYTES),
    )
