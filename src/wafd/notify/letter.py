"""A message as words (``Letter``) and its standard-library ``EmailMessage``.

Every kind of message is first written as a ``Letter``: a subject, paragraphs, titled lists
of lines, an optional link and attachments. One function turns it into a multipart e-mail
with the same words as plain text and as HTML (``dir="rtl"`` for Arabic), so the two parts
can never disagree. ``policy.SMTP`` encodes Arabic subjects and names (RFC 2047) and ends
lines with CRLF, as SMTP wants.
"""

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from functools import cache

from jinja2 import Environment, PackageLoader, select_autoescape

from wafd.i18n import is_rtl


@dataclass(frozen=True)
class Attachment:
    """A file carried by the message; ``params`` go on its Content-Type (iTIP's ``method``)."""

    filename: str
    content: bytes
    maintype: str
    subtype: str
    params: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Section:
    heading: str
    lines: tuple[str, ...]


@dataclass(frozen=True)
class Letter:
    language: str
    subject: str
    greeting: str
    paragraphs: tuple[str, ...] = ()
    sections: tuple[Section, ...] = ()
    link: tuple[str, str] | None = None
    """(label, address) of the one thing to click, if any."""
    footer: str = ""
    attachments: tuple[Attachment, ...] = ()


@dataclass(frozen=True)
class Person:
    """A sender or recipient: address and the name shown beside it (any script)."""

    address: str
    name: str = ""

    def header(self) -> Address:
        local, _, domain = self.address.rpartition("@")
        return Address(display_name=self.name, username=local, domain=domain)


def message_id(key: str, domain: str) -> str:
    """The same event for the same person always gets the same Message-ID (receivers dedupe)."""
    digest = hashlib.sha256(key.encode()).hexdigest()[:40]
    return f"<{digest}@{domain or 'wafd.invalid'}>"


def letter_text(letter: Letter) -> str:
    """The plain-text part."""
    blocks = [letter.greeting, *letter.paragraphs]
    for section in letter.sections:
        blocks.append("\n".join([section.heading, *(f"- {line}" for line in section.lines)]))
    if letter.link is not None:
        blocks.append(f"{letter.link[0]}\n{letter.link[1]}")
    if letter.footer:
        blocks.append(f"-- \n{letter.footer}")
    return "\n\n".join(block for block in blocks if block) + "\n"


@cache
def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("wafd.notify", "templates"),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )


def letter_html(letter: Letter) -> str:
    """The HTML part: the same words, right to left for Arabic."""
    template = _environment().get_template("letter.html")
    direction = "rtl" if is_rtl(letter.language) else "ltr"
    return template.render(letter=letter, direction=direction)


def compose_message(
    letter: Letter, *, sender: Person, recipient: Person, key: str, now: datetime
) -> EmailMessage:
    """The e-mail of ``letter`` to ``recipient``; ``key`` names the event (idempotency)."""
    message = EmailMessage(policy=policy.SMTP)
    message["Subject"] = letter.subject
    message["From"] = sender.header()
    message["To"] = recipient.header()
    message["Date"] = format_datetime(now)
    message["Message-ID"] = message_id(key, sender.address.rpartition("@")[2])
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(letter_text(letter), subtype="plain", charset="utf-8", cte="8bit")
    message.add_alternative(letter_html(letter), subtype="html", charset="utf-8", cte="8bit")
    for item in letter.attachments:
        message.add_attachment(
            item.content,
            maintype=item.maintype,
            subtype=item.subtype,
            filename=item.filename,
            params=item.params,
        )
    message["Content-Language"] = letter.language  # after the parts: set_content clears Content-*
    return message
