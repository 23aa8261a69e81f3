"""Mission workbook (XLSX) and YAML <-> model, and the validation report.

Public API::

    read_mission(path) -> Mission            # raises MissionFileError(report)
    write_mission(mission, path) -> Path     # .xlsx / .yaml by suffix, atomic
    validate_mission_file(path) -> ValidationReport
    check_mission_file_bounds(path) -> ValidationReport   # size and extent only, streamed
    write_template(path, *, force=False, language="en") -> Path
"""

from wafd.io.mission_file import (
    check_mission_file_bounds,
    read_mission,
    validate_mission_file,
    write_mission,
)
from wafd.io.report import Issue, MissionFileError, Severity, ValidationReport
from wafd.io.template import write_template

__all__ = [
    "Issue",
    "MissionFileError",
    "Severity",
    "ValidationReport",
    "check_mission_file_bounds",
    "read_mission",
    "validate_mission_file",
    "write_mission",
    "write_template",
]
