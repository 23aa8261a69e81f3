"""Every message of the io domain is translated to French and Arabic, placeholders intact."""

import string
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir

import wafd
from wafd.i18n import translate

SOURCE = Path(wafd.__file__).parent
SCHEDULE_FILES = "schedule_"  # io/schedule_*.py speak through the ``schedule`` domain


def _messages() -> set[str]:
    found: set[str] = set()
    for folder, names in ((SOURCE / "io", None), (SOURCE / "cli", ("validate.py", "template.py"))):
        for filename, _line, message, _comments, _context in extract_from_dir(
            folder, keywords={"N_": None}, comment_tags=()
        ):
            name = Path(filename).name
            in_domain = names is None or name in names
            if in_domain and not name.startswith(SCHEDULE_FILES):
                found.add(str(message))
    return found


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


MESSAGES = sorted(_messages())


def test_the_io_domain_has_messages_to_translate() -> None:
    assert len(MESSAGES) > 80


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_every_message_is_translated_with_the_same_placeholders(language: str) -> None:
    untranslated = [m for m in MESSAGES if translate("io", language, m) == m]
    broken = [m for m in MESSAGES if _fields(translate("io", language, m)) != _fields(m)]

    assert (untranslated, broken) == ([], [])
