"""Schedule files: .xlsx and .json round trips, bad cells named by sheet/row/column, atomicity."""

from pathlib import Path

import pytest
from openpyxl import load_workbook
from tour_factories import tour

from wafd.io.schedule_file import ScheduleFileError, read_schedule, write_schedule
from wafd.model import Mission, Schedule
from wafd.schedule import check_schedule, schedule_mission


@pytest.fixture(scope="module")
def published() -> tuple[Mission, Schedule]:
    mission = tour()
    return mission, schedule_mission(mission, time_limit=10).schedule


@pytest.mark.parametrize("suffix", [".xlsx", ".json"])
def test_schedule_file_round_trips(
    published: tuple[Mission, Schedule], tmp_path: Path, suffix: str
) -> None:
    mission, schedule = published
    path = tmp_path / f"schedule{suffix}"

    write_schedule(mission, schedule, path)

    assert read_schedule(mission, path) == schedule
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temporary file left


def test_workbook_has_meetings_sheet_and_one_readable_sheet_per_day(
    published: tuple[Mission, Schedule], tmp_path: Path
) -> None:
    mission, schedule = published
    path = tmp_path / "schedule.xlsx"

    write_schedule(mission, schedule, path)
    workbook = load_workbook(path)

    assert workbook.sheetnames[:3] == ["Meetings", "Unscheduled", "Schedule"]
    assert workbook.sheetnames[3:] == [
        "2024-02-12 Houston",
        "2024-02-13 Houston",
        "2024-02-14 Austin",
        "2024-02-15 San Jose",
        "2024-02-16 San Jose",
    ]
    header = [c.value for c in workbook["Meetings"][1]][:13]
    assert header == [
        "id", "day", "start", "end", "time zone", "leg", "venue", "table", "kind", "title",
        "participants", "status", "sequence",
    ]  # fmt: skip


def test_bad_cells_are_all_reported_with_sheet_row_and_column(
    published: tuple[Mission, Schedule], tmp_path: Path
) -> None:
    mission, schedule = published
    path = tmp_path / "schedule.xlsx"
    write_schedule(mission, schedule, path)
    workbook = load_workbook(path)
    sheet = workbook["Meetings"]
    sheet["C2"] = "25:00"
    sheet["E3"] = "Mars/Olympus"
    sheet["I4"] = "dance"
    sheet["M5"] = -1
    workbook.save(path)

    with pytest.raises(ScheduleFileError) as error:
        read_schedule(mission, path)

    assert [(i.sheet, i.row, i.column, i.value) for i in error.value.issues] == [
        ("Meetings", 2, "start", "25:00"),
        ("Meetings", 3, "time zone", "Mars/Olympus"),
        ("Meetings", 4, "kind", "dance"),
        ("Meetings", 5, "sequence", "-1"),
    ]
    assert error.value.issues[0].describe() == (
        "Meetings row 2, start ('25:00'): expected a time like 09:30"
    )


def test_hand_edited_time_reads_and_is_caught_by_check(
    published: tuple[Mission, Schedule], tmp_path: Path
) -> None:
    mission, schedule = published
    path = tmp_path / "schedule.xlsx"
    write_schedule(mission, schedule, path)
    workbook = load_workbook(path)
    sheet = workbook["Meetings"]
    row = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == "visit-ion")
    row[2].value = "09:10"
    workbook.save(path)

    edited = read_schedule(mission, path)

    assert [(v.constraint, v.meetings) for v in check_schedule(mission, edited)] == [
        ("off_grid", ("visit-ion",))
    ]


def test_end_before_start_is_reported(published: tuple[Mission, Schedule], tmp_path: Path) -> None:
    mission, schedule = published
    path = tmp_path / "schedule.xlsx"
    write_schedule(mission, schedule, path)
    workbook = load_workbook(path)
    workbook["Meetings"]["D2"] = "08:00"
    workbook.save(path)

    with pytest.raises(ScheduleFileError) as error:
        read_schedule(mission, path)

    assert [(i.row, i.column) for i in error.value.issues] == [(2, "end")]


def test_unsupported_suffix_is_refused_before_writing(
    published: tuple[Mission, Schedule], tmp_path: Path
) -> None:
    mission, schedule = published

    with pytest.raises(ScheduleFileError):
        write_schedule(mission, schedule, tmp_path / "schedule.csv")

    assert list(tmp_path.iterdir()) == []
