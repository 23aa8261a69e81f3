"""One failing workbook per validation rule, each asserting the exact place reported."""

from datetime import date, time
from pathlib import Path

import pytest
from openpyxl import load_workbook
from workbook_edits import add_row, places, set_cells, valid_workbook

from wafd.io import Severity, validate_mission_file


def test_valid_workbook_has_no_issue(tmp_path: Path) -> None:
    report = validate_mission_file(valid_workbook(tmp_path))

    assert report.issues == ()
    assert report.ok


def test_empty_required_cell_is_reported_at_its_cell(tmp_path: Path) -> None:
    path = set_cells(valid_workbook(tmp_path), "Participants", {"B3": None})

    report = validate_mission_file(path)

    assert places(report.errors) == [("Participants", 3, "name", "B")]
    assert report.errors[0].message == "The required cell “name” is empty."


def test_empty_mission_setting_is_reported_on_its_row_in_column_b(tmp_path: Path) -> None:
    path = set_cells(valid_workbook(tmp_path), "Mission", {"B2": None})

    report = validate_mission_file(path)

    assert places(report.errors) == [("Mission", 2, "id", "B")]


def test_name_missing_in_every_language_is_reported_on_the_english_column(
    tmp_path: Path,
) -> None:
    path = set_cells(valid_workbook(tmp_path), "Organisations", {"C3": None})

    report = validate_mission_file(path)

    assert places(report.errors) == [("Organisations", 3, "name_en", "B")]


@pytest.mark.parametrize(
    ("sheet", "cell", "bad", "column", "suggestion"),
    [
        ("Participants", "D2", "adx", "organisation", "add"),
        ("Participants", "N3", "hqq", "venue", "hq"),
        ("Venues", "C3", "san-jos", "leg", "san-jose"),
        ("Legs", "J2", "hotell", "lodging", "hotel"),
        ("Availability", "A2", "d-amin", "participant", "d-amina"),
        ("Requests", "A2", "nobody", "requester", None),
        ("Requests", "B2", "h-jordn", "target", "h-jordan"),
        ("Meetings", "D3", "add, h-jordan, h-nobody", "participants", None),
        ("Meetings", "F2", "hotell", "venue", "hotel"),
        ("Meetings", "J3", "welcom", "after", "welcome"),
        ("TravelTimes", "B2", "motel", "destination", "hotel"),
    ],
)
def test_unknown_reference_is_reported_with_the_closest_id(
    tmp_path: Path, sheet: str, cell: str, bad: str, column: str, suggestion: str | None
) -> None:
    path = set_cells(valid_workbook(tmp_path), sheet, {cell: bad})

    report = validate_mission_file(path)

    assert places(report.errors) == [(sheet, int(cell[1:]), column, cell[0])]
    expected = f" (did you mean “{suggestion}”?)" if suggestion else ""
    assert report.errors[0].hint.endswith(f"{expected}, or add a row for it there.")


def test_duplicate_id_is_reported_on_the_second_row_naming_the_first(tmp_path: Path) -> None:
    path = set_cells(valid_workbook(tmp_path), "Participants", {"A3": "d-amina"})

    report = validate_mission_file(path)

    assert places(report.errors)[0] == ("Participants", 3, "id", "A")
    assert report.errors[0].message == "The id “d-amina” is already used on row 2."


def test_unknown_time_zone_suggests_the_closest_zone(tmp_path: Path) -> None:
    path = set_cells(valid_workbook(tmp_path), "Legs", {"C2": "America/Chicgo"})

    report = validate_mission_file(path)

    assert places(report.errors) == [("Legs", 2, "timezone", "C")]
    assert "(did you mean “America/Chicago”?)" in report.errors[0].hint


def test_availability_on_a_day_outside_every_leg_is_an_error(tmp_path: Path) -> None:
    path = set_cells(valid_workbook(tmp_path), "Availability", {"B2": date(2024, 2, 16)})

    report = validate_mission_file(path)

    assert places(report.errors) == [("Availability", 2, "day", "B")]


def test_planned_meeting_on_a_day_outside_every_leg_is_an_error(tmp_path: Path) -> None:
    path = set_cells(valid_workbook(tmp_path), "Meetings", {"G2": date(2024, 3, 1)})

    report = validate_mission_file(path)

    assert places(report.errors) == [("Meetings", 2, "day", "G")]


def test_availability_entirely_outside_the_leg_hours_is_an_error(tmp_path: Path) -> None:
    path = set_cells(valid_workbook(tmp_path), "Availability", {"C2": time(6), "D2": time(7)})

    report = validate_mission_file(path)

    assert places(report.errors) == [("Availability", 2, "start", "C")]


def test_availability_partly_outside_the_leg_hours_is_a_warning(tmp_path: Path) -> None:
    path = set_cells(valid_workbook(tmp_path), "Availability", {"D2": time(19)})

    report = validate_mission_file(path)

    assert report.ok
    assert places(report.warnings) == [("Availability", 2, "end", "D")]


def test_availability_overlapping_the_same_person_is_a_warning(tmp_path: Path) -> None:
    path = valid_workbook(tmp_path)
    row = add_row(
        path,
        "Availability",
        {"participant": "d-amina", "day": date(2024, 2, 12), "start": time(11), "end": time(13)},
    )

    report = validate_mission_file(path)

    assert places(report.warnings) == [("Availability", row, "start", "C")]
    assert report.warnings[0].message == (
        "This window overlaps the one on row 2 for the same person."
    )


def test_availability_ending_before_it_starts_is_an_error(tmp_path: Path) -> None:
    path = set_cells(valid_workbook(tmp_path), "Availability", {"D2": time(8)})

    report = validate_mission_file(path)

    assert places(report.errors) == [("Availability", 2, "end", "D")]


def test_request_to_oneself_is_an_error(tmp_path: Path) -> None:
    path = set_cells(valid_workbook(tmp_path), "Requests", {"B2": "d-amina"})

    report = validate_mission_file(path)

    assert places(report.errors) == [("Requests", 2, "target", "B")]
    assert report.errors[0].message == "“d-amina” asks to meet themself."


def test_no_and_must_between_the_same_pair_is_an_error(tmp_path: Path) -> None:
    path = valid_workbook(tmp_path)
    row = add_row(
        path, "Requests", {"requester": "h-jordan", "target": "d-amina", "preference": "no"}
    )

    report = validate_mission_file(path)

    assert places(report.errors) == [("Requests", row, "preference", "C")]
    assert report.errors[0].message == "“no” contradicts “must” on row 2 for the same pair."


@pytest.mark.parametrize(
    ("typed", "suggestion"),
    [
        ("clod", "cloud"),
        ("Administration electronique", "e_government"),
        ("السحابه", "cloud"),
        ("e-gov", "e_government"),
    ],
)
def test_unknown_theme_suggests_the_closest_theme_in_any_language(
    tmp_path: Path, typed: str, suggestion: str
) -> None:
    path = set_cells(valid_workbook(tmp_path), "Participants", {"K2": f"e_government, {typed}"})

    report = validate_mission_file(path)

    assert places(report.errors) == [("Participants", 2, "themes", "K")]
    assert report.errors[0].hint == (
        f"Use theme ids from the Themes sheet (did you mean “{suggestion}”?)."
    )


def test_date_typed_as_iso_text_is_accepted_with_a_warning(tmp_path: Path) -> None:
    path = set_cells(valid_workbook(tmp_path), "Legs", {"D2": "2024-02-12"})

    report = validate_mission_file(path)

    assert report.ok
    assert places(report.warnings) == [("Legs", 2, "start_date", "D")]


def test_date_typed_as_other_text_is_an_error(tmp_path: Path) -> None:
    path = set_cells(valid_workbook(tmp_path), "Legs", {"D2": "12/02/2024"})

    report = validate_mission_file(path)

    assert places(report.errors) == [("Legs", 2, "start_date", "D")]
    assert report.errors[0].value == "12/02/2024"


def test_number_where_a_date_is_expected_names_the_date_it_would_be(tmp_path: Path) -> None:
    path = set_cells(valid_workbook(tmp_path), "Legs", {"D2": 45334})
    workbook = load_workbook(path)
    workbook["Legs"]["D2"].number_format = "General"  # a number, not a date, for Excel
    workbook.save(path)

    report = validate_mission_file(path)

    assert places(report.errors) == [("Legs", 2, "start_date", "D")]
    assert report.errors[0].hint == (
        "Format the cell as a date (Format › Cells › Date) — as a date it would be 2024-02-12."
    )


@pytest.mark.parametrize(
    ("sheet", "cell", "bad", "column"),
    [
        ("Venues", "G2", "three", "tables"),
        ("Legs", "F2", "nine", "day_start"),
        ("Venues", "E2", "north", "latitude"),
        ("Organisations", "M3", "maybe", "fictional"),
        ("Participants", "E2", "delegat", "role"),
        ("Venues", "E2", 123.0, "latitude"),
    ],
)
def test_wrong_type_is_an_error_at_its_cell(
    tmp_path: Path, sheet: str, cell: str, bad: object, column: str
) -> None:
    path = set_cells(valid_workbook(tmp_path), sheet, {cell: bad})

    report = validate_mission_file(path)

    assert places(report.errors) == [(sheet, int(cell[1:]), column, cell[0])]


@pytest.mark.parametrize(
    ("cell", "name", "message"),
    [
        ("B2", "Amina  El Idrissi", "The name has spaces at its start or end, or double spaces."),
        ("B2", "Amina El Idrissi ", "The name has spaces at its start or end, or double spaces."),
        ("C2", "أمينة الإدريسي 2", "The Arabic name contains Latin digits (0-9)."),
        ("B2", "Amina ٣", "The Latin-script name contains Arabic-Indic digits (٠-٩)."),
        ("B2", "أمينة", "This Latin-script name contains Arabic letters."),
    ],
)
def test_untidy_name_is_a_warning(tmp_path: Path, cell: str, name: str, message: str) -> None:
    path = set_cells(valid_workbook(tmp_path), "Participants", {cell: name})

    report = validate_mission_file(path)

    assert report.ok
    assert [(w.row, w.column_letter, w.message) for w in report.warnings] == [(2, cell[0], message)]


def test_overlapping_legs_are_reported_on_the_later_leg(tmp_path: Path) -> None:
    path = set_cells(valid_workbook(tmp_path), "Legs", {"D3": date(2024, 2, 14)})

    report = validate_mission_file(path)

    assert places(report.errors) == [("Legs", 3, "start_date", "D")]


def test_leg_ending_before_it_starts_is_an_error(tmp_path: Path) -> None:
    path = set_cells(valid_workbook(tmp_path), "Legs", {"E2": date(2024, 2, 10)})

    report = validate_mission_file(path)

    assert places(report.errors) == [("Legs", 2, "end_date", "E")]


def test_meeting_with_a_start_but_no_day_is_an_error(tmp_path: Path) -> None:
    path = set_cells(valid_workbook(tmp_path), "Meetings", {"G2": None})

    report = validate_mission_file(path)

    assert places(report.errors) == [("Meetings", 2, "day", "G")]


def test_unknown_sheet_and_column_are_warnings(tmp_path: Path) -> None:
    path = set_cells(valid_workbook(tmp_path), "Legs", {"K1": "colour"})
    workbook = load_workbook(path)
    workbook.create_sheet("Notes")
    workbook.save(path)

    report = validate_mission_file(path)

    assert report.ok
    assert places(report.warnings) == [("Legs", 1, "colour", "K"), ("Notes", None, "", "")]


def test_missing_required_sheet_is_an_error(tmp_path: Path) -> None:
    path = valid_workbook(tmp_path)
    workbook = load_workbook(path)
    del workbook["Legs"]
    workbook.save(path)

    report = validate_mission_file(path)

    assert [(i.sheet, i.row, i.message) for i in report.errors] == [
        ("Legs", None, "The required sheet “Legs” is missing.")
    ]


def test_every_problem_is_reported_in_one_pass(tmp_path: Path) -> None:
    path = valid_workbook(tmp_path)
    set_cells(path, "Participants", {"D2": "adx", "B3": None})
    set_cells(path, "Legs", {"C2": "Mars/Olympus"})

    report = validate_mission_file(path)

    assert places(report.errors) == [
        ("Legs", 2, "timezone", "C"),
        ("Participants", 2, "organisation", "D"),
        ("Participants", 3, "name", "B"),
    ]
    assert all(issue.severity == Severity.ERROR for issue in report.errors)
