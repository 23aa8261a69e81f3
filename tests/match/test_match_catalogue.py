"""Every string matchmaking shows exists in French and Arabic, with the same placeholders."""

import ast
import string
from importlib import resources
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

import wafd.cli
import wafd.match

SOURCES = [
    *Path(wafd.match.__file__).parent.glob("*.py"),
    Path(wafd.cli.__file__).parent / "match.py",
    Path(wafd.cli.__file__).parent / "match_view.py",
]


def marked_messages() -> set[str]:
    """Arguments of ``N_("...")`` calls, implicit concatenation included (hence the AST)."""
    found: set[str] = set()
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "N_"
                and isinstance(node.args[0], ast.Constant)
            ):
                found.add(str(node.args[0].value))
    return found


def catalogue(language: str) -> dict[str, str]:
    po = resources.files("wafd") / "locale" / language / "LC_MESSAGES" / "match.po"
    with po.open("rb") as stream:
        return {str(m.id): str(m.string) for m in read_po(stream) if m.id and m.string}


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_match_catalogue_sees_the_marked_strings() -> None:
    assert {"Shared themes: {themes}.", "Why", "must"} <= marked_messages()


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_match_catalogue_translates_every_marked_string(language: str) -> None:
    assert marked_messages() - catalogue(language).keys() == set()


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_match_catalogue_keeps_placeholders(language: str) -> None:
    translated = catalogue(language)
    broken = {
        m
        for m in marked_messages() & translated.keys()
        if placeholders(m) != placeholders(translated[m])
    }
    assert broken == set()
