"""Malformed e-mail addresses are warnings naming the cell: mail cannot reach that person."""

from pathlib import Path

import pytest
from workbook_edits import places, set_cells, valid_workbook

from wafd.io import validate_mission_file
from wafd.io.rules.emails import is_valid_address


@pytest.mark.parametrize(
    "text",
    [
        "amina.example.org",
        "amina@example",
        "amina@@example.org",
        "a b@example.org",
        "a@x.org; b@y.org",
    ],
)
def test_malformed_address_is_a_warning_at_its_cell(tmp_path: Path, text: str) -> None:
    path = set_cells(valid_workbook(tmp_path), "Participants", {"G2": text})

    report = validate_mission_file(path)

    assert report.ok
    assert places(report.warnings) == [("Participants", 2, "email", "G")]
    assert report.warnings[0].message_in("fr").startswith("Cette adresse e-mail est mal formée")


def test_empty_address_is_no_warning(tmp_path: Path) -> None:
    path = set_cells(valid_workbook(tmp_path), "Participants", {"G2": None})

    assert validate_mission_file(path).warnings == ()


@pytest.mark.parametrize(
    "text", ["amina@example.org", "first.last+mission@mail.example.co.ma", "أمينة@example.org"]
)
def test_usual_addresses_are_well_formed(text: str) -> None:
    assert is_valid_address(text)
