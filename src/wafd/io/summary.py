"""What a mission amounts to, in numbers an organiser checks at a glance.

``summarise_mission`` is pure: it turns a ``Mission`` into a ``MissionSummary``
(plain, JSON-ready data) that the CLI renders with Rich and the web renders
as HTML, so both show the same figures. Labels stay ``LocalizedText`` or enum
values; choosing the reader's language is the renderer's job.
"""

from collections import Counter, defaultdict
from datetime import date, time

from pydantic import BaseModel, ConfigDict

from wafd.model import (
    EventKind,
    Language,
    LocalizedText,
    MeetingKind,
    Mission,
    OrganisationKind,
    Preference,
    Role,
)


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class LegSummary(_Frozen):
    id: str
    city: str
    timezone: str
    start_date: date
    end_date: date
    day_start: time
    day_end: time
    lunch_start: time | None
    lunch_end: time | None
    venues: int
    hosts: int

    @property
    def days(self) -> int:
        return (self.end_date - self.start_date).days + 1


class OrganisationGroup(_Frozen):
    kind: OrganisationKind
    names: tuple[LocalizedText, ...]


class RoleCount(_Frozen):
    role: Role
    people: int
    organisations: int


class ThemeCount(_Frozen):
    theme: str
    label: LocalizedText
    delegates: int
    hosts: int


class RequestCounts(_Frozen):
    must: int
    want: int
    no: int
    mutual_pairs: int


class RequestedOrganisation(_Frozen):
    organisation: str
    name: LocalizedText
    requesters: int
    must: int


class MeetingSummary(_Frozen):
    id: str
    kind: MeetingKind
    title: str
    day: date | None
    start: time | None
    duration_minutes: int
    venue: str
    city: str
    participants: int


class MissionSummary(_Frozen):
    id: str
    name: LocalizedText
    kind: EventKind
    organisers: tuple[LocalizedText, ...]
    languages: tuple[Language, ...]
    start_date: date | None
    end_date: date | None
    legs: tuple[LegSummary, ...]
    organisations: tuple[OrganisationGroup, ...]
    roles: tuple[RoleCount, ...]
    themes: tuple[ThemeCount, ...]
    requests: RequestCounts
    most_requested: tuple[RequestedOrganisation, ...]
    meetings: tuple[MeetingSummary, ...]


def summarise_mission(mission: Mission, *, top: int = 5) -> MissionSummary:
    """Summarise ``mission``; ``top`` bounds the list of most requested organisations.

    Unknown ids (a file that has not been validated yet) are shown as they are
    written instead of failing: a summary is for looking, validation is for judging.
    """
    organisations = mission.organisation_index()
    return MissionSummary(
        id=mission.id,
        name=mission.name,
        kind=mission.kind,
        organisers=tuple(
            organisations[o].name if o in organisations else LocalizedText(en=o)
            for o in mission.organisers
        ),
        languages=mission.languages,
        start_date=mission.start_date,
        end_date=mission.end_date,
        legs=_legs(mission),
        organisations=_organisation_groups(mission),
        roles=_roles(mission),
        themes=_themes(mission),
        requests=_request_counts(mission),
        most_requested=_most_requested(mission, top),
        meetings=_meetings(mission),
    )


def _legs(mission: Mission) -> tuple[LegSummary, ...]:
    venue_legs = {v.id: v.leg for v in mission.venues}
    venues_per_leg = Counter(venue_legs.values())
    host_organisations_per_leg: dict[str, set[str]] = defaultdict(set)
    for participant in mission.participants_with_role(Role.HOST):
        if participant.venue in venue_legs:
            leg = venue_legs[participant.venue]
            host_organisations_per_leg[leg].add(participant.organisation)
    return tuple(
        LegSummary(
            id=leg.id,
            city=leg.city,
            timezone=leg.timezone,
            start_date=leg.start_date,
            end_date=leg.end_date,
            day_start=leg.day_start,
            day_end=leg.day_end,
            lunch_start=leg.lunch_start,
            lunch_end=leg.lunch_end,
            venues=venues_per_leg[leg.id],
            hosts=len(host_organisations_per_leg[leg.id]),
        )
        for leg in mission.legs
    )


def _organisation_groups(mission: Mission) -> tuple[OrganisationGroup, ...]:
    by_kind: dict[OrganisationKind, list[LocalizedText]] = defaultdict(list)
    for organisation in mission.organisations:
        short = LocalizedText(en=organisation.acronym) if organisation.acronym else None
        by_kind[organisation.kind].append(short or organisation.name)
    return tuple(
        OrganisationGroup(kind=kind, names=tuple(by_kind[kind]))
        for kind in OrganisationKind
        if by_kind[kind]
    )


def _roles(mission: Mission) -> tuple[RoleCount, ...]:
    return tuple(
        RoleCount(
            role=role,
            people=len(people),
            organisations=len({p.organisation for p in people}),
        )
        for role in Role
        if (people := mission.participants_with_role(role))
    )


def _themes(mission: Mission) -> tuple[ThemeCount, ...]:
    counts: dict[str, Counter[Role]] = defaultdict(Counter)
    for participant in mission.participants:
        for theme in participant.themes:
            counts[theme][participant.role] += 1
    known = mission.theme_index()
    rows = [
        ThemeCount(
            theme=theme,
            label=known[theme].label if theme in known else LocalizedText(en=theme),
            delegates=roles[Role.DELEGATE],
            hosts=roles[Role.HOST],
        )
        for theme, roles in counts.items()
    ]
    rows.sort(key=lambda row: (-(row.delegates + row.hosts), row.theme))
    return tuple(rows)


def _request_counts(mission: Mission) -> RequestCounts:
    by_preference = Counter(r.preference for r in mission.requests)
    return RequestCounts(
        must=by_preference[Preference.MUST],
        want=by_preference[Preference.WANT],
        no=by_preference[Preference.NO],
        mutual_pairs=len(_mutual_pairs(mission)),
    )


def _mutual_pairs(mission: Mission) -> set[frozenset[str]]:
    """Pairs of participants who each asked for the other (directly or via the organisation)."""
    organisation_of = {p.id: p.organisation for p in mission.participants}

    def reached(requester: str, target: str) -> set[str]:
        if target in organisation_of:
            return {target}
        return {p for p, org in organisation_of.items() if org == target and p != requester}

    asked: set[tuple[str, str]] = {
        (r.requester, person)
        for r in mission.requests
        if r.preference != Preference.NO
        for person in reached(r.requester, r.target)
    }
    return {frozenset(pair) for pair in asked if (pair[1], pair[0]) in asked}


def _most_requested(mission: Mission, top: int) -> tuple[RequestedOrganisation, ...]:
    organisation_of = {p.id: p.organisation for p in mission.participants}
    requesters: dict[str, set[str]] = defaultdict(set)
    must: Counter[str] = Counter()
    for request in mission.requests:
        if request.preference == Preference.NO:
            continue
        target = organisation_of.get(request.target, request.target)
        requesters[target].add(request.requester)
        must[target] += request.preference == Preference.MUST
    organisations = mission.organisation_index()
    ranked = sorted(requesters, key=lambda o: (-len(requesters[o]), -must[o], o))
    return tuple(
        RequestedOrganisation(
            organisation=o,
            name=organisations[o].name if o in organisations else LocalizedText(en=o),
            requesters=len(requesters[o]),
            must=must[o],
        )
        for o in ranked[:top]
    )


def _meetings(mission: Mission) -> tuple[MeetingSummary, ...]:
    venues = mission.venue_index()
    legs = mission.leg_index()
    rows = []
    for meeting in mission.meetings:
        venue = venues.get(meeting.venue or "")
        leg = legs.get(venue.leg) if venue else None
        rows.append(
            MeetingSummary(
                id=meeting.id,
                kind=meeting.kind,
                title=meeting.title,
                day=meeting.day,
                start=meeting.start,
                duration_minutes=meeting.duration_minutes,
                venue=venue.name if venue else (meeting.venue or ""),
                city=leg.city if leg else "",
                participants=len(_attendees(mission, meeting.participants)),
            )
        )
    rows.sort(key=lambda row: (row.day or date.max, row.start or time.min, row.id))
    return tuple(rows)


def _attendees(mission: Mission, invited: tuple[str, ...]) -> set[str]:
    """People behind a planned meeting's list of participants, organisations and keywords."""
    keywords = {"all_delegates": Role.DELEGATE, "all_hosts": Role.HOST}
    return {
        p.id
        for p in mission.participants
        if p.id in invited
        or p.organisation in invited
        or any(keywords.get(token) == p.role for token in invited)
    }
