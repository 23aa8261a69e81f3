"""Specifications of ``wafd validate`` and ``wafd template``: exit codes and output."""

import json
from datetime import time
from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner
from workbook_edits import set_cells, valid_workbook

from wafd.cli import app

runner = CliRunner(env={"COLUMNS": "200"})


def test_validate_clean_workbook_exits_zero(tmp_path: Path) -> None:
    result = runner.invoke(app, ["validate", str(valid_workbook(tmp_path))])

    assert result.exit_code == 0
    assert "is valid (0 error(s), 0 warning(s))" in result.output


def test_validate_with_only_warnings_exits_zero(tmp_path: Path) -> None:
    path = set_cells(valid_workbook(tmp_path), "Participants", {"B2": " Amina"})

    result = runner.invoke(app, ["validate", str(path)])

    assert result.exit_code == 0
    assert "0 error(s), 1 warning(s)" in result.output


def test_validate_with_errors_exits_two_and_names_the_cell(tmp_path: Path) -> None:
    path = set_cells(valid_workbook(tmp_path), "Participants", {"D2": "adx"})

    result = runner.invoke(app, ["validate", str(path)])

    assert result.exit_code == 2
    assert "Participants" in result.output
    assert "D2" in result.output
    assert "did you mean “add”?" in result.output


def test_validate_missing_file_and_folder_exit_two_without_traceback(tmp_path: Path) -> None:
    for target in (tmp_path / "nope.xlsx", tmp_path):
        result = runner.invoke(app, ["validate", str(target)])

        assert result.exit_code == 2
        assert result.exception is None or isinstance(result.exception, SystemExit)
        assert "Traceback" not in result.output


def test_validate_json_gives_every_issue_with_its_place(tmp_path: Path) -> None:
    path = set_cells(valid_workbook(tmp_path), "Legs", {"C2": "Mars/Base"})

    result = runner.invoke(app, ["validate", "--json", str(path)])

    report = json.loads(result.output)
    assert result.exit_code == 2
    assert report["ok"] is False
    assert [
        (i["severity"], i["sheet"], i["row"], i["column"], i["column_letter"], i["value"])
        for i in report["issues"]
    ] == [("error", "Legs", 2, "timezone", "C", "Mars/Base")]


def test_validate_speaks_french_and_arabic(tmp_path: Path) -> None:
    path = set_cells(valid_workbook(tmp_path), "Legs", {"C2": "Mars/Base"})

    french = json.loads(
        runner.invoke(app, ["validate", "--json", "--lang", "fr", str(path)]).output
    )
    arabic = json.loads(
        runner.invoke(app, ["validate", "--json", "--lang", "ar", str(path)]).output
    )

    assert french["issues"][0]["message"] == "« Mars/Base » n’est pas un fuseau horaire connu."
    assert arabic["issues"][0]["message"] == "«Mars/Base» ليست منطقة زمنية معروفة."


def test_template_writes_a_workbook_that_validates(tmp_path: Path) -> None:
    path = tmp_path / "mission.xlsx"

    written = runner.invoke(app, ["template", str(path)])
    checked = runner.invoke(app, ["validate", str(path)])

    assert (written.exit_code, checked.exit_code) == (0, 0)


def test_template_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    path = tmp_path / "mission.xlsx"
    path.write_bytes(b"precious")

    refused = runner.invoke(app, ["template", str(path)])
    kept = path.read_bytes()
    forced = runner.invoke(app, ["template", "--force", str(path)])

    assert (refused.exit_code, kept) == (1, b"precious")
    assert "--force" in refused.output
    assert forced.exit_code == 0
    assert path.read_bytes()[:2] == b"PK"


def test_template_refuses_a_name_that_is_not_xlsx(tmp_path: Path) -> None:
    result = runner.invoke(app, ["template", str(tmp_path / "mission.ods")])

    assert result.exit_code == 1
    assert not (tmp_path / "mission.ods").exists()


def test_validate_shows_times_as_typed(tmp_path: Path) -> None:
    path = set_cells(valid_workbook(tmp_path), "Availability", {"D2": time(8)})

    report = json.loads(runner.invoke(app, ["validate", "--json", str(path)]).output)

    assert [(i["column"], i["value"]) for i in report["issues"]] == [("end", "08:00")]


def test_template_writes_its_hints_in_the_language_asked(tmp_path: Path) -> None:
    path = tmp_path / "mission.xlsx"

    result = runner.invoke(app, ["template", "--lang", "ar", str(path)])
    legs = load_workbook(path)["Legs"]

    assert result.exit_code == 0
    assert (legs["A1"].value, legs["A1"].comment.text) == (
        "id",
        "الرمز المختصر للمحطة، تستعمله الأماكن.\nإلزامي. النوع: معرّف.",
    )
