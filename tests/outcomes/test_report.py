"""``wafd report``: the documents are written in each language and --json prints the figures."""

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from outcome_factories import build_context, build_mission, build_outcomes, build_schedule
from pypdf import PdfReader
from typer.testing import CliRunner

from wafd.cli import app
from wafd.export.report import write_mission_report
from wafd.io import write_mission
from wafd.io.schedule_file import write_schedule
from wafd.outcomes.files import write_outcomes

KEYS = {
    "meetings_planned", "meetings_held", "no_shows", "mean_rating", "opportunities_by_stage",
    "pipeline_value", "reporting_currency", "cost", "return_multiplier",
}  # fmt: skip


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    folder = tmp_path_factory.mktemp("report")
    mission = write_mission(build_mission(), folder / "mission.xlsx")
    schedule = folder / "schedule.json"
    write_schedule(build_mission(), build_schedule(), schedule)
    return mission, schedule, write_outcomes(build_outcomes(), folder / "outcomes.xlsx")


def test_report_json_prints_the_documented_figures(files: tuple[Path, Path, Path]) -> None:
    mission, schedule, outcomes = files
    args = ["report", str(mission), str(schedule), "--outcomes", str(outcomes), "--json"]

    figures = json.loads(CliRunner().invoke(app, args).stdout)

    assert figures.keys() >= KEYS
    assert (figures["return_multiplier"], figures["opportunities_by_stage"]["lost"]) == (
        2.0,
        {"count": 1, "value": 200_000.0},
    )


def test_report_with_broken_outcomes_exits_2(
    files: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    mission, schedule, outcomes = files
    workbook = load_workbook(outcomes)
    workbook["Feedback"]["A2"] = "m99"
    broken = tmp_path / "broken.xlsx"
    workbook.save(broken)
    args = [
        "report",
        str(mission),
        str(schedule),
        "--outcomes",
        str(broken),
        "--out",
        str(tmp_path / "r"),
    ]

    result = CliRunner().invoke(app, args)

    assert (result.exit_code, (tmp_path / "r").exists()) == (2, False)
    assert "Feedback!A2" in result.stderr


@pytest.mark.parametrize(
    ("language", "words"),
    [("ar", "مضاعف العائد"), ("fr", "Multiplicateur de retour"), ("en", "Return multiplier")],
)
def test_report_documents_are_written_in_the_language(
    tmp_path: Path, language: str, words: str
) -> None:
    figures, written = write_mission_report(
        context=build_context(), outcomes=build_outcomes(), out_dir=tmp_path, language=language
    )

    assert sorted(p.name for p in written) == [
        f"mission-report-{language}.{suffix}" for suffix in ("html", "pdf", "xlsx")
    ]
    html = (tmp_path / f"mission-report-{language}.html").read_text(encoding="utf-8")
    assert (words in html, html.count("<svg")) == (True, 5)
    pages = len(PdfReader(tmp_path / f"mission-report-{language}.pdf").pages)
    sheets = load_workbook(tmp_path / f"mission-report-{language}.xlsx").sheetnames
    assert (figures.meetings_planned, pages >= 4, len(sheets)) == (5, True, 14)
