"""Renders a ``MissionSummary`` as Rich tables, labelled in the reader's language.

Used by ``wafd show`` and ``wafd demo``; the figures come from
``wafd.io.summary.summarise_mission`` so that the web shows the same ones.
"""

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

from babel import Locale
from babel.dates import format_date, format_interval
from rich.console import Console, Group
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table

from wafd.i18n import N_, translate
from wafd.io.summary import MissionSummary
from wafd.model import EventKind, Language, MeetingKind, OrganisationKind, Role

ORGANISATION_KINDS: dict[OrganisationKind, str] = {
    OrganisationKind.MINISTRY: N_("Ministries"),
    OrganisationKind.AGENCY: N_("Agencies"),
    OrganisationKind.PUBLIC_BODY: N_("Public bodies"),
    OrganisationKind.COMPANY: N_("Companies"),
    OrganisationKind.STARTUP: N_("Startups"),
    OrganisationKind.INVESTOR: N_("Investors"),
    OrganisationKind.ASSOCIATION: N_("Associations"),
    OrganisationKind.CHAMBER: N_("Chambers of commerce"),
    OrganisationKind.UNIVERSITY: N_("Universities"),
    OrganisationKind.RESEARCH: N_("Research centres"),
    OrganisationKind.TECHNOPARK: N_("Technoparks"),
    OrganisationKind.OTHER: N_("Other"),
}
ROLES: dict[Role, str] = {
    Role.DELEGATE: N_("Delegates"),
    Role.HOST: N_("Hosts"),
    Role.ORGANISER: N_("Organisers"),
}
MEETING_KINDS: dict[MeetingKind, str] = {
    MeetingKind.ONE_TO_ONE: N_("One-to-one"),
    MeetingKind.GROUP_VISIT: N_("Group visit"),
    MeetingKind.BRIEFING: N_("Briefing"),
    MeetingKind.RECEPTION: N_("Reception"),
}
LONG = "EEE d MMM y"
NAMES_SHOWN = 12

EVENT_KINDS: dict[EventKind, str] = {
    EventKind.TOUR: N_("Trade mission (tour)"),
    EventKind.B2B: N_("B2B brokerage event"),
}
# Separators, translated like words so that Arabic gets its own punctuation.
N_(", ")
N_("; ")


class SummaryView:
    """Builds the renderables of one summary for one reader's language."""

    def __init__(self, summary: MissionSummary, language: Language) -> None:
        self.summary = summary
        self.language = language

    def _(self, message: str) -> str:
        return translate("cli", self.language, message)

    def day(self, value: date | None, pattern: str = "EEE d MMM") -> str:
        return format_date(value, pattern, locale=self.language) if value else "—"

    @staticmethod
    def clock(value: time | None) -> str:
        return value.strftime("%H:%M") if value else "—"

    def table(self, title: str, *columns: str) -> Table:
        table = Table(title=self._(title), title_justify="left", title_style="bold")
        for column in columns:
            table.add_column(self._(column))
        return table

    def field(self, label: str, value: str) -> str:
        """``Label: value`` with the reader's punctuation (French puts a space before ``:``)."""
        return self._(N_("{label}: {value}")).format(label=self._(label), value=escape(value))

    def joined(self, items: Iterable[str], separator: str = ", ") -> str:
        """Items joined with the reader's separator (Arabic uses ، and ؛)."""
        return self._(separator).join(items)

    def header(self) -> Panel:
        s, _ = self.summary, self._
        days = (s.end_date - s.start_date).days + 1 if s.start_date and s.end_date else 0
        length = _(N_("1 day")) if days == 1 else _(N_("{days} days")).format(days=days)
        span = f"{self.day(s.start_date, LONG)} – {self.day(s.end_date, LONG)} ({length})"
        language_names = Locale.parse(self.language).languages
        lines = [
            f"[bold]{escape(s.name.get(self.language))}[/bold]",
            self.field(N_("Mission id"), s.id),
            self.field(N_("Kind"), _(EVENT_KINDS[s.kind])),
            self.field(
                N_("Organisers"),
                self.joined((o.get(self.language) for o in s.organisers), N_("; ")),
            ),
            self.field(N_("Dates"), span),
            self.field(
                N_("Languages"),
                self.joined(language_names.get(str(code), code) for code in s.languages),
            ),
        ]
        return Panel("\n".join(lines), title="Wafd — وفد", title_align="left")

    def legs(self) -> Table:
        table = self.table(
            N_("Legs"),
            N_("City"),
            N_("Time zone"),
            N_("Dates"),
            N_("Working day (lunch)"),
            N_("Hosts"),
        )
        table.columns[1].no_wrap = True
        table.columns[3].min_width = len("(00:00–00:00)")
        for leg in self.summary.legs:
            window = f"{self.clock(leg.day_start)}–{self.clock(leg.day_end)}"
            if leg.lunch_start and leg.lunch_end:
                window += (
                    f"\n[dim]({self.clock(leg.lunch_start)}–{self.clock(leg.lunch_end)})[/dim]"
                )
            dates = format_interval(leg.start_date, leg.end_date, "MMMd", locale=self.language)
            table.add_row(escape(leg.city), leg.timezone, dates, window, str(leg.hosts))
        return table

    def organisations(self) -> Table:
        table = self.table(N_("Organisations by kind"), N_("Kind"), N_("Count"), N_("Names"))
        for group in self.summary.organisations:
            names = self.joined(name.get(self.language) for name in group.names[:NAMES_SHOWN])
            if len(group.names) > NAMES_SHOWN:
                names += f" … (+{len(group.names) - NAMES_SHOWN})"
            table.add_row(
                self._(ORGANISATION_KINDS[group.kind]), str(len(group.names)), escape(names)
            )
        return table

    def roles(self) -> Table:
        table = self.table(
            N_("Participants by role"), N_("Role"), N_("People"), N_("Organisations")
        )
        for row in self.summary.roles:
            table.add_row(self._(ROLES[row.role]), str(row.people), str(row.organisations))
        return table

    def themes(self) -> Table:
        table = self.table(N_("Participants by theme"), N_("Theme"), N_("Delegates"), N_("Hosts"))
        for row in self.summary.themes:
            table.add_row(escape(row.label.get(self.language)), str(row.delegates), str(row.hosts))
        return table

    def requests(self) -> Table:
        counts = self.summary.requests
        table = self.table(N_("Requests"), N_("must"), N_("want"), N_("no"), N_("Mutual pairs"))
        table.add_row(str(counts.must), str(counts.want), str(counts.no), str(counts.mutual_pairs))
        return table

    def most_requested(self) -> Table:
        table = self.table(N_("Most requested"), N_("Organisation"), N_("Requesters"), N_("must"))
        for row in self.summary.most_requested:
            table.add_row(escape(row.name.get(self.language)), str(row.requesters), str(row.must))
        return table

    def meetings(self) -> Table:
        table = self.table(
            N_("Planned meetings"),
            N_("When"),
            N_("Kind"),
            N_("Title"),
            N_("Where"),
            N_("People"),
        )
        table.columns[0].no_wrap = True
        for row in self.summary.meetings:
            when = self.day(row.day)
            if row.day and row.start:
                end = datetime.combine(row.day, row.start) + timedelta(minutes=row.duration_minutes)
                when += f"\n{self.clock(row.start)}–{self.clock(end.time())}"
            else:
                when += "\n" + self._(N_("{minutes} min")).format(minutes=row.duration_minutes)
            where = escape(row.venue) + (f"\n[dim]{escape(row.city)}[/dim]" if row.city else "")
            table.add_row(
                when,
                self._(MEETING_KINDS[row.kind]),
                escape(row.title),
                where,
                str(row.participants),
            )
        return table

    def renderable(self) -> Group:
        s = self.summary
        parts: list[Panel | Table] = [self.header(), self.legs(), self.organisations()]
        parts += [self.roles(), self.themes(), self.requests()]
        if s.most_requested:
            parts.append(self.most_requested())
        if s.meetings:
            parts.append(self.meetings())
        return Group(*parts)


def render_summary(summary: MissionSummary, *, language: Language, console: Console) -> None:
    """Print ``summary`` on ``console`` with labels in ``language``."""
    console.print(SummaryView(summary, language).renderable())
