"""Specifications of bounded reading: a file past a limit is one located problem, never an
allocation, a crash or a traceback (issue 16, D1 and D2)."""

import re
import zipfile
from pathlib import Path

import pytest
from workbook_edits import set_cells, valid_workbook

from wafd.io import validate_mission_file
from wafd.model.limits import InputLimits, input_limits

HOSTILE = Path(__file__).parents[1] / "data" / "hostile"


def _errors(path: Path) -> list[tuple[str, str, str]]:
    report = validate_mission_file(path)
    return [(i.place, i.value, i.message) for i in report.issues if i.severity == "error"]


def test_far_cell_is_a_located_error_not_an_allocation(tmp_path: Path) -> None:
    path = set_cells(valid_workbook(tmp_path), "Venues", {"XFD1048576": "x"})

    assert _errors(path) == [
        (
            "Venues!XFD1048576",
            "mission.xlsx",
            "A value lies far outside the table, at XFD1048576: a sheet may use at most "
            "100000 rows and 64 columns.",
        )
    ]


def test_far_column_within_the_rows_is_refused_too(tmp_path: Path) -> None:
    path = set_cells(valid_workbook(tmp_path), "Participants", {"ZZ100": "x"})

    assert [place for place, _, _ in _errors(path)] == ["Participants!ZZ100"]


def test_styled_but_empty_far_cell_is_harmless(tmp_path: Path) -> None:
    from openpyxl import load_workbook
    from openpyxl.styles import Font

    path = valid_workbook(tmp_path)
    workbook = load_workbook(path)
    workbook["Venues"]["XFD1048576"].font = Font(bold=True)
    workbook.save(path)

    assert _errors(path) == []


def test_limits_follow_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("WAFD_LIMIT_MAX_ROWS", "3")
    path = valid_workbook(tmp_path)

    assert input_limits() == InputLimits(max_rows=3)
    assert [place for place, _, _ in _errors(path)] == ["Mission!A4"]


def _rewrite_part(path: Path, part: str, edit: "callable[[bytes], bytes]") -> Path:  # type: ignore[valid-type]
    original = zipfile.ZipFile(path)
    target = path.with_name("edited.xlsx")
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as edited:
        for info in original.infolist():
            data = original.read(info.filename)
            edited.writestr(info, edit(data) if info.filename == part else data)
    return target


def _sheet_part(path: Path, title: str) -> str:
    from openpyxl import load_workbook

    index = load_workbook(path, read_only=True).sheetnames.index(title)
    return f"xl/worksheets/sheet{index + 1}.xml"


def test_cached_formula_error_is_an_error_not_an_empty_cell(tmp_path: Path) -> None:
    path = valid_workbook(tmp_path)
    cell = re.compile(rb'<c r="E2"[^>]*?(?:/>|>.*?</c>)')
    failed = b'<c r="E2" t="e"><f>1/0</f><v>#DIV/0!</v></c>'
    edited = _rewrite_part(path, _sheet_part(path, "Venues"), lambda xml: cell.sub(failed, xml))

    assert _errors(edited) == [
        ("Venues!E2", "#DIV/0!", "The cell holds the error #DIV/0!: its formula failed.")
    ]


def test_part_inflating_beyond_its_declared_size_is_damaged(tmp_path: Path) -> None:
    path = valid_workbook(tmp_path)
    part = _sheet_part(path, "Venues")
    original = zipfile.ZipFile(path)
    target = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as edited:
        for info in original.infolist():
            data = original.read(info.filename)
            if info.filename == part:
                data += b" " * 50_000_000  # inflates to 50 MB from about 50 KB
            edited.writestr(info, data)
    # the directory now declares the real size; make it lie about the part
    raw = bytearray(target.read_bytes())
    info = zipfile.ZipFile(target).getinfo(part)
    size = info.file_size.to_bytes(4, "little")
    small = (1000).to_bytes(4, "little")
    raw = bytearray(bytes(raw).replace(size, small))
    target.write_bytes(bytes(raw))

    messages = [message for _, _, message in _errors(target)]

    assert len(messages) == 1
    assert messages[0].startswith("The workbook is damaged and cannot be opened")


def test_file_larger_than_the_limit_is_refused_unread(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("WAFD_LIMIT_MAX_FILE_BYTES", "1000")
    path = valid_workbook(tmp_path)

    assert [m for _, _, m in _errors(path)] == ["The file is 0 MB, more than the 0 MB Wafd reads."]


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("d2-alias-bomb", "The YAML uses an anchor or alias (&name, *name) near line 3."),
        ("d2-deep-nesting", "The YAML is nested more than 6 levels deep near line 43."),
        ("d2-impossible-date", "2024-02-30 near line 17 is not a real date."),
    ],
)
def test_hostile_yaml_is_one_located_problem(name: str, message: str) -> None:
    assert [m for _, _, m in _errors(HOSTILE / f"{name}.yaml")] == [message]


def test_yaml_cell_holding_a_mapping_names_its_place(tmp_path: Path) -> None:
    path = tmp_path / "mission.yaml"
    path.write_text("mission: {id: m, name_en: {en: M}}\n")

    assert [m for _, _, m in _errors(path)] == [
        "“mission” item 1, name_en: one value or a list of values is expected."
    ]


def test_validate_command_names_the_far_cell_and_exits_2(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from wafd.cli import app

    path = set_cells(valid_workbook(tmp_path), "Venues", {"XFD1048576": "x"})

    result = CliRunner().invoke(app, ["validate", str(path), "--json"])

    assert result.exit_code == 2
    assert '"column_letter": "XFD"' in result.output
    assert "Traceback" not in result.output


def test_bounds_alone_locate_a_far_cell_without_reading_the_mission(tmp_path: Path) -> None:
    from wafd.io import check_mission_file_bounds

    path = set_cells(valid_workbook(tmp_path), "Venues", {"XFD1048576": "x", "A2": "bad id!"})

    report = check_mission_file_bounds(path)

    assert [(i.place, i.severity) for i in report.issues] == [("Venues!XFD1048576", "error")]
    assert check_mission_file_bounds(valid_workbook(tmp_path, "fine.xlsx")).issues == ()
