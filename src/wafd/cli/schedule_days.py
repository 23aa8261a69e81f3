"""Each delegate's days, and the visits that run in parallel: the schedule as people live it.

A delegate's day lists meetings in local time with the lunch break and the travel between
venues (the minutes the scheduler reserved), so an organiser can see at a glance that the day
holds together. The parallel view shows the delegation splitting into sub-groups.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date

from rich.console import Console, Group, RenderableType
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from wafd.cli.schedule_text import day_label, say
from wafd.cli.schedule_view import local
from wafd.i18n import N_
from wafd.model import MeetingStatus, Mission, Role, Schedule, ScheduledMeeting
from wafd.schedule.travel import travel_minutes


def _venue_name(mission: Mission, meeting: ScheduledMeeting) -> str:
    venue = mission.venue_index().get(meeting.venue or "")
    return venue.name if venue else ""


def _by_day(
    mission: Mission, meetings: list[ScheduledMeeting]
) -> dict[date, list[ScheduledMeeting]]:
    days: dict[date, list[ScheduledMeeting]] = defaultdict(list)
    for meeting in sorted(meetings, key=lambda m: m.start):
        days[local(mission, meeting, meeting.start).date()].append(meeting)
    return dict(days)


def _travel_line(
    mission: Mission, before: ScheduledMeeting, after: ScheduledMeeting, lang: str
) -> str | None:
    venues = mission.venue_index()
    origin, destination = venues.get(before.venue or ""), venues.get(after.venue or "")
    if origin is None or destination is None or origin.id == destination.id:
        return None
    minutes = travel_minutes(mission, origin, destination)
    return f"[dim]→ {escape(say(lang, N_('{minutes} min travel'), minutes=minutes))}[/]"


def _meeting_line(mission: Mission, meeting: ScheduledMeeting) -> str:
    """The title, then the short venue name (before a comma or bracket) unless the title has it."""
    venue = re.split(r",| \(", _venue_name(mission, meeting), maxsplit=1)[0].strip()
    if not venue or venue.casefold() in meeting.title.casefold():
        return escape(meeting.title)
    return f"{escape(meeting.title)} [dim]· {escape(venue)}[/]"


def delegate_days(mission: Mission, schedule: Schedule, participant_id: str, lang: str) -> Group:
    """One delegate's days: the day is a heading, then one line per meeting, lunch and travel.

    A grid rather than a table with a day column: a four-column table wraps every cell into
    several lines at 80 columns, while here only a long title wraps, under itself.
    """
    person = mission.participant_index()[participant_id]
    parts: list[RenderableType] = [Text(person.display_name(lang), style="bold underline")]
    for day, meetings in _by_day(mission, schedule.for_participant(participant_id)).items():
        leg = mission.leg_on(day)
        parts.append(Text("  " + day_label(day, lang) + (f" · {leg.city}" if leg else ""), "bold"))
        grid = Table.grid(padding=(0, 2))
        grid.add_column(no_wrap=True)
        grid.add_column(overflow="fold")
        lunch_shown = False
        previous: ScheduledMeeting | None = None
        for meeting in meetings:
            start = local(mission, meeting, meeting.start)
            if leg and leg.lunch_start and not lunch_shown and start.time() >= leg.lunch_start:
                lunch = f"{leg.lunch_start:%H:%M}–{leg.lunch_end:%H:%M}" if leg.lunch_end else ""
                grid.add_row(f"    [dim]{lunch}[/]", f"[dim]{escape(say(lang, N_('lunch')))}[/]")
                lunch_shown = True
            if previous is not None and (line := _travel_line(mission, previous, meeting, lang)):
                grid.add_row("", line)
            end = local(mission, meeting, meeting.end)
            grid.add_row(f"    {start:%H:%M}–{end:%H:%M}", _meeting_line(mission, meeting))
            previous = meeting
        parts.append(grid)
    return Group(*parts)


def render_delegate_days(
    console: Console, mission: Mission, schedule: Schedule, lang: str, *, limit: int | None = None
) -> None:
    """Every delegate's days (or the first ``limit`` delegates with meetings), one after another."""
    delegates = [
        person.id
        for person in mission.participants_with_role(Role.DELEGATE)
        if schedule.for_participant(person.id)
    ]
    for participant_id in delegates[:limit]:
        console.print(delegate_days(mission, schedule, participant_id, lang))
        console.print()


def overlapping_clusters(meetings: list[ScheduledMeeting]) -> list[list[ScheduledMeeting]]:
    """Meetings grouped so that each group is a chain of overlapping meetings (a sweep)."""
    clusters: list[list[ScheduledMeeting]] = []
    for meeting in sorted(meetings, key=lambda m: (m.start, m.id)):
        if clusters and meeting.start < max(m.end for m in clusters[-1]):
            clusters[-1].append(meeting)
        else:
            clusters.append([meeting])
    return [c for c in clusters if len(c) > 1]


def render_parallel_visits(
    console: Console, mission: Mission, schedule: Schedule, lang: str
) -> None:
    """Times when the delegation is split into sub-groups visiting different hosts."""
    delegates = {p.id for p in mission.participants_with_role(Role.DELEGATE)}
    active = [m for m in schedule.meetings if m.status != MeetingStatus.CANCELLED]
    title = say(lang, N_("Sub-groups visiting in parallel"))
    table = Table(title=title, title_justify="left", expand=True)
    table.add_column(say(lang, N_("From")), no_wrap=True)
    table.add_column(say(lang, N_("Visits at the same time (delegates)")), ratio=4)
    for cluster in overlapping_clusters(active):
        groups = [f"{escape(m.title)} ({len(delegates & set(m.participants))})" for m in cluster]
        start = local(mission, cluster[0], cluster[0].start)
        table.add_row(f"{day_label(start.date(), lang)} {start:%H:%M}", " ‖ ".join(groups))
    if table.row_count:
        console.print(table)
