"""Translations of user-facing strings through gettext catalogues (Babel).

Each area of Wafd has its own catalogue *domain* (``io``, ``match``,
``schedule``, ``export``, ``cli``) so that the areas evolve independently.
Catalogues are shipped as ``.po`` files under ``wafd/locale/<lang>/LC_MESSAGES``
and compiled in memory on first use: nothing is generated at build time and
nothing is fetched at run time.

Usage::

    from wafd.i18n import N_, translate
    MESSAGE = N_("Unknown organisation {org}")         # marks the string for extraction
    translate("io", "ar", MESSAGE).format(org="ADD")     # renders it for a reader
"""

import gettext
from functools import cache
from importlib import resources
from io import BytesIO

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

SUPPORTED_LANGUAGES: tuple[str, ...] = ("ar", "fr", "en")
RTL_LANGUAGES: frozenset[str] = frozenset({"ar"})


def N_(message: str) -> str:  # noqa: N802 - the conventional gettext marker name
    """Mark a string for extraction without translating it yet."""
    return message


@cache
def translations(domain: str, language: str) -> gettext.NullTranslations:
    """The compiled catalogue of ``domain`` for ``language`` (identity when missing)."""
    po_file = resources.files("wafd") / "locale" / language / "LC_MESSAGES" / f"{domain}.po"
    if not po_file.is_file():
        return gettext.NullTranslations()
    with po_file.open("rb") as stream:
        catalog = read_po(stream, locale=language, domain=domain)
    buffer = BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


def translate(domain: str, language: str, message: str) -> str:
    """``message`` in ``language``; the English source text when no translation exists."""
    return translations(domain, language).gettext(message)


def is_rtl(language: str) -> bool:
    """Whether ``language`` is written right to left."""
    return language in RTL_LANGUAGES
