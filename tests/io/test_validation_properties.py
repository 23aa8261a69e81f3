"""Properties of validation on arbitrary cell contents: a report, never an exception."""

from datetime import date, datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from workbook_edits import valid_workbook

from wafd.io import read_mission, validate_mission_file
from wafd.io.sheets import SHEETS

TABLES = [sheet for sheet in SHEETS if not sheet.key_value]
cell_values = st.one_of(
    st.none(),
    st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=12),
    st.integers(-(10**6), 10**6),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.booleans(),
    st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 1, 1)),
    st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2040, 1, 1)),
    st.times().map(lambda t: t.replace(microsecond=0)),
    st.sampled_from(["d-amina", "add", "hq", "houston", "must", "no", "yes", "2024-02-13"]),
)
edits = st.lists(
    st.tuples(st.integers(0, len(TABLES) - 1), st.integers(2, 4), st.integers(1, 16), cell_values),
    min_size=1,
    max_size=4,
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(changes=edits)
def test_any_cell_contents_yield_a_report_and_a_clean_report_reads(
    tmp_path: Path, changes: list[tuple[int, int, int, object]]
) -> None:
    path = valid_workbook(tmp_path, "edited.xlsx")
    workbook = load_workbook(path)
    for sheet_index, row, column, value in changes:
        worksheet = workbook[TABLES[sheet_index].name]
        if column <= len(TABLES[sheet_index].columns):
            worksheet.cell(row=row, column=column, value=value)  # type: ignore[arg-type]
    workbook.save(path)

    report = validate_mission_file(path)

    if report.ok:
        assert read_mission(path).id == "ma-us-2024"
    else:
        assert all(issue.sheet and issue.message for issue in report.errors)
