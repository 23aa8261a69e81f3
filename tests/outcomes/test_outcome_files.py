"""The outcomes workbook and YAML: what is written reads back, what is wrong is located."""

from pathlib import Path

import pytest
from openpyxl import load_workbook
from outcome_factories import build_context, build_outcomes

from wafd.outcomes.files import (
    read_outcomes,
    validate_outcomes_file,
    write_outcomes,
    write_outcomes_template,
)


@pytest.mark.parametrize("name", ["outcomes.xlsx", "outcomes.yaml"])
def test_outcomes_file_reads_back_what_was_written(tmp_path: Path, name: str) -> None:
    outcomes = build_outcomes()
    path = write_outcomes(outcomes, tmp_path / name)

    assert read_outcomes(path, context=build_context()) == outcomes


def _edited(tmp_path: Path, sheet: str, row: int, column: str, value: object) -> Path:
    path = write_outcomes(build_outcomes(), tmp_path / "outcomes.xlsx")
    workbook = load_workbook(path)
    headers = [cell.value for cell in workbook[sheet][1]]
    workbook[sheet].cell(row=row, column=headers.index(column) + 1).value = value
    workbook.save(path)
    return path


@pytest.mark.parametrize(
    ("sheet", "row", "column", "value", "place", "message"),
    [
        ("Feedback", 2, "rating", 7, "Feedback!C2", "7 is out of range."),
        ("Feedback", 3, "meeting", "m99", "Feedback!A3", "There is no meeting “m99”"),
        ("Feedback", 3, "participant", "nobody", "Feedback!B3", "There is no participant"),
        ("Attendance", 2, "absent", "kim", "Attendance!C2", "David Kim does not take part"),
        ("Opportunities", 2, "currency", "XYZ", "Opportunities!I2", "“XYZ” is not an ISO 4217"),
        ("Opportunities", 2, "currency", None, "Opportunities!I2", "The value 100000 has no"),
        ("Opportunities", 3, "currency", "EUR", "Opportunities!I3", "No rate converts EUR"),
        ("Stages", 2, "date", "2024-02-01", "Stages!C2", "is before the meeting"),
        ("Stages", 5, "reason", None, "Stages!E5", "marked lost needs a reason"),
        ("Stages", 3, "stage", "identified", "Stages!E3", "goes back from in_discussion"),
        ("Stages", 4, "stage", "identified", "Stages!B4", "is already at stage identified"),
    ],
)
def test_outcomes_file_error_names_sheet_row_and_column(
    tmp_path: Path, sheet: str, row: int, column: str, value: object, place: str, message: str
) -> None:
    path = _edited(tmp_path, sheet, row, column, value)

    report = validate_outcomes_file(path, context=build_context())

    assert [
        (i.place, i.message.startswith(message) or message in i.message) for i in report.errors
    ] == [(place, True)]


def test_outcomes_template_lists_every_sheet(tmp_path: Path) -> None:
    path = write_outcomes_template(tmp_path / "outcomes.xlsx", language="fr")

    assert load_workbook(path).sheetnames == [
        "Outcomes", "Attendance", "Feedback", "Actions", "Opportunities", "Stages", "Surveys",
        "Costs", "Rates",
    ]  # fmt: skip


@pytest.mark.parametrize("name", ["outcomes.xlsx", "outcomes.yaml"])
def test_outcomes_file_above_its_size_limit_is_refused_before_reading(
    tmp_path: Path, name: str
) -> None:
    path = tmp_path / name
    with path.open("wb") as sparse:
        sparse.truncate(31 * 2**20)  # above the outcomes file's 30 MB, below a mission's 50 MB

    report = validate_outcomes_file(path, context=build_context())

    assert [i.message for i in report.errors] == [
        "The file is 31 MB, more than the 30 MB Wafd reads."
    ]
