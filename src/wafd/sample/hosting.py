"""How a fictional host is written down: one organisation, its venue and its receiving team.

The articles say the delegation met "about twenty" US technology companies and
public bodies but, rightly for a sample, we do not claim that any real company
met it. Every host is therefore invented, flagged ``fictional=True`` and says so
in its description in the three languages.
"""

from typing import NamedTuple

from wafd.model import (
    Availability,
    Language,
    LocalizedText,
    Organisation,
    OrganisationKind,
    Participant,
    Role,
    Venue,
)

FICTIONAL_NOTICE = LocalizedText(
    en="Fictional organisation invented for Wafd's sample mission.",
    fr="Organisation fictive inventée pour la mission d'exemple de Wafd.",
    ar="جهة خيالية أُنشئت للبعثة النموذجية في وفد.",
)


class Person(NamedTuple):
    """One member of a host's receiving team, as the organiser would note them."""

    name: str
    title: str
    offers: str
    languages: str = "en"
    preferred: str = "en"
    name_ar: str = ""


class Place(NamedTuple):
    """A host's venue: ``kind`` suffixes the venue id (``office``, ``campus``, ``building``)."""

    kind: str
    name: str
    address: str
    latitude: float
    longitude: float


class Host(NamedTuple):
    organisation: Organisation
    venue: Venue
    participants: tuple[Participant, ...]


def slug(name: str) -> str:
    """``"Dr. Priya Raman"`` → ``"priya-raman"``: readable participant ids."""
    words = [w for w in name.replace(".", " ").split() if w.lower() not in {"dr", "prof"}]
    return "-".join(w.lower() for w in words)


def host(
    org_id: str,
    name: str,
    kind: OrganisationKind,
    *,
    leg: str,
    city: str,
    about: str,
    themes: tuple[str, ...],
    place: Place,
    people: tuple[Person, ...],
    availability: tuple[Availability, ...] = (),
) -> Host:
    """Assemble a host; every team member shares the venue, themes and availability."""
    venue = Venue(
        id=f"{org_id}-{place.kind}",
        name=place.name,
        leg=leg,
        address=place.address,
        latitude=place.latitude,
        longitude=place.longitude,
        contact=people[0].name,
    )
    organisation = Organisation(
        id=org_id,
        name=LocalizedText(en=name),
        kind=kind,
        country="US",
        city=city,
        description=LocalizedText(
            en=f"{FICTIONAL_NOTICE.en} {about}",
            fr=FICTIONAL_NOTICE.fr,
            ar=FICTIONAL_NOTICE.ar,
        ),
        fictional=True,
    )
    participants = tuple(
        Participant(
            id=slug(person.name),
            name=person.name,
            name_ar=person.name_ar,
            organisation=org_id,
            role=Role.HOST,
            title=person.title,
            email=f"{slug(person.name)}@example.com",  # reserved domain (RFC 2606): fictional
            languages=tuple(Language(code) for code in person.languages.split()),
            preferred_language=Language(person.preferred),
            themes=themes,
            offers=person.offers,
            venue=venue.id,
            availability=availability,
        )
        for person in people
    )
    return Host(organisation, venue, participants)
