"""A name with a line break or quotes (possible when edited outside the workbook) still gives
a calendar for everyone (issue 16, D7): parameters are written on one line."""

from pathlib import Path

from wafd.export import export_documents
from wafd.model import Mission, Schedule


def test_line_break_and_quotes_in_a_name_give_a_valid_calendar(
    tmp_path: Path, mission: Mission, schedule: Schedule
) -> None:
    first = mission.participants[0].model_copy(update={"name": 'Amina\nEl "Idrissi"'})
    edited = mission.model_copy(update={"participants": (first, *mission.participants[1:])})

    written = export_documents(edited, schedule, out_dir=tmp_path / "docs", formats=["ics"])

    calendar = (tmp_path / "docs" / "ics" / "mission.ics").read_text(encoding="utf-8")
    assert len(written) > 1
    assert "CN=\"Amina El 'Idrissi'\"" in calendar.replace("\r\n ", "")
