"""What a column of the mission workbook is: its name, type, whether it is required.

The workbook is described once, as data (see ``wafd.io.sheets``). The reader,
the writer, the template, the validator and ``docs/mission-format.md`` all read
that description, so a column cannot be documented one way and parsed another.
"""

from dataclasses import dataclass, field
from enum import StrEnum

from wafd.i18n import N_, translate

IN_LANGUAGE: dict[str, str] = {
    "en": N_("{hint} (English)"),
    "fr": N_("{hint} (French)"),
    "ar": N_("{hint} (Arabic)"),
}
"""How the hint of a localized-text column says which language its cells are in."""

MULTILINE_ATTRIBUTES = frozenset(
    {"description", "objectives", "offers", "needs", "reason", "notes", "note"}
)
"""Free-text columns, where line breaks are kept and longer text is allowed."""


class CellType(StrEnum):
    """The kinds of value a cell may hold; each has one parser and one formatter."""

    TEXT = "text"
    ID = "id"
    IDS = "id list"
    TAGS = "word list"
    TEXTS = "text list"
    DATE = "date"
    TIME = "time"
    INTEGER = "integer"
    NUMBER = "number"
    BOOLEAN = "yes/no"
    CHOICE = "choice"
    CHOICES = "choice list"
    TIMEZONE = "time zone"


class Blank(StrEnum):
    """What an empty cell means for the model field behind it."""

    DEFAULT = "default"  # leave the field out: the model's default applies
    NONE = "none"  # the field is explicitly "not set" (e.g. no lunch break)


@dataclass(frozen=True)
class Column:
    """One column of a sheet (or one field of the key/value Mission sheet).

    ``field`` names the model attribute; for localized text it is
    ``name.en`` style (attribute and language). ``example`` is a typed value
    written in the template's example row and in the documentation. ``hint``
    is an English catalogue message (domain ``io``): ``hint_in`` renders it
    for the organiser's language.
    """

    name: str
    type: CellType
    hint: str
    example: object = None
    required: bool = False
    choices: tuple[str, ...] = ()
    blank: Blank = Blank.DEFAULT
    field: str = ""
    minimum: float | None = None
    maximum: float | None = None
    domain: str = "io"
    """The gettext domain of ``hint`` (another area's format keeps its own catalogue)."""

    @property
    def attribute(self) -> str:
        """The model attribute this column feeds (``name`` for ``name_en``)."""
        return (self.field or self.name).split(".")[0]

    @property
    def multiline(self) -> bool:
        """Free text (notes, descriptions): line breaks kept, up to ``max_text_length``."""
        return self.attribute in MULTILINE_ATTRIBUTES

    @property
    def language(self) -> str | None:
        """The language of a localized-text column, ``None`` for plain columns."""
        parts = (self.field or self.name).split(".")
        return parts[1] if len(parts) == 2 else None

    def hint_in(self, language: str) -> str:
        """What to type in this column, in ``language`` (naming the text's language if any)."""
        hint = translate(self.domain, language, self.hint)
        if self.language is None:
            return hint
        return translate("io", language, IN_LANGUAGE[self.language]).format(hint=hint)


@dataclass(frozen=True)
class Sheet:
    """One sheet of the workbook (one list in YAML).

    ``key_value`` sheets (Mission) have one row per column of the spec, with
    the field name in column A and its value in column B.
    """

    name: str
    yaml_key: str
    description: str
    columns: tuple[Column, ...]
    required: bool = False
    key_value: bool = False
    id_column: str | None = None
    extra_examples: tuple[dict[str, object], ...] = field(default=())

    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)


def localized(
    attribute: str, hint: str, examples: dict[str, str], *, required: bool = False
) -> tuple[Column, ...]:
    """The three ``<attribute>_en/_fr/_ar`` columns of a localized text.

    ``required`` means "in at least one language": the validator reports the
    English column when all three are empty.
    """
    return tuple(
        Column(
            name=f"{attribute}_{lang}",
            type=CellType.TEXT,
            hint=hint,
            example=examples.get(lang),
            required=required and lang == "en",
            field=f"{attribute}.{lang}",
        )
        for lang in IN_LANGUAGE
    )


def translations(attribute: str, hint: str) -> tuple[Column, ...]:
    """``<attribute>_en/_fr/_ar`` columns holding translations of a free-text column.

    The original stays in ``<attribute>``; the translations feed ``<attribute>_in``.
    """
    return tuple(
        Column(
            name=f"{attribute}_{lang}",
            type=CellType.TEXT,
            hint=hint,
            field=f"{attribute}_in.{lang}",
        )
        for lang in IN_LANGUAGE
    )
