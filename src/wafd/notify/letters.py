"""The words of each kind of message: programme, change notice, reminder, invitation, note.

Each function writes one ``Letter`` for one reader, in the reader's language, from facts the
engine already computes (the itinerary, the schedule diff). Attachments are the personal
itinerary PDF and one iTIP invitation per meeting concerned.
"""

from datetime import date

from wafd.export.itinerary import Itinerary, Stop, build_itinerary
from wafd.export.pdf_documents import itinerary_pdf
from wafd.model import Participant
from wafd.notify.changes import HEADINGS, PersonalChange, describe
from wafd.notify.itip import invitation_attachments
from wafd.notify.letter import Attachment, Letter, Section
from wafd.notify.outgoing import Context
from wafd.notify.words import Words


def greeting(words: Words, participant_name: str) -> str:
    return words("Dear {name},", name=participant_name)


def mission_name(context: Context, words: Words) -> str:
    return context.mission.name.get(words.language)


def _site_link(context: Context, words: Words) -> tuple[str, str] | None:
    if not context.site_url:
        return None
    return (words("See your agenda online"), context.site_url)


def _day_sections(itinerary: Itinerary, words: Words) -> tuple[Section, ...]:
    sections = []
    for day in itinerary.days:
        stops = [entry for entry in day.entries if isinstance(entry, Stop)]
        if stops:
            lines = tuple(
                " · ".join(filter(None, (stop.time, stop.title, stop.venue))) for stop in stops
            )
            sections.append(Section(f"{day.heading} · {day.place}", lines))
    return tuple(sections)


def _itinerary_pdf(itinerary: Itinerary, participant: Participant) -> Attachment:
    return Attachment(
        filename=f"itinerary-{participant.id}-{itinerary.language}.pdf",
        content=itinerary_pdf(itinerary),
        maintype="application",
        subtype="pdf",
    )


def programme_letter(context: Context, participant: Participant, words: Words) -> Letter:
    """The first publication: the whole personal programme, PDF and one invitation a meeting."""
    say = words.dates
    itinerary = build_itinerary(context.facts, context.schedule, participant, say)
    meetings = context.schedule.for_participant(participant.id)
    mission = mission_name(context, words)
    paragraphs = [
        words(
            "Here is your programme for {mission}: {count} meetings. Your itinerary is attached "
            "as a PDF, and each meeting as a calendar invitation your phone or mail program can "
            "add to your calendar.",
            mission=mission,
            count=len(meetings),
        ),
        words("All times are local times of the city where the meeting takes place."),
    ]
    invites = invitation_attachments(
        context.facts, meetings, organizer=context.sender, say=say, stamp=context.now
    )
    return Letter(
        language=words.language,
        subject=words("Your programme: {mission}", mission=mission),
        greeting=greeting(words, participant.display_name(words.language)),
        paragraphs=tuple(paragraphs),
        sections=_day_sections(itinerary, words),
        link=_site_link(context, words),
        footer=words("Sent by the organisers of {mission}.", mission=mission),
        attachments=(_itinerary_pdf(itinerary, participant), *invites),
    )


def change_letter(
    context: Context, participant: Participant, words: Words, changes: list[PersonalChange]
) -> Letter:
    """What changed for this reader only, the updated PDF and invitations that update or cancel."""
    say = words.dates
    mission = mission_name(context, words)
    sections = []
    for kind, heading in HEADINGS.items():
        lines = tuple(describe(context.facts, words, c) for c in changes if c.kind == kind)
        if lines:
            sections.append(Section(words(heading), lines))
    itinerary = build_itinerary(context.facts, context.schedule, participant, say)
    invites = invitation_attachments(
        context.facts,
        [change.meeting for change in changes],
        organizer=context.sender,
        say=say,
        stamp=context.now,
    )
    return Letter(
        language=words.language,
        subject=words("Changes to your programme: {mission}", mission=mission),
        greeting=greeting(words, participant.display_name(words.language)),
        paragraphs=(
            words(
                "Version {version} of the programme changes {count} of your meetings. The "
                "attached invitations update your calendar; your new itinerary is attached.",
                version=context.schedule.version,
                count=len(changes),
            ),
        ),
        sections=tuple(sections),
        link=_site_link(context, words),
        footer=words("Sent by the organisers of {mission}.", mission=mission),
        attachments=(_itinerary_pdf(itinerary, participant), *invites),
    )


def reminder_letter(context: Context, participant: Participant, words: Words, day: date) -> Letter:
    """The evening before: tomorrow's meetings in tomorrow's city's local time."""
    itinerary = build_itinerary(context.facts, context.schedule, participant, words.dates)
    heading = words.dates.day(day)
    sections = tuple(s for s in _day_sections(itinerary, words) if s.heading.startswith(heading))
    count = sum(len(section.lines) for section in sections)
    mission = mission_name(context, words)
    return Letter(
        language=words.language,
        subject=words("Tomorrow, {day}: {count} meetings", day=heading, count=count),
        greeting=greeting(words, participant.display_name(words.language)),
        paragraphs=(words("Your meetings tomorrow, in local time:"),),
        sections=sections,
        link=_site_link(context, words),
        footer=optional_footer(words, mission),
    )


def note_letter(
    context: Context, participant: Participant, words: Words, *, subject: str, body: str
) -> Letter:
    """An organiser's own message to a group, written once in the organiser's words."""
    paragraphs = tuple(part.strip() for part in body.split("\n\n") if part.strip())
    return Letter(
        language=words.language,
        subject=" ".join(subject.split()),  # one line: a header cannot hold a line break
        greeting=greeting(words, participant.display_name(words.language)),
        paragraphs=paragraphs,
        link=_site_link(context, words),
        footer=optional_footer(words, mission_name(context, words)),
    )


def site_invitation_letter(
    *, mission_name: str, name: str, words: Words, link: str, expires: date
) -> Letter:
    """An invitation to join a mission on the web site: a single-use link to accept it.

    The same letter goes to a new person (who chooses a password at the link) and to
    someone who already has an account (who logs in there): nobody is added to a mission
    before they accept, and the organiser never learns which addresses have accounts.
    """
    return Letter(
        language=words.language,
        subject=words("Your access to {mission}", mission=mission_name),
        greeting=greeting(words, name),
        paragraphs=(
            words(
                "The organisers of {mission} invite you to follow your programme on the "
                "mission's site. Open the link below to accept: if you have no account yet, "
                "you choose your password there; if you have one, you log in.",
                mission=mission_name,
            ),
            words("The link works once and expires on {date}.", date=words.dates.day(expires)),
        ),
        link=(words("Accept the invitation"), link),
        footer=words("If you did not expect this message, you can ignore it."),
    )


def optional_footer(words: Words, mission: str) -> str:
    return words(
        "Sent by the organisers of {mission}. You can turn off reminders and group messages "
        "in your profile on the mission's site.",
        mission=mission,
    )
