"""What a host needs before the delegation arrives: who is coming, and why.

Hosts read English (the mission's working language with US hosts), so the
exporter builds this with an English ``Localizer``; the builder itself is
language-neutral like every other document.
"""

from dataclasses import dataclass

from wafd.export.facts import MissionFacts, in_reader_language
from wafd.export.itinerary import KIND_LABELS
from wafd.export.localize import Localizer
from wafd.export.versions import version_label
from wafd.i18n import N_
from wafd.model import Participant, Role, Schedule


@dataclass(frozen=True)
class Visitor:
    name: str
    title: str
    organisation: str
    interests: str
    looking_for: str


@dataclass(frozen=True)
class Visit:
    when: str
    place: str
    title: str
    venue: str
    themes: str
    reasons: list[str]
    visitors: list[Visitor]


@dataclass(frozen=True)
class HostBriefing:
    participant_id: str
    language: str
    direction: str
    title: str
    host: str
    organisation: str
    mission: str
    objectives: str
    visits: list[Visit]
    version: str = ""


def build_host_briefing(
    facts: MissionFacts, schedule: Schedule, host: Participant, say: Localizer
) -> HostBriefing:
    themes = facts.mission.theme_index()
    visits = []
    for meeting in (facts.localized(m) for m in schedule.for_participant(host.id)):
        leg = facts.leg_of(meeting)
        day = facts.local_day(meeting)
        venue = facts.venues.get(meeting.venue or "")
        visitors = [
            Visitor(
                name=p.display_name(say.language),
                title=p.title,
                organisation=facts.organisation_name(p, say),
                interests=say.join([say.text(themes[t].label) for t in p.themes if t in themes]),
                looking_for=in_reader_language(say, p.needs, p.needs_in),
            )
            for p in facts.with_role(meeting, Role.DELEGATE, Role.ORGANISER)
        ]
        title = meeting.title
        if title == facts.organisation_name(host, say):  # a visit is named after its host
            title = say(KIND_LABELS.get(meeting.kind.value, N_("Meeting")))
        visits.append(
            Visit(
                when=f"{say.day(day)}, {say.time_range(meeting.start, meeting.end)}",
                place=say.place(leg, day) if leg else "",
                title=title,
                venue=", ".join(filter(None, (venue.name, venue.address))) if venue else "",
                themes=say.join(facts.theme_labels(meeting, say)),
                reasons=facts.reasons(meeting, say),
                visitors=visitors,
            )
        )
    return HostBriefing(
        participant_id=host.id,
        language=say.language,
        direction=say.direction,
        title=say(N_("Host briefing: who is coming and why")),
        host=host.name,
        organisation=facts.organisation_name(host, say),
        mission=say.text(facts.mission.name),
        objectives=say.text(facts.mission.objectives),
        visits=visits,
        version=version_label(schedule, say),
    )
