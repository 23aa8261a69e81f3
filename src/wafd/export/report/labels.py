"""The report's words and numbers in one language: stage and kind names, amounts, percents.

Words come from the ``outcomes`` catalogue; numbers, amounts and dates from Babel in the
reader's locale, so the PDF, the HTML, the workbook and the charts read alike.
"""

from dataclasses import dataclass
from datetime import date

from babel.dates import format_date
from babel.numbers import format_decimal, format_percent

from wafd.export.localize import Localizer
from wafd.i18n import N_, translate
from wafd.model import Mission

DOMAIN = "outcomes"

NAMES: dict[str, str] = {
    "identified": N_("Identified"),
    "in_discussion": N_("In discussion"),
    "proposal": N_("Proposal or offer"),
    "mou_signed": N_("MoU or LOI signed"),
    "agreement_signed": N_("Agreement or contract signed"),
    "delivered": N_("Delivered"),
    "lost": N_("Lost"),
    "partnership": N_("Partnership"),
    "export_sale": N_("Export sale"),
    "investment": N_("Investment"),
    "procurement": N_("Procurement or tender"),
    "knowledge_transfer": N_("Training or knowledge transfer"),
    "other": N_("Other"),
    "delegates": N_("Delegates"),
    "hosts": N_("Hosts"),
    "yes": N_("Yes"),
    "maybe": N_("Maybe"),
    "no": N_("No"),
    "open": N_("Open"),
    "done": N_("Done"),
    "dropped": N_("Dropped"),
    "overdue": N_("Overdue"),
}
"""Display names of the closed vocabularies (stages, kinds, sides, intents, action states)."""


@dataclass(frozen=True)
class ReportWords:
    """Everything language-dependent about one report."""

    mission: Mission
    language: str
    currency: str

    @property
    def say(self) -> Localizer:
        return Localizer(self.language)

    def __call__(self, message: str, **values: object) -> str:
        text = translate(DOMAIN, self.language, message)
        return text.format(**values) if values else text

    def name(self, key: str) -> str:
        """A vocabulary value, a theme, an organisation, or the key itself."""
        if key in NAMES:
            return self(NAMES[key])
        theme = self.mission.theme_index().get(key)
        if theme is not None:
            return theme.label.get(self.language) or key
        organisation = self.mission.organisation_index().get(key)
        if organisation is not None:
            return organisation.acronym or organisation.name.get(self.language) or key
        return key

    def money(self, value: float) -> str:
        """``150,000 USD``: whole units and the ISO code, alike in every language."""
        amount = format_decimal(round(value), format="#,##0", locale=self.language)
        return self.say.embed(f"{amount} {self.currency}")

    def number(self, value: float) -> str:
        return format_decimal(value, format="#,##0.##", locale=self.language)

    def percent(self, value: float | None) -> str:
        return "—" if value is None else format_percent(value, locale=self.language)

    def rating(self, value: float | None) -> str:
        return "—" if value is None else format_decimal(value, format="0.0", locale=self.language)

    def day(self, value: date) -> str:
        return format_date(value, "long", locale=self.language)
