"""docs/mission-format.md stays true: its reference is the spec and its example validates."""

import re
from pathlib import Path

from wafd.io import read_mission
from wafd.io.format_doc import reference, replace_reference
from wafd.io.sheets import SHEETS

PAGE = Path(__file__).parents[2] / "docs" / "mission-format.md"


def test_sheet_reference_in_the_docs_matches_the_spec() -> None:
    page = PAGE.read_text(encoding="utf-8")

    assert replace_reference(page) == page, "run: python -m wafd.io.format_doc " + str(PAGE)


def test_sheet_reference_documents_every_column_once() -> None:
    rows = re.findall(r"^\| `([a-z_]+)` \|", reference(), flags=re.MULTILINE)

    assert rows == [column.name for sheet in SHEETS for column in sheet.columns]


def test_yaml_example_of_the_docs_is_a_valid_mission(tmp_path: Path) -> None:
    page = PAGE.read_text(encoding="utf-8")
    example = re.search(r"```yaml\n(.*?)```", page, flags=re.DOTALL)
    assert example is not None
    path = tmp_path / "example.yaml"
    path.write_text(example.group(1), encoding="utf-8")

    mission = read_mission(path)

    assert (mission.id, [p.id for p in mission.participants]) == ("ma-us-2024", ["d-amina"])
