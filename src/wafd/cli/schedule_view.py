"""How scheduling results look in the terminal: verdict, proof, what is missing and why.

Everything here only renders values the engine returned (``ScheduleResult``,
``ScheduleViolation``, ``MeetingChange``); names replace ids, times are local to each leg.
"""

from __future__ import annotations

from datetime import datetime

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from wafd.cli.schedule_progress import LEVEL_NAMES
from wafd.cli.schedule_text import day_label, say
from wafd.i18n import N_
from wafd.model import Mission, ScheduledMeeting, UnscheduledRequest
from wafd.schedule import MeetingChange, Notice, ScheduleResult, ScheduleViolation

STATUS_STYLE = {"optimal": "green", "feasible": "yellow", "infeasible": "red", "unknown": "red"}
STATUS_TEXT = {
    "optimal": N_("optimal: no better schedule exists"),
    "feasible": N_("feasible: good, not proven best within the time limit"),
    "infeasible": N_("infeasible: the fixed and required meetings cannot all take place"),
    "unknown": N_("unknown: no schedule found within the time limit"),
}

SHOWN_PER_RULE = 20
"""Rows (and meeting ids in a row) shown per rule; the count of the rest follows."""


def local(mission: Mission, meeting: ScheduledMeeting, instant: datetime) -> datetime:
    """``instant`` on the wall clock of the meeting's leg."""
    leg = mission.leg_index().get(meeting.leg or "")
    return instant.astimezone(leg.zone) if leg else instant


def when(mission: Mission, meeting: ScheduledMeeting, lang: str) -> str:
    start, end = local(mission, meeting, meeting.start), local(mission, meeting, meeting.end)
    return f"{day_label(start.date(), lang)} {start:%H:%M}–{end:%H:%M}"


def names(mission: Mission) -> dict[str, str]:
    """Display names of participants and organisations by id (built once per rendering)."""
    found = {o.id: o.name.get("en") for o in mission.organisations}
    found |= {p.id: p.name for p in mission.participants}
    return found


def render_result(console: Console, mission: Mission, result: ScheduleResult, lang: str) -> None:
    style = STATUS_STYLE.get(result.status, "red")
    verdict = say(lang, STATUS_TEXT.get(result.status, result.status))
    console.print(f"[bold {style}]{escape(verdict)}[/]")
    table = Table(show_header=True, title_justify="left")
    table.add_column(say(lang, N_("Objective")))
    table.add_column(say(lang, N_("Found")), justify="right")
    table.add_column(say(lang, N_("Proven bound")), justify="right")
    table.add_column(say(lang, N_("Gap")), justify="right")
    for level in ("value", "breaks"):
        if level in result.objective:
            bound, gap = result.bound.get(level), result.gap(level)
            table.add_row(
                say(lang, LEVEL_NAMES[level]),
                str(result.objective[level]),
                "" if bound is None else str(bound),
                "" if gap is None else f"{gap:.1%}",
            )
    if result.objective:
        console.print(table)
    facts = say(
        lang,
        N_("{meetings} meetings, {unscheduled} requests unscheduled, solved in {seconds:.1f} s"),
        meetings=len(result.schedule.meetings),
        unscheduled=len(result.unscheduled),
        seconds=result.seconds,
    )
    console.print(escape(facts))
    render_notices(console, result.conflicts, lang, N_("Conflicts"), "red")
    render_notices(console, result.issues, lang, N_("Problems in the mission"), "yellow")
    render_unscheduled(console, mission, result.unscheduled, lang)


def render_notices(
    console: Console, notices: tuple[Notice, ...], lang: str, title: str, style: str
) -> None:
    if notices:
        console.print(f"[bold {style}]{escape(say(lang, title))}[/]")
        for notice in notices:
            console.print(f"  • {escape(notice.render(lang))}", soft_wrap=True)


def render_unscheduled(
    console: Console, mission: Mission, requests: tuple[UnscheduledRequest, ...], lang: str
) -> None:
    if not requests:
        return
    table = Table(title=say(lang, N_("Unscheduled requests")), title_justify="left", expand=True)
    table.add_column(say(lang, N_("Requester")))
    table.add_column(say(lang, N_("Wants to meet")))
    table.add_column(say(lang, N_("Preference")))
    table.add_column(say(lang, N_("Why not")), ratio=3)
    name = names(mission)
    for request in sorted(requests, key=lambda r: (r.preference != "must", r.requester)):
        style = "bold red" if request.preference == "must" else ""
        table.add_row(
            escape(name.get(request.requester, request.requester)),
            escape(name.get(request.target, request.target)),
            f"[{style}]{request.preference}[/]" if style else request.preference,
            escape(request.reason),
        )
    console.print(table)


def render_violations(
    console: Console, mission: Mission, violations: list[ScheduleViolation], lang: str
) -> None:
    if not violations:
        console.print(f"[green]✓[/] {escape(say(lang, N_('The schedule is valid.')))}")
        return
    table = Table(title=say(lang, N_("Violations")), title_justify="left", expand=True)
    table.add_column(say(lang, N_("Rule")), no_wrap=True)
    table.add_column(say(lang, N_("Meetings")))
    table.add_column(say(lang, N_("Problem")), ratio=3)
    by_rule: dict[str, list[ScheduleViolation]] = {}
    for violation in violations:
        by_rule.setdefault(violation.constraint, []).append(violation)
    for rule, found in by_rule.items():
        for violation in found[:SHOWN_PER_RULE]:
            ids = violation.meetings
            shown = ", ".join(ids[:SHOWN_PER_RULE])
            if len(ids) > SHOWN_PER_RULE:
                shown += " " + say(lang, N_("… and {count} more"), count=len(ids) - SHOWN_PER_RULE)
            table.add_row(rule, escape(shown), escape(violation.render(lang)))
        if len(found) > SHOWN_PER_RULE:
            more = say(lang, N_("… and {count} more"), count=len(found) - SHOWN_PER_RULE)
            table.add_row(rule, "", escape(more))
    console.print(table)
    count = say(lang, N_("{count} violation(s)"), count=len(violations))
    console.print(f"[red]✗[/] {escape(count)}")


def render_changes(
    console: Console, mission: Mission, changes: tuple[MeetingChange, ...], lang: str
) -> None:
    if not changes:
        console.print(escape(say(lang, N_("Nothing changes."))))
        return
    marks = {"added": "[green]+[/]", "cancelled": "[red]-[/]", "moved": "[yellow]~[/]"}
    table = Table(title=say(lang, N_("Changes")), title_justify="left", expand=True)
    table.add_column("", no_wrap=True)
    table.add_column(say(lang, N_("Meeting")))
    table.add_column(say(lang, N_("Before")))
    table.add_column(say(lang, N_("After")))
    name = names(mission)
    for change in changes:
        before = when(mission, change.old, lang) if change.old else ""
        after = when(mission, change.new, lang) if change.new else ""
        if change.kind == "cancelled":
            after = say(lang, N_("cancelled"))
        elif change.kind == "updated" and change.old and change.new:
            left = set(change.old.participants) - set(change.new.participants)
            joined = set(change.new.participants) - set(change.old.participants)
            after = (
                " ".join(
                    [f"-{name.get(p, p)}" for p in sorted(left)]
                    + [f"+{name.get(p, p)}" for p in sorted(joined)]
                )
                or after
            )
        meeting = change.new or change.old
        title = meeting.title if meeting else change.meeting_id
        table.add_row(marks.get(change.kind, "[cyan]*[/]"), escape(title), before, escape(after))
    console.print(table)
