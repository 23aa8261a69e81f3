"""Specifications of how one typed cell is read (what organisers actually type)."""

from datetime import date, datetime, time, timedelta

import pytest

from wafd.io.cells import CellProblem, parse_cell
from wafd.io.columns import CellType, Column
from wafd.io.report import Severity


def _column(kind: CellType, **options: object) -> Column:
    return Column("cell", kind, "a cell", **options)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kind", "typed", "value"),
    [
        (CellType.TEXT, 212600000000.0, "212600000000"),
        (CellType.ID, " d-amina ", "d-amina"),
        (CellType.IDS, "a, b;c،d", ("a", "b", "c", "d")),
        (CellType.TAGS, "Cloud computing, الأمن السيبراني", ("Cloud computing", "الأمن السيبراني")),
        (
            CellType.TEXTS,
            "US Commercial Service, Casablanca; USTDA",
            ("US Commercial Service, Casablanca", "USTDA"),
        ),
        (CellType.DATE, datetime(2024, 2, 12), date(2024, 2, 12)),
        (CellType.TIME, "9:30", time(9, 30)),
        (CellType.TIME, "14h15", time(14, 15)),
        (CellType.TIME, timedelta(hours=8, minutes=45), time(8, 45)),
        (CellType.INTEGER, 60.0, 60),
        (CellType.INTEGER, " 45 ", 45),
        (CellType.NUMBER, "29,76", 29.76),
        (CellType.BOOLEAN, "Oui", True),
        (CellType.BOOLEAN, "لا", False),
        (CellType.TIMEZONE, "Africa/Casablanca", "Africa/Casablanca"),
    ],
)
def test_cell_reads_what_organisers_type(kind: CellType, typed: object, value: object) -> None:
    assert parse_cell(_column(kind), typed) == (value, None)


def test_choice_is_read_whatever_the_case_and_separators() -> None:
    column = _column(CellType.CHOICES, choices=("one_to_one", "briefing"))

    assert parse_cell(column, "One-to-one; Briefing") == (("one_to_one", "briefing"), None)


def test_iso_date_typed_as_text_is_accepted_with_a_warning_in_workbooks_only() -> None:
    column = _column(CellType.DATE)

    value, warning = parse_cell(column, "2024-02-12")
    assert (value, warning is not None and warning.severity) == (
        date(2024, 2, 12),
        Severity.WARNING,
    )
    assert parse_cell(column, "2024-02-12", strict_types=False) == (date(2024, 2, 12), None)


@pytest.mark.parametrize(
    ("kind", "typed", "message"),
    [
        (CellType.ID, "d amina", "“{token}” is not a valid code."),
        (
            CellType.DATE,
            datetime(2024, 2, 12, 9, 30),
            "A date is expected but the cell holds a date and a time.",
        ),
        (CellType.DATE, True, "A date is expected but the cell does not hold one."),
        (CellType.TIME, date(2024, 2, 12), "A time of day is expected but the cell holds a date."),
        (CellType.TIME, "25:00", "A time of day is expected but the cell does not hold one."),
        (CellType.INTEGER, 4.5, "A whole number is expected."),
        (CellType.INTEGER, True, "A whole number is expected."),
        (CellType.BOOLEAN, "perhaps", "yes or no is expected."),
    ],
)
def test_cell_refuses_the_wrong_type(kind: CellType, typed: object, message: str) -> None:
    with pytest.raises(CellProblem) as problem:
        parse_cell(_column(kind), typed)

    assert problem.value.message_id == message


def test_number_out_of_range_names_the_bounds() -> None:
    with pytest.raises(CellProblem) as problem:
        parse_cell(_column(CellType.INTEGER, minimum=5, maximum=480), 2)

    assert problem.value.params == {"number": 2, "low": "5", "high": "480"}
