"""Specifications of the translation helper."""

from wafd import i18n


def test_missing_catalogue_returns_the_source_text() -> None:
    assert i18n.translate("no-such-domain", "fr", "Hello") == "Hello"


def test_shipped_catalogue_translates_for_each_language() -> None:
    assert i18n.translate("cli", "fr", "Legs") == "Étapes"
    assert i18n.translate("cli", "ar", "Legs") == "المحطات"
    assert i18n.translate("cli", "en", "Legs") == "Legs"


def test_arabic_is_right_to_left_and_french_is_not() -> None:
    assert i18n.is_rtl("ar")
    assert not i18n.is_rtl("fr")
