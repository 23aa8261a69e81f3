"""Helpers shared by the sheet definitions."""

from wafd.io.columns import CellType
from wafd.model import Language

T = CellType


def choices(enum: type[object]) -> tuple[str, ...]:
    """The values of a string enum, as offered in drop-downs and documented."""
    return tuple(str(member) for member in enum)  # type: ignore[attr-defined]


LANGUAGES = choices(Language)
