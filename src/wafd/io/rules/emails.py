"""Are e-mail addresses well formed? A malformed one is a warning: mail cannot reach that person.

The check is deliberately plain (one ``@``, no spaces, a dotted domain): it catches typing and
copy-paste mistakes (``amina.example.org``, ``amina@example``, two addresses in one cell) without
refusing unusual but valid addresses. Whether the mailbox exists only the mail server can say.
"""

import re

from wafd.i18n import N_
from wafd.io.parse import IssueLog, ParsedBook
from wafd.io.report import Severity
from wafd.io.sheets import PARTICIPANTS

MAX_ADDRESS_LENGTH = 254
ADDRESS = re.compile(r"^[^@\s<>(),;:\"\[\]]+@[^@\s<>(),;:\"\[\]]+\.[^@\s<>(),;:\"\[\].]{2,}$")


def is_valid_address(text: str) -> bool:
    """Whether ``text`` looks like one deliverable address (``name@example.org``)."""
    if len(text) > MAX_ADDRESS_LENGTH or not ADDRESS.match(text):
        return False
    domain = text.rpartition("@")[2]
    return all(domain.split(".")) and not domain.startswith("-")


def check_emails(book: ParsedBook, log: IssueLog) -> None:
    sheet = book.get(PARTICIPANTS.name)
    if sheet is None:
        return
    for row in sheet.rows:
        text = row.values.get("email")
        if isinstance(text, str) and text.strip() and not is_valid_address(text.strip()):
            log.add(
                sheet.raw,
                row.number,
                "email",
                text,
                N_("This e-mail address is not well formed: no mail can be sent to this person."),
                N_("Write one address such as name@example.org, or leave the cell empty."),
                Severity.WARNING,
            )
