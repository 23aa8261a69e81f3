"""The property behind issue 16: a workbook ``validate`` accepts can be scheduled (greedy and
optimal), passes the checker, and exports in every format, without an exception.

Workbooks are drawn from the model: the small two-city mission of tests/data/hostile/base.yaml,
with cells of any sheet replaced by values of the column's type at and beyond its edges
(bounds ± 1, long and multi-line text, times off the grid, days outside the legs, ids of other
sheets). Whatever validation lets through must go all the way to the documents.
"""

import tempfile
from datetime import date, time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, assume, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from openpyxl.utils.exceptions import IllegalCharacterError

from wafd.export import FORMATS, export_documents
from wafd.io import read_mission, validate_mission_file, write_mission
from wafd.io.columns import CellType, Column
from wafd.io.sheets import SHEETS
from wafd.schedule import check_schedule, schedule_mission

BASE = Path(__file__).parents[1] / "data" / "hostile" / "base.yaml"
IDS = ["d-amina", "d-karim", "h-jordan", "h-sam", "add", "example-tech", "hq", "lab", "houston"]
IDS += ["austin", "welcome", "all_delegates"]
texts = st.one_of(
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=30),
    st.sampled_from(["x" * 199, "x" * 201, "a\nb", "Zoë عربي 😀", "  padded ", "=1+1"]),
)


def _numbers(column: Column) -> st.SearchStrategy[object]:
    low = int(column.minimum) if column.minimum is not None else -100
    high = int(column.maximum) if column.maximum is not None else 100
    edges = st.sampled_from([low - 1, low, high, high + 1, 2**63, -(2**63)])
    return st.one_of(edges, st.integers(low - 1, high + 1), st.floats(allow_nan=True))


def _values(column: Column) -> st.SearchStrategy[object]:
    kind = column.type
    if kind in (CellType.INTEGER, CellType.NUMBER):
        return _numbers(column)
    if kind == CellType.DATE:
        return st.dates(date(2024, 2, 9), date(2024, 2, 17)) | st.just(date(1900, 1, 1))
    if kind == CellType.TIME:
        return st.builds(time, st.integers(0, 23), st.sampled_from([0, 7, 15, 30, 45]))
    if kind == CellType.BOOLEAN:
        return st.booleans()
    if kind in (CellType.CHOICE, CellType.CHOICES):
        return st.sampled_from([*column.choices, "nonsense"])
    if kind in (CellType.ID, CellType.IDS):
        return st.sampled_from([*IDS, "d-" + "a" * 70, "bad id"])
    if kind == CellType.TIMEZONE:
        return st.sampled_from(["America/Chicago", "Asia/Kathmandu", "Mars/Base"])
    return texts


@st.composite
def edits(draw: st.DrawFn) -> list[tuple[str, int, int, object]]:
    """(sheet, row, column, value) edits of the base workbook."""
    found = []
    for _ in range(draw(st.integers(1, 3))):
        sheet = draw(st.sampled_from(SHEETS))
        index = draw(st.integers(0, len(sheet.columns) - 1))
        column = sheet.columns[index]
        if sheet.key_value:
            row, letter = index + 2, 2  # the Mission sheet: one field per row, value in B
        else:
            row, letter = draw(st.integers(2, 4)), index + 1
        found.append((sheet.name, row, letter, draw(_values(column))))
    return found


@pytest.fixture(scope="module")
def base_workbook(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("base") / "base.xlsx"
    write_mission(read_mission(BASE), path)
    return path


@settings(
    max_examples=10,
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],  # shrinking re-exports: too slow
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.filter_too_much],
)
@given(changes=edits(), language=st.sampled_from(["en", "fr", "ar"]))
def test_an_accepted_workbook_schedules_checks_and_exports(
    tmp_path: Path, base_workbook: Path, changes: list[tuple[str, int, int, object]], language: str
) -> None:
    workbook = load_workbook(base_workbook)
    for sheet, row, column, value in changes:
        try:
            workbook[sheet].cell(row=row, column=column, value=value)  # type: ignore[arg-type]
        except (IllegalCharacterError, ValueError, TypeError):
            assume(False)
    folder = Path(tempfile.mkdtemp(dir=tmp_path))  # tmp_path is shared by the examples
    path = folder / "edited.xlsx"
    workbook.save(path)
    assume(validate_mission_file(path).ok)

    mission = read_mission(path)
    results = [
        schedule_mission(mission, mode="greedy"),
        schedule_mission(mission, time_limit=0.5),
    ]
    for result in results:
        if result.status in ("optimal", "feasible"):
            assert check_schedule(mission, result.schedule) == []
    written = export_documents(
        mission, results[-1].schedule, out_dir=folder / "docs", languages=[language]
    )
    assert {p.relative_to(folder / "docs").parts[0] for p in written} == set(FORMATS)


def test_the_base_workbook_is_accepted(base_workbook: Path) -> None:
    assert validate_mission_file(base_workbook).ok
