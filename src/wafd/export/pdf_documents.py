"""Draw itineraries, briefing books, host briefings and the logistics extract as PDF."""

from wafd.export.briefing import Briefing
from wafd.export.host_briefing import HostBriefing
from wafd.export.itinerary import FreeTime, Itinerary
from wafd.export.journey_entries import Remark, Travel
from wafd.export.localize import Localizer
from wafd.export.logistics import LogisticsExtract
from wafd.export.pdf_base import PrintedDocument, plain
from wafd.i18n import N_

TIME_AND_DETAILS = (34, 140)


def _labelled(say: Localizer, label: str, value: str) -> str:
    return f"**{say.label(say(label))}** {plain(value)}" if value else ""


def _stop_details(say: Localizer, entry_title: str, kind: str, lines: list[str]) -> str:
    head = f"**{plain(say.embed(entry_title))}** · {kind}"
    return "\n".join([head, *(line for line in lines if line)])


def draw_itinerary_days(document: PrintedDocument, itinerary: Itinerary) -> None:
    """The day-by-day body, shared by the personal itinerary and the briefing book."""
    say = document.say
    for day in itinerary.days:
        document.heading(day.heading, level=2, subtitle=day.place)
        rows: list[list[str]] = []
        shaded: list[int] = []
        for entry in day.entries:
            if isinstance(entry, FreeTime):
                shaded.append(len(rows))
                rows.append([entry.time, entry.label])
                continue
            if isinstance(entry, Remark):
                if entry.kind == "note":
                    shaded.append(len(rows))
                lines = [f"**{plain(entry.label)}**", *(plain(d) for d in entry.details)]
                rows.append([entry.time, "\n".join(lines)])
                continue
            if isinstance(entry, Travel):
                lines = [f"**{plain(entry.title)}**", plain(entry.route)]
                rows.append(
                    [f"**{entry.time}**", "\n".join(lines + [plain(d) for d in entry.details])]
                )
                continue
            venue = say.comma.join(say.embed(part) for part in (entry.venue, entry.address) if part)
            details = _stop_details(
                say,
                entry.title,
                entry.kind,
                [
                    _labelled(say, N_("Venue"), venue),
                    _labelled(say, N_("With"), say.join(entry.attendees)),
                    _labelled(say, N_("Themes"), say.join(entry.themes)),
                    _labelled(
                        say, N_("Why"), say.semicolon.join(say.embed(r) for r in entry.reasons)
                    ),
                    _labelled(say, N_("Contact"), entry.contact),
                    plain(entry.travel_next),
                    f"**{plain(entry.change)}**" if entry.change else "",
                ],
            )
            rows.append([f"**{entry.time}**", details])
        document.grid(None, rows, TIME_AND_DETAILS, shaded_rows=shaded)


def draw_changes(document: PrintedDocument, itinerary: Itinerary) -> None:
    """What changed since the previous version, before the days (nothing when unknown)."""
    if not itinerary.changes:
        return
    document.heading(itinerary.changes, level=2, accent=True)
    document.bullets(itinerary.cancelled)
    if not itinerary.cancelled:
        document.paragraph(document.say(N_("Changed meetings are marked in the programme.")))


def itinerary_pdf(itinerary: Itinerary) -> bytes:
    say = Localizer(itinerary.language)
    document = PrintedDocument(say, f"{itinerary.name} · {itinerary.mission}")
    document.add_page()
    document.title_block(
        itinerary.title,
        itinerary.name,
        [
            itinerary.subtitle,
            itinerary.mission,
            itinerary.version,
            say(N_("All times are local to each city.")),
        ],
    )
    draw_changes(document, itinerary)
    draw_itinerary_days(document, itinerary)
    return bytes(document.output())


def briefing_pdf(book: Briefing, version_label: str) -> bytes:
    say = Localizer(book.language)
    document = PrintedDocument(say, f"{book.mission} · {book.title}")
    _cover(document, book, version_label)
    document.add_page()
    document.heading(say(N_("Mission summary")))
    document.paragraph(book.objectives)
    document.grid([label for label, _ in book.summary], [[v for _, v in book.summary]],
                  [43.5] * 4)  # fmt: skip
    document.heading(say(N_("Delegation")))
    document.grid(
        [say(N_("Name")), say(N_("Title")), say(N_("Organisation")), say(N_("Role"))],
        [[plain(cell) for cell in row] for row in book.roster],
        (40, 44, 66, 24),
    )
    document.ensure_space(90)
    document.heading(say(N_("Programme")))
    leg = ""
    for day in book.programme:
        if day.leg != leg:
            leg = day.leg
            document.heading(leg, level=2, accent=True)
        document.heading(day.heading, level=3, subtitle=day.place)
        document.grid(
            [say(N_("Time")), say(N_("Meeting")), say(N_("Venue")), say(N_("Attendees"))],
            [[plain(cell) for cell in row] for row in day.rows],
            (30, 50, 42, 52),
        )
    for host in book.hosts:
        document.add_page()
        document.heading(host.name, subtitle=" · ".join(host.hosts))
        document.paragraph(host.profile)
        document.heading(say(N_("Why we meet")), level=2)
        document.bullets(host.why)
        document.heading(say(N_("Meetings")), level=2)
        document.grid(
            [say(N_("When")), say(N_("Meeting")), say(N_("Delegation attendees"))],
            [[plain(cell) for cell in row] for row in host.meetings],
            (44, 60, 70),
        )
    for itinerary in book.itineraries:
        document.add_page()
        document.heading(itinerary.name, subtitle=itinerary.subtitle)
        draw_itinerary_days(document, itinerary)
    return bytes(document.output())


def _cover(document: PrintedDocument, book: Briefing, version_label: str) -> None:
    say = document.say
    document.add_page()
    document.set_fill_color(11, 93, 75)
    document.rect(0, 0, document.w, 95, style="F")
    document.set_text_color(255, 255, 255)
    document.set_y(38)
    document.set_font(document.main_family, "B", 13)
    document.multi_cell(0, 8, book.title, align=document.align, new_x="LMARGIN", new_y="NEXT")
    document.set_font(document.main_family, "B", 24)
    document.multi_cell(0, 12, book.mission, align=document.align, new_x="LMARGIN", new_y="NEXT")
    document.set_y(110)
    document.set_text_color(28, 32, 36)
    for label, value in (
        (N_("Dates"), book.dates),
        (N_("Cities"), book.cities),
        (N_("Organisers"), book.organisers),
        (N_("Programme version"), version_label),
    ):
        if value:
            document.set_font(document.main_family, "B", 9)
            document.set_text_color(96, 104, 112)
            document.multi_cell(0, 5, say(label), align=document.align, new_x="LMARGIN",
                                new_y="NEXT")  # fmt: skip
            document.set_font(document.main_family, "", 12)
            document.set_text_color(28, 32, 36)
            document.multi_cell(0, 7, value, align=document.align, new_x="LMARGIN", new_y="NEXT")
            document.ln(3)


def host_briefing_pdf(briefing: HostBriefing) -> bytes:
    say = Localizer(briefing.language)
    document = PrintedDocument(say, f"{briefing.organisation} · {briefing.mission}")
    document.add_page()
    document.title_block(
        briefing.title,
        briefing.organisation,
        [briefing.host, briefing.mission, briefing.version],
    )
    document.paragraph(briefing.objectives, muted=True)
    for visit in briefing.visits:
        document.heading(visit.title, level=2, subtitle=f"{visit.when} · {visit.place}")
        document.paragraph(f"{say.label(say(N_('Venue')))} {visit.venue}")
        if visit.themes:
            document.paragraph(f"{say.label(say(N_('Themes')))} {visit.themes}")
        document.bullets(visit.reasons)
        headers = [N_("Visitor"), N_("Organisation"), N_("Interests"), N_("Looking for")]
        document.grid(
            [say(header) for header in headers],
            [
                [
                    f"**{plain(v.name)}**\n{plain(v.title)}",
                    plain(v.organisation),
                    plain(v.interests),
                    plain(v.looking_for),
                ]
                for v in visit.visitors
            ],
            (36, 40, 38, 60),
        )
    return bytes(document.output())


def logistics_pdf(extract: LogisticsExtract) -> bytes:
    say = Localizer("en")
    document = PrintedDocument(say, f"{extract.mission} · {extract.title}", landscape=True)
    document.legend = extract.legend
    document.add_page()
    document.title_block(extract.title, extract.mission, [extract.version, extract.note])
    rows = [
        [
            plain(t.day),
            f"**{plain(t.pick_up)}**" + (" *" if t.estimated else ""),
            plain(t.origin),
            plain(t.destination),
            plain(t.purpose),
            f"**({t.count})** " + ", ".join(plain(p) for p in t.passengers),
        ]
        for t in extract.transfers
    ]
    document.grid(extract.headers, rows, (22, 20, 58, 58, 45, 58))
    return bytes(document.output())
