"""``export_documents``: every paper and file a mission hands out, in the readers' languages.

Everything is rendered in memory first and written only when all documents succeeded, as
one set swapped into place (``folder.write_document_set``), so a failed or interrupted export
leaves the previous set whole and no partial one.
"""

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from wafd.export.briefing import build_briefing
from wafd.export.calendar import calendar_ics
from wafd.export.facts import MissionFacts
from wafd.export.folder import refuse_unless_replaceable, write_document_set
from wafd.export.fonts import web_font_files
from wafd.export.host_briefing import build_host_briefing
from wafd.export.html_documents import (
    briefing_html,
    host_briefing_html,
    itinerary_html,
    logistics_html,
)
from wafd.export.itinerary import build_itinerary
from wafd.export.localize import Localizer
from wafd.export.logistics import build_logistics
from wafd.export.pdf_briefing import briefing_pdf
from wafd.export.pdf_documents import (
    host_briefing_pdf,
    itinerary_pdf,
    logistics_pdf,
)
from wafd.export.spreadsheet import schedule_workbook_bytes
from wafd.export.versions import version_label
from wafd.i18n import N_, SUPPORTED_LANGUAGES
from wafd.model import Mission, Participant, Role, Schedule

FORMATS: tuple[str, ...] = ("pdf", "ics", "html", "xlsx")
HOST_LANGUAGE = "en"

Rendered = list[tuple[Path, bytes]]


class ExportError(ValueError):
    """The export was asked for something that cannot be produced; says what to change.

    The message is kept as a catalogue id plus values so that the CLI and the
    web can show it in the user's language (``in_language``); ``str()`` is English.
    """

    def __init__(self, message: str, **values: str) -> None:
        self.message = message
        self.values = values
        super().__init__(message.format(**values))

    def in_language(self, language: str) -> str:
        return Localizer(language)(self.message, **self.values)


def export_documents(
    mission: Mission,
    schedule: Schedule,
    *,
    out_dir: Path,
    formats: Iterable[str] = FORMATS,
    languages: Iterable[str] | None = None,
    participant_ids: Sequence[str] | None = None,
    personal_data: bool = True,
    previous: Schedule | None = None,
    replace: bool = False,
    on_progress: Callable[[int, int], object] | None = None,
) -> list[Path]:
    """Write itineraries, briefing books, calendars, logistics and spreadsheets under ``out_dir``.

    ``participant_ids`` limits the export to those participants' own documents
    (itinerary, calendar, host briefing); without it the mission-wide documents
    (briefing books, mission calendar, logistics, schedule workbook) are written
    too. ``personal_data=False`` leaves e-mail addresses and phone numbers out. With
    ``previous`` (the version before ``schedule``) itineraries mark what changed. A folder that
    already holds documents is replaced only with ``replace=True`` (``FolderRefusedError``).
    ``on_progress(done, total)`` hears after each participant's documents (and once more
    for the mission-wide ones), for a progress bar.
    """
    wanted = _checked(formats, FORMATS, N_("Unknown format {values}: choose from {allowed}."))
    langs = _checked(
        languages or [str(x) for x in mission.languages],
        SUPPORTED_LANGUAGES,
        N_("Unknown language {values}: choose from {allowed}."),
    )
    if schedule.mission != mission.id:
        raise ExportError(
            N_(
                "The schedule belongs to mission {schedule}, not {mission}: "
                "export it with its own mission file."
            ),
            schedule=schedule.mission,
            mission=mission.id,
        )
    refuse_unless_replaceable(out_dir, replace=replace)
    people = _participants(mission, participant_ids)
    facts = MissionFacts(mission)
    rendered: Rendered = []
    total = len(people) + (participant_ids is None)
    for done, participant in enumerate(people, start=1):
        rendered += _personal(
            facts, (schedule, previous), participant, wanted, langs, personal_data
        )
        if on_progress is not None:
            on_progress(done, total)
    if participant_ids is None:
        rendered += _mission_wide(facts, (schedule, previous), wanted, langs, personal_data)
        if on_progress is not None:
            on_progress(total, total)
    if "html" in wanted:
        rendered += [(Path("html") / "fonts" / f.name, f.read_bytes()) for f in web_font_files()]
    return write_document_set(out_dir, rendered, replace=replace)


def _checked(values: Iterable[str], allowed: Sequence[str], message: str) -> list[str]:
    chosen = list(dict.fromkeys(v.strip().lower() for v in values if v.strip()))
    unknown = [v for v in chosen if v not in allowed]
    if unknown or not chosen:
        raise ExportError(message, values=", ".join(unknown) or "-", allowed=", ".join(allowed))
    return chosen


def _participants(mission: Mission, ids: Sequence[str] | None) -> list[Participant]:
    if ids is None:
        return list(mission.participants)
    index = mission.participant_index()
    missing = [pid for pid in ids if pid not in index]
    if missing:
        raise ExportError(
            N_(
                "No participant with id {ids} in mission {mission}: "
                "use an id from the Participants sheet."
            ),
            ids=", ".join(missing),
            mission=mission.id,
        )
    return [index[pid] for pid in ids]


def reader_language(participant: Participant, languages: Sequence[str]) -> str:
    """The participant's preferred language when it is being exported, else the first one."""
    if participant.role == Role.HOST and HOST_LANGUAGE in languages:
        return HOST_LANGUAGE
    preferred = str(participant.preferred_language)
    return preferred if preferred in languages else languages[0]


def _personal(
    facts: MissionFacts,
    versions: tuple[Schedule, Schedule | None],
    participant: Participant,
    formats: list[str],
    languages: list[str],
    personal_data: bool,
) -> Rendered:
    say = Localizer(reader_language(participant, languages))
    stem = f"itinerary-{participant.id}-{say.language}"
    schedule, previous = versions
    itinerary = build_itinerary(
        facts, schedule, participant, say, personal_data=personal_data, previous=previous
    )
    out: Rendered = []
    if "pdf" in formats:
        out.append((Path("pdf") / f"{stem}.pdf", itinerary_pdf(itinerary)))
    if "html" in formats:
        out.append((Path("html") / f"{stem}.html", itinerary_html(itinerary).encode()))
    if "ics" in formats:
        ics = calendar_ics(facts, schedule, say, reader=participant, personal_data=personal_data)
        out.append((Path("ics") / f"{participant.id}.ics", ics))
    if participant.role == Role.HOST:
        host = build_host_briefing(facts, schedule, participant, Localizer(HOST_LANGUAGE))
        name = f"host-briefing-{participant.id}-{HOST_LANGUAGE}"
        if "pdf" in formats:
            out.append((Path("pdf") / f"{name}.pdf", host_briefing_pdf(host)))
        if "html" in formats:
            out.append((Path("html") / f"{name}.html", host_briefing_html(host).encode()))
    return out


def _mission_wide(
    facts: MissionFacts,
    versions: tuple[Schedule, Schedule | None],
    formats: list[str],
    languages: list[str],
    personal_data: bool,
) -> Rendered:
    out: Rendered = []
    schedule, previous = versions
    for language in languages:
        say = Localizer(language)
        if {"pdf", "html"} & set(formats):
            book = build_briefing(
                facts, schedule, say, personal_data=personal_data, previous=previous
            )
            version = version_label(schedule, say)
            if "pdf" in formats:
                out.append(
                    (Path("pdf") / f"briefing-book-{language}.pdf", briefing_pdf(book, version))
                )
            if "html" in formats:
                html = briefing_html(book, version).encode()
                out.append((Path("html") / f"briefing-book-{language}.html", html))
    logistics = build_logistics(
        facts, schedule, Localizer(HOST_LANGUAGE), personal_data=personal_data
    )
    if "pdf" in formats:
        out.append((Path("pdf") / "logistics.pdf", logistics_pdf(logistics)))
    if "html" in formats:
        out.append((Path("html") / "logistics.html", logistics_html(logistics).encode()))
    if "ics" in formats:
        say = Localizer(languages[0])
        ics = calendar_ics(facts, schedule, say, reader=None, personal_data=personal_data)
        out.append((Path("ics") / "mission.ics", ics))
    if "xlsx" in formats:
        out.append((Path("xlsx") / "schedule.xlsx", schedule_workbook_bytes(facts, schedule)))
    return out
