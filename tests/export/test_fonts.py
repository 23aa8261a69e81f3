"""The PDF fonts come from installed packages and cover the direction marks Arabic lines need."""

from fontTools.ttLib import TTFont

from wafd.export.fonts import DIRECTION_MARKS, font_files, web_font_files


def test_pdf_fonts_are_files_shipped_by_font_packages() -> None:
    files = font_files()
    assert [(f.family, f.style) for f in files] == [
        ("PlexSansArabic", ""),
        ("PlexSansArabic", "B"),
        ("NotoSans", ""),
    ]
    assert all(f.path.is_file() for f in files)
    assert "fontpkg_noto_sans" in str(files[2].path)


def test_main_font_maps_direction_marks_to_its_space_glyph() -> None:
    font = TTFont(font_files()[0].path)
    cmap = font.getBestCmap()
    assert [cmap.get(mark) for mark in DIRECTION_MARKS] == [cmap[0x20], cmap[0x20]]
    assert font.getBestCmap()[ord("ب")] == TTFont(web_font_files()[0]).getBestCmap()[ord("ب")]


def test_packaged_font_itself_is_left_untouched() -> None:
    original = TTFont(web_font_files()[0]).getBestCmap()
    assert [mark in original for mark in DIRECTION_MARKS] == [False, False]
