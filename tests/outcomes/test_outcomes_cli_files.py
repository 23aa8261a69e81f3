"""``wafd template --outcomes`` and ``wafd validate --outcomes``; the format's documentation."""

import json
from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

from wafd.cli import app
from wafd.outcomes.format_doc import replace_outcomes_reference

PAGE = Path(__file__).parents[2] / "docs" / "mission-format.md"
runner = CliRunner()


def test_outcomes_reference_in_the_docs_matches_the_sheets() -> None:
    page = PAGE.read_text(encoding="utf-8")

    assert replace_outcomes_reference(page) == page, "run: python -m wafd.outcomes.format_doc"


def _templates(tmp_path: Path) -> tuple[Path, Path]:
    mission, outcomes = tmp_path / "mission.xlsx", tmp_path / "outcomes.xlsx"
    assert runner.invoke(app, ["template", str(mission)]).exit_code == 0
    assert runner.invoke(app, ["template", str(outcomes), "--outcomes"]).exit_code == 0
    return mission, outcomes


def test_validate_outcomes_of_fresh_templates_passes(tmp_path: Path) -> None:
    mission, outcomes = _templates(tmp_path)

    result = runner.invoke(app, ["validate", str(mission), "--outcomes", str(outcomes), "--json"])

    assert (result.exit_code, json.loads(result.stdout)["errors"]) == (0, 0)


def test_validate_outcomes_with_bad_rating_exits_2_naming_the_cell(tmp_path: Path) -> None:
    mission, outcomes = _templates(tmp_path)
    workbook = load_workbook(outcomes)
    workbook["Feedback"]["C2"] = 9
    workbook.save(outcomes)

    result = runner.invoke(app, ["validate", str(mission), "--outcomes", str(outcomes), "--json"])

    issues = json.loads(result.stdout)["issues"]
    assert result.exit_code == 2
    assert [(i["sheet"], i["column_letter"], i["row"], i["value"]) for i in issues] == [
        ("Feedback", "C", 2, 9)
    ]
