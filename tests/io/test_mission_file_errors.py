"""Specifications of how unusable files are reported: one clear issue, never an exception."""

import io
import os
import zipfile
from contextlib import nullcontext
from datetime import time
from pathlib import Path

import pytest
from msoffcrypto.format.ooxml import OOXMLFile
from openpyxl import Workbook
from workbook_edits import set_cells, valid_workbook

from wafd.io import MissionFileError, read_mission, validate_mission_file
from wafd.io.xlsx_read import OLE_MAGIC


def _only_message(path: Path) -> str:
    report = validate_mission_file(path)
    assert [(i.sheet, i.row) for i in report.issues] == [("", None)]
    return report.issues[0].message


def test_text_file_named_xlsx_is_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "mission.xlsx"
    path.write_text("id,name\nd-1,Amina\n")

    assert _only_message(path) == "The file is not an Excel workbook (.xlsx)."


def test_password_protected_workbook_is_refused_with_advice(tmp_path: Path) -> None:
    path = tmp_path / "locked.xlsx"
    with valid_workbook(tmp_path).open("rb") as plain, path.open("wb") as locked:
        OOXMLFile(plain).encrypt("secret", locked)

    assert _only_message(path) == "The workbook is password-protected (encrypted)."


def test_old_xls_container_renamed_xlsx_is_told_apart_from_encryption(tmp_path: Path) -> None:
    path = tmp_path / "old.xlsx"
    path.write_bytes(OLE_MAGIC + bytes(4088))

    assert _only_message(path) == "The file is in the old Excel 97-2003 format (.xls)."


def test_truncated_workbook_is_reported_as_damaged(tmp_path: Path) -> None:
    whole = valid_workbook(tmp_path).read_bytes()
    path = tmp_path / "cut.xlsx"
    path.write_bytes(whole[: len(whole) // 2])

    assert _only_message(path).startswith("The workbook is damaged and cannot be opened (")


def test_zip_that_is_not_a_workbook_is_reported_as_damaged(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    path = tmp_path / "other.xlsx"
    path.write_bytes(buffer.getvalue())

    assert _only_message(path).startswith("The workbook is damaged and cannot be opened")


@pytest.mark.parametrize("name", ["mission.xls", "mission.csv", "mission"])
def test_other_file_types_are_refused_with_advice(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text("x")

    report = validate_mission_file(path)

    assert report.issues[0].message.startswith("Files ending in")
    assert "save" in report.issues[0].hint


def test_missing_file_and_folder_are_reported(tmp_path: Path) -> None:
    assert _only_message(tmp_path / "nowhere.xlsx") == (
        f"The file {tmp_path / 'nowhere.xlsx'} does not exist."
    )
    assert _only_message(tmp_path) == f"{tmp_path} is a folder, not a mission file."


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_unreadable_file_is_reported(tmp_path: Path) -> None:
    path = valid_workbook(tmp_path)
    path.chmod(0)

    assert "permission denied" in _only_message(path)


def test_empty_workbook_lists_every_missing_required_sheet(tmp_path: Path) -> None:
    path = tmp_path / "empty.xlsx"
    Workbook().save(path)

    report = validate_mission_file(path)

    assert [(i.sheet, i.severity.value) for i in report.issues] == [
        ("Mission", "error"),
        ("Legs", "error"),
        ("Organisations", "error"),
        ("Participants", "error"),
        ("Sheet", "warning"),
    ]


def test_malformed_yaml_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "mission.yaml"
    path.write_text("mission:\n  id: x\nlegs:\n  - id: a\n   city: b\n")

    assert _only_message(path).startswith("The YAML is malformed near line 5")


def test_yaml_that_is_not_a_mapping_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "mission.yaml"
    path.write_text("- just\n- a list\n")

    assert _only_message(path) == "The YAML file does not hold a mission."


def test_yaml_problems_name_the_key_and_item_number(tmp_path: Path) -> None:
    path = tmp_path / "mission.yaml"
    path.write_text(
        "mission: {id: m, name_en: M}\n"
        "legs: [{id: h, city: H, timezone: Mars/Base, start_date: 2024-02-12,"
        " end_date: 2024-02-13}]\n"
        "organisations: [{id: o, name_en: O}]\n"
        "participants: [{id: p, name: P, organisation: o, role: guest}]\n"
    )

    report = validate_mission_file(path)

    assert [(i.sheet, i.row, i.column) for i in report.errors] == [
        ("legs", 1, "timezone"),
        ("participants", 1, "role"),
    ]


@pytest.mark.parametrize("broken", [False, True])
def test_validation_never_modifies_the_input_file(tmp_path: Path, broken: bool) -> None:
    path = valid_workbook(tmp_path)
    if broken:
        set_cells(path, "Participants", {"D2": "nobody"})
    before = (path.read_bytes(), path.stat().st_mtime_ns)

    validate_mission_file(path)
    with pytest.raises(MissionFileError) if broken else nullcontext():
        read_mission(path)

    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_read_mission_error_carries_the_full_report(tmp_path: Path) -> None:
    path = set_cells(valid_workbook(tmp_path), "Participants", {"D2": "nobody", "D3": "none"})

    with pytest.raises(MissionFileError) as caught:
        read_mission(path)

    assert [(i.row, i.column) for i in caught.value.report.errors] == [
        (2, "organisation"),
        (3, "organisation"),
    ]
    assert str(caught.value).endswith("(and 1 more errors)")


def test_yaml_clock_times_typed_without_quotes_stay_times(tmp_path: Path) -> None:
    path = tmp_path / "mission.yaml"
    path.write_text(
        "mission: {id: m, name_en: M}\n"
        "legs: [{id: h, city: H, timezone: America/Chicago, start_date: 2024-02-12,"
        " end_date: 2024-02-13, day_start: 8:30, lunch_start: 12:30, lunch_end: 13:15}]\n"
        "organisations: [{id: o, name_en: O}]\n"
        "participants: [{id: p, name: P, organisation: o, role: delegate}]\n"
    )

    leg = read_mission(path).legs[0]

    assert (leg.day_start, leg.lunch_start, leg.lunch_end) == (
        time(8, 30),
        time(12, 30),
        time(13, 15),
    )


def test_cell_that_crashes_the_fast_reader_is_still_reported_at_its_place(
    tmp_path: Path,
) -> None:
    path = set_cells(valid_workbook(tmp_path), "Availability", {"C2": -1e15})  # keeps hh:mm

    report = validate_mission_file(path)

    assert [(i.sheet, i.row, i.column_letter) for i in report.errors] == [("Availability", 2, "C")]
