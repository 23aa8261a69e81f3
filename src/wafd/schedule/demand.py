"""Meeting requests -> the meetings to place ("demands"), with their weight.

Requests name participants or organisations. On a tour, a visit is hosted by an organisation:
every delegate asking for a host of that organisation (or for the organisation itself) joins
ONE group visit there, so the delegation splits into sub-groups by interest and parallel
sub-groups visit different hosts at the same time. At a B2B event each pair (or small group)
gets its own one-to-one meeting at a table.

Weights make the solver's priorities explicit: a ``must`` is worth ten ``want``s, interest from
both sides doubles the weight; ``no`` never becomes a meeting and vetoes requests from the other
side, which are dropped and reported.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from wafd.i18n import N_
from wafd.model import EventKind, MeetingKind, MeetingRequest, Mission, Preference, Role
from wafd.schedule.notices import Notice, Param, PersonName

WEIGHT = {Preference.MUST: 100, Preference.WANT: 10}
MUTUAL_FACTOR = 2


def request_weight(request: MeetingRequest) -> int:
    """The value of one request: ``must`` 100, ``want`` 10.

    A ``want`` carrying a matchmaking score (``weight`` in 0..1, set when recommendations are
    accepted) is worth 5 to 15, so better-matched recommendations win ties for scarce slots
    while a ``must`` stays worth more than any number of them a host could hold in a day.
    """
    base = WEIGHT[request.preference]
    if request.preference == Preference.WANT and request.weight is not None:
        return max(1, round(base * (0.5 + request.weight)))
    return base


UNKNOWN_ID = N_("{requester} → {target}: {unknown} is neither a participant nor an organisation")
VETOED = N_("{vetoer} said no to meeting {other}")
NO_HOST = N_("{requester} → {target}: a visit needs a host on one side")


@dataclass(frozen=True, slots=True)
class Dropped:
    """A request that will not become a meeting, with the reason."""

    request: MeetingRequest
    reason: Notice


@dataclass(slots=True)
class Demand:
    """One meeting to place: a group visit (tour) or a one-to-one (B2B)."""

    meeting_id: str
    kind: MeetingKind
    hosts: list[str] = field(default_factory=list)
    guests: list[str] = field(default_factory=list)
    requests: list[MeetingRequest] = field(default_factory=list)
    weights: dict[str, dict[str, int]] = field(default_factory=dict)

    @property
    def people(self) -> tuple[str, ...]:
        return tuple(self.hosts) + tuple(g for g in self.guests if g not in self.hosts)

    @property
    def must(self) -> bool:
        return any(r.preference == Preference.MUST for r in self.requests)

    def guest_values(self) -> dict[str, int]:
        """Per guest: the strongest wish either way, doubled when both sides asked."""
        values = {}
        for guest in self.guests:
            sides = self.weights.get(guest, {})
            best = max(sides.values(), default=0)
            values[guest] = best * (MUTUAL_FACTOR if len(sides) == 2 else 1)
        return values

    @property
    def value(self) -> int:
        return max(sum(self.guest_values().values()), 1)


class Resolver:
    """Participant and organisation ids -> participant ids."""

    def __init__(self, mission: Mission) -> None:
        self.people = mission.participant_index()
        self.org_names = {o.id: o.name for o in mission.organisations}
        self.members: dict[str, list[str]] = defaultdict(list)
        for p in mission.participants:
            self.members[p.organisation].append(p.id)

    def known(self, identifier: str) -> bool:
        return identifier in self.people or identifier in self.members

    def resolve(self, identifier: str, *, hosts_only: bool = False) -> list[str]:
        if identifier in self.people:
            return [identifier]
        members = self.members.get(identifier, [])
        hosts = [m for m in members if self.people[m].role == Role.HOST]
        return hosts if hosts_only and hosts else list(members)

    def name(self, identifier: str) -> Param:
        """What organisers call ``identifier``: a person's or organisation's name, else the id."""
        if identifier in self.people:
            return PersonName.of(self.people[identifier])
        return self.org_names.get(identifier, identifier)

    def is_host(self, participant_id: str) -> bool:
        return self.people[participant_id].role == Role.HOST


def vetoes(mission: Mission, resolver: Resolver) -> dict[frozenset[str], str]:
    """Pairs of participants that must never meet, with who said no."""
    vetoed: dict[frozenset[str], str] = {}
    for request in mission.requests:
        if request.preference == Preference.NO and resolver.known(request.target):
            for a in resolver.resolve(request.requester):
                for b in resolver.resolve(request.target):
                    vetoed.setdefault(frozenset((a, b)), request.requester)
    return vetoed


def _pair_key(mission: Mission, hosts: list[str], guests: list[str], resolver: Resolver) -> str:
    if mission.kind == EventKind.TOUR:
        return "visit-" + resolver.people[hosts[0]].organisation
    return "m-" + "--".join(sorted(set(hosts) | set(guests)))


def build_demands(mission: Mission) -> tuple[list[Demand], list[Dropped]]:
    """Group the mission's requests into meetings; report those that cannot become one."""
    resolver = Resolver(mission)
    vetoed = vetoes(mission, resolver)
    demands: dict[str, Demand] = {}
    dropped: list[Dropped] = []
    for request in mission.requests:
        if request.preference == Preference.NO:
            continue
        unknown = next(
            (i for i in (request.requester, request.target) if not resolver.known(i)), None
        )
        if unknown is not None:
            params = {
                "requester": resolver.name(request.requester),
                "target": resolver.name(request.target),
                "unknown": unknown,
            }
            dropped.append(Dropped(request, Notice(UNKNOWN_ID, params)))
            continue
        side_a = resolver.resolve(request.requester)
        side_b = resolver.resolve(request.target, hosts_only=True)
        pairs = (frozenset((a, b)) for a in side_a for b in side_b)
        veto = next((pair for pair in pairs if pair in vetoed), None)
        if veto is not None:
            vetoer = vetoed[veto]
            other = next(iter(veto - set(resolver.resolve(vetoer))), request.target)
            names = {"vetoer": resolver.name(vetoer), "other": resolver.name(other)}
            dropped.append(Dropped(request, Notice(VETOED, names)))
            continue
        requester_side = "guest"
        if mission.kind == EventKind.TOUR:
            if all(resolver.is_host(p) for p in side_a) and not any(map(resolver.is_host, side_b)):
                side_a, side_b, requester_side = side_b, side_a, "host"
            if not any(resolver.is_host(p) for p in side_b):
                params = {
                    "requester": resolver.name(request.requester),
                    "target": resolver.name(request.target),
                }
                dropped.append(Dropped(request, Notice(NO_HOST, params)))
                continue
            side_b = [p for p in side_b if resolver.is_host(p)]
        key = _pair_key(mission, side_b, side_a, resolver)
        kind = MeetingKind.GROUP_VISIT if mission.kind == EventKind.TOUR else MeetingKind.ONE_TO_ONE
        demand = demands.setdefault(key, Demand(key, kind))
        demand.hosts.extend(h for h in side_b if h not in demand.hosts)
        demand.guests.extend(g for g in side_a if g not in demand.guests)
        demand.requests.append(request)
        for guest in side_a:
            sides = demand.weights.setdefault(guest, {})
            sides[requester_side] = max(sides.get(requester_side, 0), request_weight(request))
    return list(demands.values()), dropped
