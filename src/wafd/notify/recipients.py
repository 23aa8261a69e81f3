"""Who a message goes to: an audience (everyone, delegates, hosts, ids) and their addresses.

A participant without a usable address is not an error: the plan lists them so that organisers
can reach them another way.
"""

from dataclasses import dataclass

from wafd.i18n import N_
from wafd.io.rules.emails import is_valid_address
from wafd.model import Mission, Participant, Role
from wafd.notify.words import Words

AUDIENCES: dict[str, tuple[Role, ...]] = {
    "all": (Role.DELEGATE, Role.HOST, Role.ORGANISER),
    "delegates": (Role.DELEGATE,),
    "hosts": (Role.HOST,),
}
MAX_IDS = 10_000


class NotifyError(ValueError):
    """A request that cannot be carried out; kept as a catalogue id so it can be translated."""

    def __init__(self, message: str, **values: str) -> None:
        self.message = message
        self.values = values
        super().__init__(message.format(**values))

    def in_language(self, language: str) -> str:
        return Words(language)(self.message, **self.values)


def select_participants(mission: Mission, *, to: str) -> list[Participant]:
    """``all``, ``delegates``, ``hosts``, or comma-separated participant or organisation ids."""
    wanted = to.strip().lower() or "all"
    if wanted in AUDIENCES:
        roles = AUDIENCES[wanted]
        return [p for p in mission.participants if p.role in roles]
    ids = list(dict.fromkeys(part.strip() for part in to.split(",") if part.strip()))[:MAX_IDS]
    people = mission.participant_index()
    organisations = {o.id for o in mission.organisations}
    unknown = [i for i in ids if i not in people and i not in organisations]
    if unknown:
        raise NotifyError(
            N_(
                "No participant or organisation with id {ids}: use all, delegates, hosts or "
                "ids from the Participants and Organisations sheets."
            ),
            ids=", ".join(unknown),
        )
    chosen: dict[str, Participant] = {}
    for item in ids:
        if item in people:
            chosen[item] = people[item]
        else:
            chosen.update({p.id: p for p in mission.participants if p.organisation == item})
    return list(chosen.values())


@dataclass(frozen=True)
class Unreachable:
    """A participant the message could not be addressed to, and why (a catalogue id)."""

    participant: Participant
    reason: str


def usable_address(participant: Participant) -> str | None:
    address = participant.email.strip()
    return address if address and is_valid_address(address) else None


def unreachable(participant: Participant) -> Unreachable:
    reason = (
        N_("malformed e-mail address") if participant.email.strip() else N_("no e-mail address")
    )
    return Unreachable(participant, reason)
