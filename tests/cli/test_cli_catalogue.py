"""Every string the summary, ``show`` and ``demo`` print exists in French and Arabic."""

import re
import string
from importlib import resources
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

import wafd.cli

MARKED = re.compile(r'N_\(\s*"((?:[^"\\]|\\.)*)"\s*\)')
MODULES = ("summary_view", "show", "demo")


def _marked_messages() -> set[str]:
    folder = Path(wafd.cli.__file__).parent
    found: set[str] = set()
    for module in MODULES:
        source = (folder / f"{module}.py").read_text()
        found |= {m.encode().decode("unicode_escape") for m in MARKED.findall(source)}
    return found


def _catalogue(language: str) -> dict[str, str]:
    po = resources.files("wafd") / "locale" / language / "LC_MESSAGES" / "cli.po"
    with po.open("rb") as stream:
        return {str(m.id): str(m.string) for m in read_po(stream) if m.id and m.string}


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_cli_catalogue_marks_the_summary_strings() -> None:
    assert {"Legs", "Participants by theme", "{days} days"} <= _marked_messages()


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_cli_catalogue_translates_every_marked_string(language: str) -> None:
    missing = _marked_messages() - _catalogue(language).keys()
    assert missing == set()


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_cli_catalogue_keeps_placeholders(language: str) -> None:
    catalogue = _catalogue(language)
    broken = {
        m
        for m in _marked_messages() & catalogue.keys()
        if _placeholders(m) != _placeholders(catalogue[m])
    }
    assert broken == set()
