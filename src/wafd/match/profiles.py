"""Who can be matched, and with what text: profiles of participants and delegate organisations.

A profile gathers what a participant says (offers, needs, chosen themes, title) and what
their organisation says about itself. A delegate organisation can be matched as a whole on
a tour: its profile pools its delegates' texts and themes.
"""

from dataclasses import dataclass, replace

from wafd.model import EventKind, Mission, Organisation, OrganisationKind, Participant, Role


@dataclass(frozen=True, slots=True)
class Profile:
    id: str
    name: str
    organisation: str
    role: Role
    kind: OrganisationKind
    offers: str
    needs: str
    about: str
    themes: tuple[str, ...]
    members: frozenset[str]

    @property
    def full_text(self) -> str:
        return "\n".join(part for part in (self.offers, self.needs, self.about) if part)

    def matches_kind(self, token: str) -> bool:
        """Whether an organiser rule's kind token (organisation kind or role) names this profile."""
        return token in (self.kind.value, self.role.value)


def _about(organisation: Organisation | None, title: str) -> str:
    parts = [title]
    if organisation is not None:
        text = organisation.description
        parts += [text.en, text.fr, text.ar]
    return "\n".join(part for part in parts if part)


def participant_profile(participant: Participant, organisation: Organisation | None) -> Profile:
    return Profile(
        id=participant.id,
        name=participant.name,
        organisation=participant.organisation,
        role=participant.role,
        kind=organisation.kind if organisation else OrganisationKind.OTHER,
        offers=participant.offers,
        needs=participant.needs,
        about=_about(organisation, participant.title),
        themes=participant.themes,
        members=frozenset({participant.id}),
    )


def organisation_profile(organisation: Organisation, delegates: list[Participant]) -> Profile:
    """One profile for a delegate organisation: its delegates' words, pooled."""
    themes = tuple(dict.fromkeys(t for p in delegates for t in p.themes))
    return Profile(
        id=organisation.id,
        name=organisation.name.get("en"),
        organisation=organisation.id,
        role=Role.DELEGATE,
        kind=organisation.kind,
        offers="\n".join(p.offers for p in delegates if p.offers),
        needs="\n".join(p.needs for p in delegates if p.needs),
        about=_about(organisation, ""),
        themes=themes,
        members=frozenset(p.id for p in delegates),
    )


def matchable_participants(mission: Mission) -> list[Participant]:
    """Everyone but organisers: they run the event, they are not matched in it."""
    return [p for p in mission.participants if p.role != Role.ORGANISER]


def default_subjects(mission: Mission) -> list[str]:
    """Delegates on a tour; every matchable participant at a brokerage event."""
    if mission.kind == EventKind.TOUR:
        return [p.id for p in mission.participants if p.role == Role.DELEGATE]
    return [p.id for p in matchable_participants(mission)]


def sensible_candidate_roles(mission: Mission, subject_role: Role) -> frozenset[Role]:
    """Delegates meet hosts on a tour (and hosts delegates); anyone meets anyone at a B2B event."""
    if mission.kind == EventKind.B2B:
        return frozenset({Role.DELEGATE, Role.HOST})
    return frozenset({Role.HOST}) if subject_role == Role.DELEGATE else frozenset({Role.DELEGATE})


def build_subject(mission: Mission, subject_id: str) -> Profile | None:
    """The profile for a participant id or a delegate organisation id; None when unknown."""
    organisations = mission.organisation_index()
    participant = mission.participant_index().get(subject_id)
    if participant is not None and participant.role != Role.ORGANISER:
        return participant_profile(participant, organisations.get(participant.organisation))
    organisation = organisations.get(subject_id)
    if organisation is None:
        return None
    members = [
        p for p in mission.participants if p.organisation == subject_id and p.role != Role.ORGANISER
    ]
    if not members:
        return None
    delegates = [p for p in members if p.role == Role.DELEGATE] or members
    profile = organisation_profile(organisation, delegates)
    if all(p.role == Role.HOST for p in members):
        return replace(profile, role=Role.HOST)
    return profile
