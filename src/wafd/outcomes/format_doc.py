"""The outcomes part of ``docs/mission-format.md``, generated from ``wafd.outcomes.sheets``.

Regenerate with::

    python -m wafd.outcomes.format_doc docs/mission-format.md
"""

import sys
from pathlib import Path

from wafd.io.format_doc import replace_reference
from wafd.outcomes.sheets import OUTCOME_SHEETS

BEGIN = "<!-- BEGIN GENERATED: outcomes sheet reference (python -m wafd.outcomes.format_doc) -->"
END = "<!-- END GENERATED: outcomes sheet reference -->"


def replace_outcomes_reference(page: str) -> str:
    return replace_reference(page, OUTCOME_SHEETS, BEGIN, END)


if __name__ == "__main__":
    target = Path(sys.argv[1])
    text = target.read_text(encoding="utf-8")
    target.write_text(replace_outcomes_reference(text), encoding="utf-8")
