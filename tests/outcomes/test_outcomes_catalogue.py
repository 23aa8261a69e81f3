"""Every string of the outcomes area and the mission report exists in French and Arabic."""

import string
from importlib import resources
from pathlib import Path

import pytest
from babel.messages.extract import extract_python
from babel.messages.pofile import read_po

SOURCE = Path(__file__).parents[2] / "src" / "wafd"
FILES = (
    *(SOURCE / "outcomes").glob("*.py"),
    *(SOURCE / "export" / "report").glob("*.py"),
    SOURCE / "cli" / "report.py",
    SOURCE / "cli" / "outcomes_input.py",
    SOURCE / "cli" / "demo_report.py",
    SOURCE / "web" / "views" / "outcomes.py",
    SOURCE / "web" / "views" / "outcomes_report.py",
    SOURCE / "web" / "views" / "surveys.py",
    SOURCE / "web" / "views" / "follow_up.py",
    SOURCE / "web" / "views" / "outcomes_money.py",
    SOURCE / "web" / "views" / "outcomes_import.py",
)
KEYWORDS = {"N_": None, "w": None, "words": None}


def _marked() -> set[str]:
    found: set[str] = set()
    for path in FILES:
        with path.open("rb") as stream:
            for _line, _function, message, _comments in extract_python(stream, KEYWORDS, [], {}):
                first = message[0] if isinstance(message, tuple) else message
                if isinstance(first, str) and first:
                    found.add(first)
    return found


def _catalogue(language: str) -> dict[str, str]:
    po = resources.files("wafd") / "locale" / language / "LC_MESSAGES" / "outcomes.po"
    with po.open("rb") as stream:
        return {str(m.id): str(m.string) for m in read_po(stream) if m.id and m.string}


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_outcomes_catalogue_marks_the_report_words() -> None:
    assert {"Return multiplier", "Pipeline value", "Lost"} <= _marked()


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_outcomes_catalogue_translates_every_marked_string(language: str) -> None:
    assert _marked() - _catalogue(language).keys() == set()


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_outcomes_catalogue_keeps_placeholders(language: str) -> None:
    catalogue = _catalogue(language)
    broken = {m for m in catalogue if _placeholders(m) != _placeholders(catalogue[m])}
    assert broken == set()
