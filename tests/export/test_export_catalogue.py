"""Every word the documents print is translated into French and Arabic."""

import ast
import re
from importlib import resources
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

import wafd

SOURCES = [
    *sorted((Path(wafd.__file__).parent / "export").glob("*.py")),
    Path(wafd.__file__).parent / "cli" / "export.py",
    Path(wafd.__file__).parent / "cli" / "demo_documents.py",
]
TEMPLATES = sorted((Path(wafd.__file__).parent / "export" / "templates").glob("*.html"))


def _marked_messages() -> set[str]:
    """Strings passed to ``N_`` in the export sources and to ``say`` in the templates."""
    found: set[str] = set()
    for source in SOURCES:
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "N_":
                argument = node.args[0]
                if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                    found.add(argument.value)
    for template in TEMPLATES:
        found.update(re.findall(r'say\("([^"]+)"\)', template.read_text(encoding="utf-8")))
    return found


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_every_export_message_has_a_translation(language: str) -> None:
    po_file = resources.files("wafd") / "locale" / language / "LC_MESSAGES" / "export.po"
    with po_file.open("rb") as stream:
        catalogue = read_po(stream, locale=language)
    translated = {str(m.id) for m in catalogue if m.id and m.string}
    assert sorted(_marked_messages() - translated) == []
