"""Where the outbox's messages go: an SMTP server (``WAFD_EMAIL_URL``) or files (default).

Development needs no mail server: without ``WAFD_EMAIL_URL`` each message is written as an
``.eml`` file into the data folder (``wafd serve`` says where), which any mail program opens.
Django's own mail (password reset) is routed into the outbox by ``OutboxBackend``, so every
message, whoever sends it, is durable and retried the same way.
"""

import os
import re
import smtplib
import uuid
from collections.abc import Sequence
from email import message_from_bytes, policy
from pathlib import Path
from typing import Any, Protocol

from django.conf import settings
from django.core.mail.backends.base import BaseEmailBackend
from django.core.mail.message import EmailMessage as DjangoEmailMessage

from wafd.notify import Refusal, SmtpServer, close, connect, hand_over, parse_smtp_url

PASSWORD_VARIABLE = "WAFD_SMTP_PASSWORD"


def mail_folder() -> Path:
    return Path(settings.DATA_DIR) / "mail"


def email_url() -> str:
    return str(getattr(settings, "WAFD_EMAIL_URL", "") or "")


class Transport(Protocol):
    def send(self, *, sender: str, recipient: str, raw: bytes, name: str) -> Refusal | None: ...

    def close(self) -> None: ...


class FileTransport:
    """Writes each message as ``<name>.eml`` into the data folder's ``mail`` folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def send(self, *, sender: str, recipient: str, raw: bytes, name: str) -> Refusal | None:
        self.folder.mkdir(parents=True, exist_ok=True)
        safe = re.sub(r"[^A-Za-z0-9._@-]", "_", name)[:150]
        temporary = self.folder / f".{safe}.tmp"
        temporary.write_bytes(raw)
        temporary.replace(self.folder / f"{safe}.eml")
        return None

    def close(self) -> None:
        return None


class SmtpTransport:
    """One connection for a batch, opened on the first message."""

    def __init__(self, server: SmtpServer) -> None:
        self.server = server
        self.client: smtplib.SMTP | None = None

    def send(self, *, sender: str, recipient: str, raw: bytes, name: str) -> Refusal | None:
        if self.client is None:
            self.client = connect(self.server)
        return hand_over(self.client, sender=sender, recipient=recipient, raw=raw)

    def close(self) -> None:
        if self.client is not None:
            close(self.client)
            self.client = None


def open_transport() -> Transport:
    url = email_url()
    if not url:
        return FileTransport(mail_folder())
    return SmtpTransport(parse_smtp_url(url, password=os.environ.get(PASSWORD_VARIABLE, "")))


class OutboxBackend(BaseEmailBackend):
    """Django's mail (password reset and the like) goes into the outbox, not straight out."""

    def send_messages(self, email_messages: Sequence[DjangoEmailMessage]) -> int:
        from wafd.web.outbox import queue_raw

        count = 0
        for item in email_messages:
            raw = item.message().as_bytes()
            parsed: Any = message_from_bytes(raw, policy=policy.SMTP)
            for recipient in item.recipients():
                queue_raw(
                    key=f"account:{uuid.uuid4().hex}",
                    kind="account",
                    address=recipient,
                    sender=item.from_email,
                    subject=str(parsed["Subject"] or ""),
                    raw=raw,
                )
                count += 1
        return count
