"""The briefing book's page per host organisation: who they are, why we meet, what to say.

A page gathers the organisation's profile, the organisers' background, objectives and talking
points (from the Briefs sheet, in the reader's language or marked with the language they were
written in), who receives the delegation and which delegates attend, the meetings, earlier
meetings with that host, and a map link computed from the venue's coordinates (no network is
needed to build it).
"""

import re
from dataclasses import dataclass

from wafd.export.facts import MissionFacts
from wafd.export.localize import Localizer
from wafd.model import Brief, LocalizedText, Organisation, Participant, Role, ScheduledMeeting

POINT_SPLIT = re.compile(r"[;؛\n]")


@dataclass(frozen=True)
class HostPage:
    name: str
    profile: str
    why: list[str]
    hosts: list[str]
    meetings: list[list[str]]  # when, meeting, delegation attendees
    background: str = ""
    objectives: str = ""
    talking_points: tuple[str, ...] = ()
    history: str = ""
    address: str = ""
    map_link: str = ""


def map_link(latitude: float | None, longitude: float | None) -> str:
    """An OpenStreetMap link to the point, or "" without coordinates."""
    if latitude is None or longitude is None:
        return ""
    lat, lon = f"{latitude:.5f}", f"{longitude:.5f}"
    return f"https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=17/{lat}/{lon}"


def host_organisations(facts: MissionFacts, hosts: list[Participant]) -> list[Organisation]:
    seen: dict[str, Organisation] = {}
    for host in hosts:
        organisation = facts.organisations.get(host.organisation)
        if organisation is not None:
            seen.setdefault(organisation.id, organisation)
    return list(seen.values())


def _merged(briefs: list[Brief], attribute: str) -> LocalizedText:
    values: dict[str, str] = {}
    for brief in briefs:
        text: LocalizedText = getattr(brief, attribute)
        for language in ("ar", "fr", "en"):
            part = getattr(text, language)
            if part:
                values[language] = "\n".join(filter(None, (values.get(language, ""), part)))
    return LocalizedText(**values)


def _points(say: Localizer, text: LocalizedText) -> tuple[str, ...]:
    """Talking points in the reader's language, else each marked with the one written in."""
    own = getattr(text, say.language)
    written = own or text.get(say.language)
    language = (
        say.language if own else next((x for x in ("en", "fr", "ar") if getattr(text, x)), None)
    )
    points = (p.strip() for p in POINT_SPLIT.split(written) if p.strip())
    return tuple(say.in_language(point, language) for point in points)


def host_page(
    facts: MissionFacts,
    say: Localizer,
    organisation: Organisation,
    meetings: list[ScheduledMeeting],
) -> HostPage:
    people = [p for p in facts.mission.participants if p.organisation == organisation.id]
    ids = {p.id for p in people}
    theirs = [m for m in meetings if ids & set(m.participants)]
    subjects = {organisation.id, *ids, *(m.id for m in theirs)}
    briefs = [b for b in facts.mission.briefs if b.subject in subjects]
    why: list[str] = []
    for meeting in theirs:
        for text in [*facts.reasons(meeting, say), *facts.theme_labels(meeting, say)]:
            if text not in why:
                why.append(text)
    venue = next(
        (facts.venues[p.venue] for p in people if p.venue and p.venue in facts.venues), None
    )
    return HostPage(
        name=say.text(organisation.name),
        profile=say.marked(organisation.description),
        why=why,
        hosts=[" · ".join(filter(None, (p.name, p.title))) for p in people],
        meetings=[
            [
                f"{say.short_day(facts.local_day(m))} {say.time_range(m.start, m.end)}",
                m.title,
                say.join(
                    [
                        p.display_name(say.language)
                        for p in facts.with_role(m, Role.DELEGATE, Role.ORGANISER)
                    ]
                ),
            ]
            for m in theirs
        ],
        background=say.marked(_merged(briefs, "background")),
        objectives=say.marked(_merged(briefs, "objectives")),
        talking_points=_points(say, _merged(briefs, "talking_points")),
        history=say.marked(_merged(briefs, "history")),
        address=", ".join(filter(None, (venue.name, venue.address))) if venue else "",
        map_link=map_link(venue.latitude, venue.longitude) if venue else "",
    )
