"""Missions built from the model for matchmaking tests (no other area needed)."""

from collections.abc import Callable
from typing import Any

from wafd.model import (
    EventKind,
    LocalizedText,
    MeetingRequest,
    Mission,
    Organisation,
    OrganisationKind,
    Participant,
    Role,
)

MissionFactory = Callable[..., Mission]


def person(
    pid: str,
    role: str = "host",
    *,
    org: str | None = None,
    offers: str = "",
    needs: str = "",
    themes: tuple[str, ...] = (),
) -> dict[str, Any]:
    """A participant row; its organisation defaults to one of its own named after it."""
    return {
        "id": pid,
        "role": role,
        "org": org or f"org-{pid}",
        "offers": offers,
        "needs": needs,
        "themes": themes,
    }


def build(
    people: list[dict[str, Any]],
    *,
    kind: EventKind = EventKind.TOUR,
    requests: tuple[MeetingRequest, ...] = (),
    org_kinds: dict[str, OrganisationKind] | None = None,
) -> Mission:
    org_kinds = org_kinds or {}
    organisations = {
        row["org"]: Organisation(
            id=row["org"],
            name=LocalizedText(en=row["org"]),
            kind=org_kinds.get(row["org"], OrganisationKind.COMPANY),
        )
        for row in people
    }
    participants = tuple(
        Participant(
            id=row["id"],
            name=row["id"].title(),
            organisation=row["org"],
            role=Role(row["role"]),
            offers=row["offers"],
            needs=row["needs"],
            themes=row["themes"],
        )
        for row in people
    )
    return Mission(
        id="test-mission",
        name=LocalizedText(en="Test mission"),
        kind=kind,
        organisations=tuple(organisations.values()),
        participants=participants,
        requests=requests,
    )
