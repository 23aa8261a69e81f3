"""Text that exists in several languages."""

from pydantic import BaseModel, ConfigDict

from wafd.model.enums import Language

FALLBACK_ORDER: tuple[Language, ...] = (Language.EN, Language.FR, Language.AR)


class LocalizedText(BaseModel):
    """A label known in Arabic, French and/or English.

    Missions are documented in whatever languages organisers have; readers ask
    for their own language and get the best available one instead of nothing.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    ar: str = ""
    fr: str = ""
    en: str = ""

    def get(self, language: Language | str) -> str:
        """Return the text in ``language``, else the first known one (en, fr, ar)."""
        wanted = getattr(self, str(language), "")
        if wanted:
            return str(wanted)
        for fallback in FALLBACK_ORDER:
            value: str = getattr(self, fallback.value)
            if value:
                return value
        return ""

    def is_empty(self) -> bool:
        return not (self.ar or self.fr or self.en)
