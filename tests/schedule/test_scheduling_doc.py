"""The Python example of docs/scheduling.md runs as written."""

import re
from pathlib import Path

import pytest

DOC = Path(__file__).parents[2] / "docs" / "scheduling.md"


@pytest.mark.slow
def test_scheduling_doc_python_example_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocks = re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.S)
    monkeypatch.chdir(tmp_path)

    exec(compile(blocks[-1], str(DOC), "exec"), {})

    assert (tmp_path / "schedule-v2.xlsx").is_file()
