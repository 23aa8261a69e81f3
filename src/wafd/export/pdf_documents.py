"""Draw itineraries, briefing books, host briefings and the logistics extract as PDF."""

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
            f"**({t.count})** "
            + (plain(t.group) if t.group else ", ".join(map(plain, t.passengers))),
        ]
        for t in extract.transfers
    ]
    document.grid(extract.headers, rows, (22, 20, 58, 58, 45, 58))
    if extract.manifest:
        document.heading(extract.manifest_title, level=2)
        widths = (90, 60)[: len(extract.manifest_headers)]
        manifest = [[plain(cell) for cell in row] for row in extract.manifest]
        document.grid(extract.manifest_headers, manifest, widths)
    return bytes(document.output())
