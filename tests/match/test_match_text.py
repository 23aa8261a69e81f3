"""Normalisation and stemming: spelling variants of one word reach one stem."""

from wafd.match.text import MAX_FIELD_CHARS, analyse, stem_arabic


def stems(text: str) -> list[str]:
    return [token.stem for token in analyse(text).tokens]


def test_arabic_diacritics_tatweel_and_letter_forms_fold_together() -> None:
    written = "الإدارةُ الإلكـــترونيّة في المستشفى"
    plain = "الادارة الالكترونيه في المستشفي"
    assert stems(written) == stems(plain)


def test_arabic_word_with_and_without_article_share_a_stem() -> None:
    assert stems("إلكترونية") == stems("الإلكترونية")


def test_arabic_light_stemmer_strips_conjunction_article_and_plural() -> None:
    assert stem_arabic("والمعلومات") == "معلوم"
    assert stem_arabic("للشركات") == stem_arabic("شركه")
    assert stem_arabic("المهندسون") == stem_arabic("مهندسين")


def test_french_elision_and_accents_are_folded() -> None:
    assert stems("l'économie d'énergie") == stems("economie energie")


def test_stop_words_of_each_language_are_dropped() -> None:
    assert stems("نحن نبحث عن the and les de") == []


def test_invisible_and_bidi_marks_do_not_split_words() -> None:
    assert stems("cyber\u200bsecurity\u200f \u202bالأمن\u202c") == stems("cybersecurity الأمن")


def test_mostly_foreign_script_is_flagged() -> None:
    assert analyse("人工智能和云计算").mostly_foreign is True
    assert analyse("Облачные вычисления").mostly_foreign is True
    assert analyse("cloud 云").mostly_foreign is False


def test_overlong_text_is_cut_and_marked() -> None:
    analysis = analyse("cloud " * 20_000)
    assert analysis.truncated is True
    assert len(analysis.text) == MAX_FIELD_CHARS


def test_single_letter_prefix_is_joined_to_its_word() -> None:
    assert stems("e-government e-santé") == stems("egovernment esanté")
