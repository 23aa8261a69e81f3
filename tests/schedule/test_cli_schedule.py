"""wafd schedule / check / replan: exit codes, messages and files, run through the real CLI."""

import json
from datetime import date, time
from pathlib import Path

import pytest
from openpyxl import load_workbook
from tour_factories import replace_participant, tour, window
from typer.testing import CliRunner

from wafd.cli import app
from wafd.io import write_mission
from wafd.io.schedule_file import read_schedule
from wafd.model import MeetingKind, Mission, PlannedMeeting, Role
from wafd.sample import build_sample_mission
from wafd.schedule import check_schedule

runner = CliRunner()


@pytest.fixture
def mission_file(tmp_path: Path) -> Path:
    path = tmp_path / "mission.yaml"
    write_mission(tour(), path)
    return path


@pytest.fixture
def schedule_file(mission_file: Path, tmp_path: Path) -> Path:
    out = tmp_path / "schedule.xlsx"
    result = runner.invoke(app, ["schedule", str(mission_file), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


def _impossible_mission() -> Mission:
    demos = tuple(
        PlannedMeeting(
            id=f"demo{i}",
            kind=MeetingKind.GROUP_VISIT,
            title=f"Demo {i}",
            participants=("h-ion", delegate),
            duration_minutes=60,
            day=date(2024, 2, 12),
            venue="v-ion",
        )
        for i, delegate in enumerate(("d-ai", "d-cyber", "d-city"))
    )
    mission = tour(meetings=demos)
    ion = mission.participant_index()["h-ion"]
    hours = (window(date(2024, 2, 12), time(14), time(16)),)
    return replace_participant(mission, ion.model_copy(update={"availability": hours}))


def test_schedule_command_solves_and_writes_json(mission_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "schedule.json"

    result = runner.invoke(app, ["schedule", str(mission_file), "--out", str(out)])

    assert result.exit_code == 0
    assert result.output.splitlines()[0] == "optimal: no better schedule exists"
    written = json.loads(out.read_text())
    assert len(written["meetings"]) == 6


def test_schedule_command_explains_an_impossible_programme(tmp_path: Path) -> None:
    path = tmp_path / "mission.yaml"
    write_mission(_impossible_mission(), path)
    out = tmp_path / "schedule.xlsx"

    result = runner.invoke(app, ["schedule", str(path), "--out", str(out)], terminal_width=200)

    assert result.exit_code == 2
    assert "H-ION is available 2 h on Mon 12 Feb but 3 meetings need 3 h there" in result.output
    assert not out.exists()


def test_schedule_command_refuses_a_missing_mission(tmp_path: Path) -> None:
    result = runner.invoke(app, ["schedule", str(tmp_path / "nothing.xlsx")])

    assert result.exit_code == 2
    assert result.output.strip() == f"{tmp_path / 'nothing.xlsx'}: no such mission file"


def test_schedule_command_reports_an_unwritable_output(mission_file: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")

    result = runner.invoke(app, ["schedule", str(mission_file), "--out", str(blocker / "s.xlsx")])

    assert result.exit_code == 1
    assert "Cannot write" in result.output


def test_check_command_accepts_the_written_schedule(
    mission_file: Path, schedule_file: Path
) -> None:
    result = runner.invoke(app, ["check", str(mission_file), str(schedule_file)])

    assert result.exit_code == 0
    assert result.output.strip() == "✓ The schedule is valid."


def test_check_command_lists_hand_edits_and_exits_2(
    mission_file: Path, schedule_file: Path
) -> None:
    workbook = load_workbook(schedule_file)
    sheet = workbook["Meetings"]
    row = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == "visit-ion")
    row[2].value = "09:10"
    workbook.save(schedule_file)

    result = runner.invoke(app, ["check", str(mission_file), str(schedule_file)])

    assert result.exit_code == 2
    assert result.output.strip().splitlines()[-1] == "✗ 1 violation(s)"


def test_check_command_names_bad_cells(mission_file: Path, schedule_file: Path) -> None:
    workbook = load_workbook(schedule_file)
    workbook["Meetings"]["C2"] = "noon"
    workbook.save(schedule_file)

    result = runner.invoke(app, ["check", str(mission_file), str(schedule_file)])

    assert result.exit_code == 2
    assert result.output.splitlines()[1] == (
        "  Meetings row 2, start ('noon'): expected a time like 09:30"
    )


def test_replan_command_prints_the_diff_and_writes_the_next_version(
    mission_file: Path, schedule_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "v2.json"

    result = runner.invoke(
        app,
        ["replan", str(mission_file), str(schedule_file), "--cancel", "h-sec", "--out", str(out)],
        terminal_width=200,
    )

    assert result.exit_code == 0
    assert "SecureCo" in result.output
    written = json.loads(out.read_text())
    assert written["version"] == 2
    cancelled = [m["id"] for m in written["meetings"] if m["status"] == "cancelled"]
    assert cancelled == ["visit-secureco"]
    assert [(c["id"], c["kind"]) for c in written["cancellations"]] == [("h-sec", "participant")]
    assert "h-sec cancelled on" in " ".join(result.output.split())


def test_replan_command_refuses_an_unknown_id(mission_file: Path, schedule_file: Path) -> None:
    result = runner.invoke(
        app, ["replan", str(mission_file), str(schedule_file), "--cancel", "nobody"]
    )

    assert result.exit_code == 2
    assert result.output.strip() == (
        "Cannot cancel nobody: it is neither a participant nor a meeting of the schedule"
    )


def test_demo_schedules_the_sample_and_prints_three_delegates_days(tmp_path: Path) -> None:
    out = tmp_path / "demo"

    result = runner.invoke(app, ["demo", "--out", str(out)], terminal_width=200)

    assert result.exit_code == 0
    mission = build_sample_mission()
    schedule = read_schedule(mission, out / "schedule.xlsx")
    assert check_schedule(mission, schedule) == []
    assert [u for u in schedule.unscheduled if u.preference == "must"] == []
    lines = [line.strip() for line in result.output.splitlines()]
    delegates = [p.name for p in mission.participants_with_role(Role.DELEGATE)]
    assert [name for name in delegates if name in lines] == delegates[:3]
    assert f"wafd schedule MISSION --days prints all {len(delegates)}." in result.output
    assert "4. The schedule: visits across the three cities, day by day" in result.output


def test_schedule_command_shows_the_validation_report_of_a_bad_mission(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("mission.yaml").write_text("legs: nope\n")

    result = runner.invoke(app, ["schedule", "mission.yaml"])

    assert result.exit_code == 2
    assert result.output.strip().splitlines()[-1] == (
        "✗ mission.yaml has problems: 1 error(s), 0 warning(s)"
    )


def test_replan_command_without_out_writes_nothing(mission_file: Path, schedule_file: Path) -> None:
    before = schedule_file.read_bytes()

    result = runner.invoke(
        app, ["replan", str(mission_file), str(schedule_file), "--cancel", "h-sec"]
    )

    assert result.exit_code == 0
    assert result.output.strip().splitlines()[-1] == (
        "Version 2 not written: add --out FILE to save it."
    )
    assert schedule_file.read_bytes() == before


def test_schedule_command_prints_each_delegates_days_on_request(mission_file: Path) -> None:
    result = runner.invoke(app, ["schedule", str(mission_file), "--days"])

    assert result.exit_code == 0
    titles = [line.strip() for line in result.output.splitlines()]
    assert [name for name in ("D-EGOV", "D-AI", "D-CYBER", "D-CITY") if name in titles] == [
        "D-EGOV",
        "D-AI",
        "D-CYBER",
        "D-CITY",
    ]


def test_schedule_command_with_a_seed_gives_the_same_schedule(
    mission_file: Path, tmp_path: Path
) -> None:
    outs = [tmp_path / "first.json", tmp_path / "second.json"]

    for out in outs:
        result = runner.invoke(
            app, ["schedule", str(mission_file), "--seed", "3", "--time-limit", "10",
                  "--out", str(out)],
        )  # fmt: skip
        assert result.exit_code == 0, result.output

    first, second = (json.loads(out.read_text(encoding="utf-8")) for out in outs)
    assert first["meetings"] == second["meetings"]
    assert first["meetings"]


def test_replan_command_with_a_seed_gives_the_same_version(
    mission_file: Path, schedule_file: Path, tmp_path: Path
) -> None:
    outs = [tmp_path / "first.json", tmp_path / "second.json"]

    for out in outs:
        result = runner.invoke(
            app, ["replan", str(mission_file), str(schedule_file), "--cancel", "d-city",
                  "--seed", "9", "--time-limit", "10", "--out", str(out)],
        )  # fmt: skip
        assert result.exit_code == 0, result.output

    first, second = (json.loads(out.read_text(encoding="utf-8")) for out in outs)
    assert first["meetings"] == second["meetings"]
    assert first["meetings"]


def test_replan_command_refuses_a_negative_seed(mission_file: Path, schedule_file: Path) -> None:
    result = runner.invoke(app, ["replan", str(mission_file), str(schedule_file), "--seed", "-1"])

    assert result.exit_code == 2
    assert "--seed" in result.output
