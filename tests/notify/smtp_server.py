"""A real SMTP server on loopback for the tests (aiosmtpd), keeping every message it accepts.

``refuse`` makes it answer 550 for chosen recipients; ``password`` turns on AUTH LOGIN/PLAIN.
"""

import asyncio
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


@dataclass
class Mailbox:
    """Everything the server accepted: (envelope recipients, raw bytes) per message."""

    received: list[tuple[list[str], bytes]] = field(default_factory=list)
    refuse: set[str] = field(default_factory=set)
    refuse_code: str = "550 5.1.1 mailbox unavailable"
    delay: float = 0.0
    """Seconds to wait before accepting each message (a slow server)."""

    async def handle_RCPT(  # noqa: N802 - aiosmtpd's hook name
        self, server: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        if address in self.refuse:
            return self.refuse_code
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        if self.delay:
            await asyncio.sleep(self.delay)
        self.received.append((list(envelope.rcpt_tos), bytes(envelope.original_content)))
        return "250 Message accepted"


@dataclass
class Running:
    mailbox: Mailbox
    port: int

    def url(self, user: str = "") -> str:
        return f"smtp://{user + '@' if user else ''}127.0.0.1:{self.port}"


def _authenticator(user: str, password: str) -> Any:
    def check(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
        ok = isinstance(data, LoginPassword) and (data.login, data.password) == (
            user.encode(),
            password.encode(),
        )
        return AuthResult(success=ok, handled=False)

    return check


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def smtp_server(*, user: str = "", password: str = "") -> Iterator[Running]:
    mailbox = Mailbox()
    options: dict[str, Any] = {}
    if password:
        options = {
            "authenticator": _authenticator(user, password),
            "auth_require_tls": False,
            "auth_required": True,
        }
    port = free_port()
    controller = Controller(mailbox, hostname="127.0.0.1", port=port, **options)
    controller.start()
    try:
        yield Running(mailbox, port)
    finally:
        controller.stop()
