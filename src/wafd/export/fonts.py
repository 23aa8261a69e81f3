"""Where the PDF fonts come from: IBM Plex Sans Arabic and Noto Sans, installed from PyPI.

IBM Plex Sans Arabic draws both Arabic and Latin in one harmonised design
and ships static Regular and Bold files, which fpdf2 loads in milliseconds
(instantiating weights of a variable font costs seconds per document). Noto
Sans, used at its default weight, is the fallback for the rarer Latin,
Greek and Cyrillic letters in participants' names. fpdf2 embeds subsets of
both, so no system font is consulted and nothing is downloaded at run time.

Plex lacks the invisible direction marks (U+200E, U+200F) that keep phone
numbers and addresses in order inside Arabic lines; fpdf2 would hand those to
the fallback font and lose their effect, so a copy of the font that maps them
to its space glyph (HarfBuzz gives default-ignorable marks no width) is made
once in the temporary directory.
"""

import hashlib
import tempfile
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from fontTools.ttLib import TTFont

from wafd.io.atomic import write_atomically

MAIN_FAMILY = "PlexSansArabic"
FALLBACK_FAMILY = "NotoSans"


class FontNotInstalledError(RuntimeError):
    """A font package is missing from the environment (re-install Wafd to fix)."""


@dataclass(frozen=True)
class FontFile:
    family: str
    style: str
    path: Path


def _font(package: str, name_start: str) -> Path:
    try:
        files = resources.files(package) / "files"
        entries = list(files.iterdir())
    except ModuleNotFoundError as error:
        raise FontNotInstalledError(
            f"the font package {package.replace('_', '-')} is not installed; "
            "reinstall Wafd (pip install -e .) to bring it back"
        ) from error
    for entry in sorted(entries, key=lambda e: e.name):
        if entry.name.startswith(name_start) and entry.name.endswith(".ttf"):
            return Path(str(entry))
    raise FontNotInstalledError(f"{package} has no {name_start}*.ttf file")


DIRECTION_MARKS = (0x200E, 0x200F)


@cache
def with_direction_marks(path: Path) -> Path:
    """A copy of the font at ``path`` whose cmap also covers the direction marks."""
    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    target = Path(tempfile.gettempdir()) / "wafd-fonts" / f"{path.stem}-{digest}.ttf"
    if target.exists():
        return target
    font = TTFont(path)
    space = font.getBestCmap()[0x20]
    for table in font["cmap"].tables:
        if table.isUnicode():
            for codepoint in DIRECTION_MARKS:
                table.cmap.setdefault(codepoint, space)
    return write_atomically(target, font.save)


def web_font_files() -> tuple[Path, ...]:
    """The fonts HTML documents load from ``fonts/`` beside them, and their licence (OFL)."""
    plex = "fontpkg_ibm_plex_sans_arabic"
    regular = _font(plex, "IBMPlexSansArabic-Regular")
    return (regular, _font(plex, "IBMPlexSansArabic-Bold"), regular.parent.parent / "LICENSE")


def font_files() -> tuple[FontFile, ...]:
    """Regular and bold of the main family, then the fallback."""
    plex = "fontpkg_ibm_plex_sans_arabic"
    return (
        FontFile(MAIN_FAMILY, "", with_direction_marks(_font(plex, "IBMPlexSansArabic-Regular"))),
        FontFile(MAIN_FAMILY, "B", with_direction_marks(_font(plex, "IBMPlexSansArabic-Bold"))),
        FontFile(FALLBACK_FAMILY, "", _font("fontpkg_noto_sans", "NotoSans[")),
    )
