"""Reading sent messages back the way a mail program would: parts, attachments, invitations."""

from email import message_from_bytes, policy
from email.message import EmailMessage

import icalendar


def parse(raw: bytes) -> EmailMessage:
    message = message_from_bytes(raw, policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


def body(message: EmailMessage, kind: str) -> str:
    part = message.get_body((kind,))
    assert part is not None
    return str(part.get_content())


def invitations(message: EmailMessage) -> list[icalendar.Calendar]:
    return [
        icalendar.Calendar.from_ical(part.get_payload(decode=True))
        for part in message.iter_attachments()
        if part.get_content_type() == "text/calendar"
    ]


def pdfs(message: EmailMessage) -> list[bytes]:
    return [
        part.get_payload(decode=True)
        for part in message.iter_attachments()
        if part.get_content_type() == "application/pdf"
    ]
