"""Why an outcome cannot be recorded: a message for the user, and the field at fault.

Messages are English gettext ids of the ``outcomes`` domain with ``{placeholders}``.
``field`` names the argument (and so the file column or the form field) to point at.
"""

from wafd.i18n import translate

DOMAIN = "outcomes"


class OutcomeError(ValueError):
    """A recording that breaks a rule (unknown id, stage going back without reason…)."""

    def __init__(self, field: str, message_id: str, hint_id: str = "", **params: object) -> None:
        super().__init__(message_id.format(**params))
        self.field = field
        self.message_id = message_id
        self.hint_id = hint_id
        self.params = params

    def message_in(self, language: str) -> str:
        return translate(DOMAIN, language, self.message_id).format(**self.params)

    def hint_in(self, language: str) -> str:
        if not self.hint_id:
            return ""
        return translate(DOMAIN, language, self.hint_id).format(**self.params)
