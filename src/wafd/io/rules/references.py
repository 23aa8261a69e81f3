"""Do ids stay unique, and does every reference point at something that exists?"""

from collections.abc import Iterable

from wafd.i18n import N_
from wafd.io.parse import IssueLog, ParsedBook, ParsedSheet
from wafd.io.report import Severity, did_you_mean
from wafd.io.sheets import (
    AVAILABILITY,
    BRIEFS,
    CONTACTS,
    HOTELS,
    LEGS,
    MEETINGS,
    ORGANISATIONS,
    PARTICIPANTS,
    REQUESTS,
    SHEETS,
    TRANSPORT,
    TRAVEL_TIMES,
    VENUES,
)
from wafd.io.suggest import closest
from wafd.model.journey_plan import GROUPS

GROUP_KEYWORDS = frozenset({"all_delegates", "all_hosts"})
TRAVELLER_KEYWORDS = frozenset(GROUPS)
# Fuzzy comparisons spent on "did you mean" per column: a sheet full of wrong ids
# (a shifted column) still validates in seconds; its first errors carry suggestions.
SUGGESTION_BUDGET = 10_000_000


def ids_of(book: ParsedBook, sheet_name: str) -> set[str] | None:
    """Ids defined in a sheet; ``None`` when the sheet is absent (already reported)."""
    sheet = book.get(sheet_name)
    if sheet is None:
        return None
    return {str(row.values["id"]) for row in sheet.rows if "id" in row.values}


def _union(*groups: set[str] | frozenset[str] | None) -> set[str] | None:
    if any(group is None for group in groups):
        return None
    return set().union(*groups)  # type: ignore[arg-type]


def check_references(book: ParsedBook, log: IssueLog) -> None:
    _check_duplicates(book, log)
    legs, venues = ids_of(book, LEGS.name), ids_of(book, VENUES.name) or set()
    organisations = ids_of(book, ORGANISATIONS.name)
    people = ids_of(book, PARTICIPANTS.name)
    meetings = ids_of(book, MEETINGS.name) or set()
    _check_overlap_of_ids(book, log, organisations or set())
    travellers = _union(people, organisations, TRAVELLER_KEYWORDS)
    checks: list[tuple[str, str, set[str] | None, str]] = [
        (VENUES.name, "leg", legs, LEGS.name),
        (LEGS.name, "lodging", venues, VENUES.name),
        (PARTICIPANTS.name, "organisation", organisations, ORGANISATIONS.name),
        (PARTICIPANTS.name, "venue", venues, VENUES.name),
        (AVAILABILITY.name, "participant", people, PARTICIPANTS.name),
        (REQUESTS.name, "requester", people, PARTICIPANTS.name),
        (REQUESTS.name, "target", _union(people, organisations), PARTICIPANTS.name),
        (
            MEETINGS.name,
            "participants",
            _union(people, organisations, GROUP_KEYWORDS),
            PARTICIPANTS.name,
        ),
        (MEETINGS.name, "venue", venues, VENUES.name),
        (MEETINGS.name, "after", meetings, MEETINGS.name),
        (TRAVEL_TIMES.name, "origin", venues, VENUES.name),
        (TRAVEL_TIMES.name, "destination", venues, VENUES.name),
        (TRANSPORT.name, "origin", venues, VENUES.name),
        (TRANSPORT.name, "destination", venues, VENUES.name),
        (TRANSPORT.name, "travellers", travellers, PARTICIPANTS.name),
        (HOTELS.name, "hotel", venues, VENUES.name),
        (HOTELS.name, "travellers", travellers, PARTICIPANTS.name),
        (CONTACTS.name, "leg", legs, LEGS.name),
        (BRIEFS.name, "subject", _union(people, organisations, meetings), ORGANISATIONS.name),
    ]
    for sheet_name, column, known, target_sheet in checks:
        sheet = book.get(sheet_name)
        if sheet is not None and known is not None:
            _check_column(sheet, column, known, target_sheet, log)


def _check_column(
    sheet: ParsedSheet, column: str, known: set[str], target_sheet: str, log: IssueLog
) -> None:
    candidates = sorted(known)
    suggestions_left = SUGGESTION_BUDGET // max(len(candidates), 1)
    for row in sheet.rows:
        value = row.values.get(column)
        tokens: Iterable[object] = value if isinstance(value, tuple) else (value,)
        for token in tokens:
            if token is None or str(token) in known:
                continue
            suggestion = closest(str(token), candidates) if suggestions_left > 0 else None
            suggestions_left -= 1
            log.add(
                sheet.raw,
                row.number,
                column,
                row.raw.get(column),
                N_("“{token}” is not a known id in {target}."),
                N_("Use an id from the {target} sheet{suggestion}, or add a row for it there."),
                token=token,
                target=target_sheet,
                suggestion=did_you_mean(suggestion),
            )


def _check_duplicates(book: ParsedBook, log: IssueLog) -> None:
    for spec in SHEETS:
        sheet = book.get(spec.name)
        if sheet is None or spec.id_column is None:
            continue
        first_seen: dict[str, int] = {}
        for row in sheet.rows:
            value = row.values.get(spec.id_column)
            if value is None:
                continue
            key = str(value)
            if key in first_seen:
                log.add(
                    sheet.raw,
                    row.number,
                    spec.id_column,
                    value,
                    N_("The id “{token}” is already used on row {first}."),
                    N_("Give every row its own id."),
                    token=key,
                    first=first_seen[key],
                )
            else:
                first_seen[key] = row.number


def _check_overlap_of_ids(book: ParsedBook, log: IssueLog, organisations: set[str]) -> None:
    """A participant and an organisation sharing an id make request targets ambiguous."""
    sheet = book.get(PARTICIPANTS.name)
    if sheet is None:
        return
    for row in sheet.rows:
        value = row.values.get("id")
        if value is not None and str(value) in organisations:
            log.add(
                sheet.raw,
                row.number,
                "id",
                value,
                N_("The id “{token}” is also an organisation's id."),
                N_("Use different ids so that requests and meetings know whom they mean."),
                Severity.WARNING,
                token=value,
            )
