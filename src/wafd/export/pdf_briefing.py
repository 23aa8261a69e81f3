"""Draw the delegation's briefing book as PDF.

In order: a cover naming the programme version, the mission summary and the delegation, the
contacts and emergency page, hotels per city and the transport plan, the programme day by day,
one page per host, then every delegate's itinerary.
"""

from wafd.export.briefing import Briefing
from wafd.export.host_pages import HostPage
from wafd.export.localize import Localizer
from wafd.export.pdf_base import MUTED, PrintedDocument, plain
from wafd.export.pdf_documents import draw_itinerary_days
from wafd.i18n import N_


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
    _practical_pages(document, book)
    document.add_page()
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
        _host(document, host)
    for itinerary in book.itineraries:
        document.add_page()
        document.heading(itinerary.name, subtitle=itinerary.subtitle)
        draw_itinerary_days(document, itinerary)
    return bytes(document.output())


def _practical_pages(document: PrintedDocument, book: Briefing) -> None:
    say = document.say
    if book.contacts:
        document.add_page()
        document.heading(say(N_("Contacts and emergencies")))
        document.grid(
            [say(N_("Who")), say(N_("Name")), say(N_("Phone")), say(N_("Where and when"))],
            [[plain(cell) for cell in row] for row in book.contacts],
            (32, 62, 42, 38),
        )
    if book.hotels:
        document.ensure_space(60)
        document.heading(say(N_("Hotels")))
        document.grid(
            [say(N_("City")), say(N_("Hotel")), say(N_("Nights")), say(N_("Confirmation"))],
            [
                [
                    plain(h.city),
                    f"**{plain(h.hotel)}**\n{plain(h.address)}",
                    f"{plain(h.nights)}\n{plain(h.guests)}",
                    plain(h.confirmation),
                ]
                for h in book.hotels
            ],
            (30, 68, 48, 28),
        )
    if book.transport:
        document.ensure_space(60)
        document.heading(say(N_("Transport plan")))
        document.grid(
            [say(N_("When")), say(N_("How")), say(N_("Route")), say(N_("Who")),
             say(N_("Booking reference"))],
            [[plain(cell) for cell in row] for row in book.transport],
            (30, 34, 56, 30, 24),
        )  # fmt: skip


def _host(document: PrintedDocument, host: HostPage) -> None:
    say = document.say
    document.heading(host.name, subtitle=" · ".join(host.hosts))
    if host.address:
        document.paragraph(host.address, size=9, muted=True)
    if host.map_link:
        document.set_font(document.main_family, "", 8)
        document.set_text_color(*MUTED)
        document.multi_cell(0, 4, host.map_link, align=document.align, link=host.map_link,
                            new_x="LMARGIN", new_y="NEXT")  # fmt: skip
        document.ln(2)
    document.paragraph(host.profile)
    for title, text in ((N_("Background"), host.background), (N_("Objectives"), host.objectives)):
        if text:
            document.heading(say(title), level=2)
            document.paragraph(text)
    if host.talking_points:
        document.heading(say(N_("Talking points")), level=2)
        document.bullets(list(host.talking_points))
    if host.why:
        document.heading(say(N_("Why we meet")), level=2)
        document.bullets(host.why)
    document.heading(say(N_("Meetings")), level=2)
    document.grid(
        [say(N_("When")), say(N_("Meeting")), say(N_("Delegation attendees"))],
        [[plain(cell) for cell in row] for row in host.meetings],
        (44, 60, 70),
    )
    if host.history:
        document.heading(say(N_("Earlier meetings")), level=2)
        document.paragraph(host.history)


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
