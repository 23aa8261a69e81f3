"""Every word of the messages and of ``wafd mail`` is translated into French and Arabic."""

import ast
from importlib import resources
from pathlib import Path
from string import Formatter

import pytest
from babel.messages.pofile import read_po

import wafd

ROOT = Path(wafd.__file__).parent
SOURCES = [
    *sorted((ROOT / "notify").glob("*.py")),
    ROOT / "cli" / "mail.py",
    ROOT / "cli" / "mail_view.py",
]
MARKERS = {"N_", "words"}


def _marked_messages() -> set[str]:
    found: set[str] = set()
    for source in SOURCES:
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") in MARKERS:
                argument = node.args[0] if node.args else None
                if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                    found.add(argument.value)
    return found


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_every_notify_message_has_a_translation(language: str) -> None:
    po_file = resources.files("wafd") / "locale" / language / "LC_MESSAGES" / "notify.po"
    with po_file.open("rb") as stream:
        catalogue = read_po(stream, locale=language)
    translated = {str(m.id) for m in catalogue if m.id and m.string}
    assert len(_marked_messages()) > 40
    assert sorted(_marked_messages() - translated) == []


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_translations_keep_every_placeholder(language: str) -> None:
    po_file = resources.files("wafd") / "locale" / language / "LC_MESSAGES" / "notify.po"
    with po_file.open("rb") as stream:
        catalogue = read_po(stream, locale=language)
    for message in catalogue:
        if message.id and message.string:
            names = {n[1] for n in Formatter().parse(str(message.id)) if n[1]}
            got = {n[1] for n in Formatter().parse(str(message.string)) if n[1]}
            assert names == got, message.id
