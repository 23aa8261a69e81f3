"""What a plan hands to a transport: addressed messages, each with its idempotency key.

``key`` names one event for one person (``mission:programme:v3:salma-bennani``): the web
outbox stores it under a unique constraint and the Message-ID is derived from it, so the same
event never reaches the same person twice.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage
from functools import partial

from wafd.export.facts import MissionFacts
from wafd.model import Mission, Participant, Role, Schedule
from wafd.notify.letter import Letter, Person, compose_message
from wafd.notify.recipients import Unreachable, unreachable, usable_address
from wafd.notify.words import Words, recipient_language

KINDS: tuple[str, ...] = (
    "invitation",
    "programme",
    "changes",
    "reminder",
    "message",
    "feedback",
    "survey",
)
OPTIONAL_KINDS: frozenset[str] = frozenset({"reminder", "message", "feedback"})
"""Kinds a person may opt out of (feedback requests with reminders: automatic prompts);
change notices, their programme and a survey round always go out."""


@dataclass(frozen=True)
class Outgoing:
    key: str
    kind: str
    participant_id: str
    recipient: Person
    language: str
    message: EmailMessage

    @property
    def subject(self) -> str:
        return str(self.message["Subject"])


@dataclass
class Plan:
    """The messages to send, and the people who could not be addressed."""

    messages: list[Outgoing] = field(default_factory=list)
    unreachable: list[Unreachable] = field(default_factory=list)


@dataclass(frozen=True)
class Context:
    """What every kind of message needs: the mission, the version, who sends, and when."""

    mission: Mission
    schedule: Schedule
    sender: Person
    now: datetime
    site_url: str = ""
    facts: MissionFacts = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "facts", MissionFacts(self.mission))


def default_sender(mission: Mission) -> Person:
    """The first organiser with an address, else a placeholder the CLI asks to replace."""
    for person in mission.participants:
        if person.role == Role.ORGANISER and usable_address(person):
            return Person(person.email.strip(), person.name)
    return Person("wafd@localhost", mission.name.get(str(mission.languages[0])))


def address(
    plan: Plan,
    context: Context,
    participant: Participant,
    *,
    kind: str,
    key: str,
    write: Callable[[], Letter],
) -> None:
    """Add the letter ``write`` makes for ``participant``, or list them as unreachable.

    The letter (its PDF and invitations) is only written for people who can receive it.
    """
    mail = usable_address(participant)
    if mail is None:
        plan.unreachable.append(unreachable(participant))
        return
    letter = write()
    recipient = Person(mail, participant.display_name(letter.language))
    message = compose_message(
        letter, sender=context.sender, recipient=recipient, key=key, now=context.now
    )
    plan.messages.append(Outgoing(key, kind, participant.id, recipient, letter.language, message))


def outbox_key(context: Context, *, kind: str, tag: str, participant_id: str) -> str:
    """The idempotency key of one event (``tag``) of one ``kind`` for one person."""
    return f"{context.mission.id}:{kind}:{tag}:{participant_id}"


def address_in_their_words(
    plan: Plan,
    context: Context,
    person: Participant,
    *,
    kind: str,
    tag: str,
    letter: Callable[[Context, Participant, Words], Letter],
) -> None:
    """``address`` the ``letter`` in the reader's own language, under its ``outbox_key``."""
    words = Words(recipient_language(context.mission, person))
    address(
        plan,
        context,
        person,
        kind=kind,
        key=outbox_key(context, kind=kind, tag=tag, participant_id=person.id),
        write=partial(letter, context, person, words),
    )
