"""What the outcome rules need to know about the mission: its meetings, people and currencies.

Built once from the mission (and its schedule, when there is one) so that every action
and the file reader check ids and dates against the same facts.
"""

from dataclasses import dataclass
from datetime import date
from functools import cache

from babel.numbers import list_currencies

from wafd.model import MeetingStatus, Mission, Participant, Role, Schedule, ScheduledMeeting


@dataclass(frozen=True)
class MeetingFacts:
    """One planned meeting as the report sees it: when, where, who, about what."""

    id: str
    title: str
    day: date
    city: str
    participants: tuple[str, ...]
    themes: tuple[str, ...]
    cancelled: bool = False


@dataclass(frozen=True)
class OutcomeContext:
    mission: Mission
    meetings: dict[str, MeetingFacts]
    participants: dict[str, Participant]
    organisations: frozenset[str]

    def role(self, participant: str) -> Role | None:
        person = self.participants.get(participant)
        return person.role if person else None

    def name(self, participant: str) -> str:
        person = self.participants.get(participant)
        return person.name if person else participant

    def first_day(self, meetings: tuple[str, ...]) -> date | None:
        """The earliest day among ``meetings`` (unknown ids are the reader's to report)."""
        days = [self.meetings[m].day for m in meetings if m in self.meetings]
        return min(days, default=None)


@cache
def known_currencies() -> frozenset[str]:
    """ISO 4217 codes, from Babel's CLDR data (no network, no extra list to maintain)."""
    return frozenset(list_currencies())


def outcome_context(*, mission: Mission, schedule: Schedule | None = None) -> OutcomeContext:
    """The facts of ``mission``: the schedule's meetings, or the fixed planned meetings."""
    facts = (
        [_scheduled(mission, m) for m in schedule.meetings]
        if schedule is not None
        else [
            MeetingFacts(
                id=m.id,
                title=m.title,
                day=m.day,
                city=_city(mission, m.day),
                participants=_expanded(mission, m.participants),
                themes=(),
            )
            for m in mission.meetings
            if m.day is not None
        ]
    )
    return OutcomeContext(
        mission=mission,
        meetings={f.id: f for f in facts},
        participants=mission.participant_index(),
        organisations=frozenset(mission.organisation_index()),
    )


def _city(mission: Mission, day: date) -> str:
    leg = mission.leg_on(day)
    return leg.city if leg else ""


def _scheduled(mission: Mission, meeting: ScheduledMeeting) -> MeetingFacts:
    legs = mission.leg_index()
    leg = legs.get(meeting.leg or "")
    day = meeting.start.astimezone(leg.zone).date() if leg else meeting.start.date()
    if leg is None:
        leg = mission.leg_on(day)
    return MeetingFacts(
        id=meeting.id,
        title=meeting.title,
        day=day,
        city=leg.city if leg else "",
        participants=meeting.participants,
        themes=meeting.themes or _shared_themes(mission, meeting.participants),
        cancelled=meeting.status == MeetingStatus.CANCELLED,
    )


def _shared_themes(mission: Mission, participants: tuple[str, ...]) -> tuple[str, ...]:
    """Themes hosts and delegates of the meeting share; the hosts' own when none is shared."""
    people = mission.participant_index()
    hosts = [people[p] for p in participants if p in people and people[p].role == Role.HOST]
    guests = [people[p] for p in participants if p in people and people[p].role != Role.HOST]
    offered = {t for h in hosts for t in h.themes}
    wanted = {t for g in guests for t in g.themes}
    shared = offered & wanted
    return tuple(sorted(shared or offered))


def _expanded(mission: Mission, names: tuple[str, ...]) -> tuple[str, ...]:
    """Participant ids behind a planned meeting's names: people, organisations, keywords."""
    roles = {"all_delegates": Role.DELEGATE, "all_hosts": Role.HOST}
    wanted = {roles[n] for n in names if n in roles}
    chosen = {
        p.id
        for p in mission.participants
        if p.id in names or p.organisation in names or p.role in wanted
    }
    return tuple(p.id for p in mission.participants if p.id in chosen)
