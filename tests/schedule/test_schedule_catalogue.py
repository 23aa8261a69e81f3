"""Every organiser-facing string of the scheduling area exists in French and Arabic."""

import ast
import string
from importlib import resources
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

import wafd

SOURCE = Path(wafd.__file__).parent
MODULES = (
    *sorted((SOURCE / "schedule").glob("*.py")),
    *sorted((SOURCE / "io").glob("schedule_*.py")),
    *sorted((SOURCE / "cli").glob("schedule*.py")),
    SOURCE / "cli" / "check.py",
    SOURCE / "cli" / "replan.py",
    SOURCE / "cli" / "demo_schedule.py",
)
PASSED_THROUGH = {"{message}"}  # the engine's own text, shown as is


def _marked() -> set[str]:
    found: set[str] = set()
    for path in MODULES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "N_":
                found.add(ast.literal_eval(node.args[0]))
    return found - PASSED_THROUGH


def _catalogue(language: str) -> dict[str, str]:
    po = resources.files("wafd") / "locale" / language / "LC_MESSAGES" / "schedule.po"
    with po.open("rb") as stream:
        return {str(m.id): str(m.string) for m in read_po(stream) if m.id and m.string}


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_schedule_catalogue_finds_the_marked_strings() -> None:
    assert {"cancelled by the organiser", "The schedule is valid."} <= _marked()


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_schedule_catalogue_translates_every_marked_string(language: str) -> None:
    assert _marked() - _catalogue(language).keys() == set()


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_schedule_catalogue_keeps_placeholders(language: str) -> None:
    catalogue = _catalogue(language)
    broken = {m for m in _marked() if m in catalogue and _fields(m) != _fields(catalogue[m])}
    assert broken == set()
