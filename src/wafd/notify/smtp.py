"""Sending through an SMTP server: ``smtp://``, ``smtps://`` (TLS) or ``smtp+starttls://``.

A thin transport: it opens one connection, sends each message and says, for every message,
whether the server took it. A refused connection or login stops the batch before anything is
sent; a server that refuses one message (4xx/5xx) does not stop the others; a connection lost
mid-way leaves the rest unsent. Nothing here retries: the CLI reports, the web outbox retries.
"""

import smtplib
import socket
import ssl
from collections.abc import Iterable
from dataclasses import dataclass, field
from email.message import EmailMessage
from urllib.parse import unquote, urlsplit

from wafd.i18n import N_
from wafd.notify.recipients import NotifyError

DEFAULT_PORTS = {"smtp": 25, "smtps": 465, "smtp+starttls": 587}
TIMEOUT_SECONDS = 30.0


@dataclass(frozen=True)
class SmtpServer:
    scheme: str
    host: str
    port: int
    user: str = ""
    password: str = field(default="", repr=False)


def parse_smtp_url(url: str, *, password: str = "") -> SmtpServer:
    """``smtp://[user@]host:port``; the password comes separately (an environment variable)."""
    parts = urlsplit(url.strip())
    if parts.scheme not in DEFAULT_PORTS or not parts.hostname:
        raise NotifyError(
            N_(
                "{url} is not an SMTP address: write smtp://host:port, smtps://host:port or "
                "smtp+starttls://user@host:port."
            ),
            url=url,
        )
    try:
        port = parts.port or DEFAULT_PORTS[parts.scheme]
    except ValueError:
        raise NotifyError(N_("{url}: the port must be a number."), url=url) from None
    user = unquote(parts.username or "")
    return SmtpServer(parts.scheme, parts.hostname, port, user, password)


class SendStoppedError(NotifyError):
    """The server could not be used at all (refused, unreachable, login failed)."""


@dataclass
class Delivery:
    """Per-message outcome of one batch: sent (by index), refused (index, reason)."""

    sent: list[int] = field(default_factory=list)
    refused: list[tuple[int, str]] = field(default_factory=list)
    stopped: str = ""
    """Why the batch stopped early; the messages after the last sent/refused were not tried."""


def connect(server: SmtpServer, timeout: float = TIMEOUT_SECONDS) -> smtplib.SMTP:
    """An open, logged-in connection; ``SendStoppedError`` when the server cannot be used."""
    try:
        if server.scheme == "smtps":
            client: smtplib.SMTP = smtplib.SMTP_SSL(
                server.host, server.port, timeout=timeout, context=ssl.create_default_context()
            )
        else:
            client = smtplib.SMTP(server.host, server.port, timeout=timeout)
            if server.scheme == "smtp+starttls":
                client.starttls(context=ssl.create_default_context())
        if server.user:
            client.login(server.user, server.password)
    except smtplib.SMTPAuthenticationError as error:
        raise SendStoppedError(
            N_("The mail server {host} refused the login of {user}: {reason}"),
            host=server.host,
            user=server.user,
            reason=_reason(error),
        ) from None
    except (OSError, smtplib.SMTPException) as error:
        raise SendStoppedError(
            N_("Could not reach the mail server {host}:{port}: {reason}"),
            host=server.host,
            port=str(server.port),
            reason=_reason(error),
        ) from None
    return client


def _text(value: bytes | str) -> str:
    return value.decode(errors="replace") if isinstance(value, bytes) else value


def _reason(error: BaseException) -> str:
    if isinstance(error, smtplib.SMTPResponseException):
        return f"{error.smtp_code} {_text(error.smtp_error)}".strip()
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return "; ".join(
            f"{code} {text.decode(errors='replace')}" for code, text in error.recipients.values()
        )
    if isinstance(error, socket.timeout | TimeoutError):
        return "timed out"
    return str(error) or type(error).__name__


def send_messages(
    server: SmtpServer, messages: Iterable[EmailMessage], *, timeout: float = TIMEOUT_SECONDS
) -> Delivery:
    """Send each message in order over one connection; ``SendStoppedError``: none can go."""
    delivery = Delivery()
    client = connect(server, timeout)
    try:
        for index, message in enumerate(messages):
            try:
                client.send_message(message)
            except (smtplib.SMTPRecipientsRefused, smtplib.SMTPResponseException) as error:
                delivery.refused.append((index, _reason(error)))
            except (OSError, smtplib.SMTPException) as error:
                delivery.stopped = _reason(error)
                break
            else:
                delivery.sent.append(index)
    finally:
        close(client)
    return delivery


def close(client: smtplib.SMTP) -> None:
    try:
        client.quit()
    except (OSError, smtplib.SMTPException):
        client.close()


@dataclass(frozen=True)
class Refusal:
    """The server's answer to one message it did not take; 4xx may work later, 5xx will not."""

    code: int
    reason: str

    @property
    def transient(self) -> bool:
        return 400 <= self.code < 500


def hand_over(client: smtplib.SMTP, *, sender: str, recipient: str, raw: bytes) -> Refusal | None:
    """Give one already-built message to the server; None when it took it.

    A lost connection raises (``OSError``/``SMTPServerDisconnected``): whether the server
    kept the message is then unknown to the caller.
    """
    try:
        client.sendmail(sender, [recipient], raw)
    except smtplib.SMTPRecipientsRefused as error:
        code = min((answer[0] for answer in error.recipients.values()), default=550)
        return Refusal(code, _reason(error))
    except smtplib.SMTPServerDisconnected:
        raise
    except smtplib.SMTPResponseException as error:
        return Refusal(error.smtp_code, _reason(error))
    return None
