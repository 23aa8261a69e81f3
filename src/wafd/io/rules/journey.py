"""Does the journey hold together: arrivals after departures, nobody on two segments at once,
hotel stays within their leg?

These checks need the built mission (zones come from venues and legs), so they run once every
row has become its model object; each issue still names the sheet, row and column.
"""

from datetime import datetime, timedelta

from wafd.i18n import N_
from wafd.io.parse import IssueLog, ParsedBook, ParsedSheet
from wafd.io.sheets import HOTELS, TRANSPORT
from wafd.model import Mission
from wafd.model.journey_plan import arrival, departure, expand_travellers


def check_journey(mission: Mission, book: ParsedBook, log: IssueLog) -> None:
    """Log every incoherence of the mission's segments and stays (rows map one to one).

    Without legs every zone is unknown: the missing legs are the one problem worth reporting.
    """
    if not mission.legs:
        return
    transport = book.get(TRANSPORT.name)
    if transport is not None and len(transport.rows) == len(mission.segments):
        _check_segments(mission, transport, log)
    hotels = book.get(HOTELS.name)
    if hotels is not None and len(hotels.rows) == len(mission.stays):
        _check_stays(mission, hotels, log)


def _check_segments(mission: Mission, sheet: ParsedSheet, log: IssueLog) -> None:
    spans: dict[str, list[tuple[datetime, datetime, str]]] = {}
    for segment, row in zip(mission.segments, sheet.rows, strict=True):
        for end, venue, address in (
            ("origin", segment.origin, segment.origin_address),
            ("destination", segment.destination, segment.destination_address),
        ):
            if venue is None and not address:
                log.add(
                    sheet.raw, row.number, end, None,
                    N_("The segment {id} says nowhere for its {end}."),
                    N_("Give a venue id in {end} or an address in {end}_address."),
                    id=segment.id, end=end,
                )  # fmt: skip
        start, finish = departure(mission, segment), arrival(mission, segment)
        for column, instant in (("depart_zone", start), ("arrive_zone", finish)):
            if instant is None:
                log.add(
                    sheet.raw, row.number, column, None,
                    N_("No time zone is known for this end of the segment {id}."),
                    N_("Give an IANA time zone (e.g. America/Chicago) or a venue of a leg."),
                    id=segment.id,
                )  # fmt: skip
        if start is None or finish is None:
            continue
        if finish <= start:
            log.add(
                sheet.raw, row.number, "arrive_time", row.raw.get("arrive_time"),
                N_("The segment {id} arrives ({arrival}) before it departs ({departure})."),
                N_("Check the days, times and time zones of both ends."),
                id=segment.id, arrival=_show(finish), departure=_show(start),
            )  # fmt: skip
            continue
        for person in expand_travellers(mission, segment.travellers):
            for other_start, other_end, other in spans.get(person, []):
                if start < other_end and other_start < finish:
                    log.add(
                        sheet.raw, row.number, "travellers", row.raw.get("travellers"),
                        N_("{person} would be on the segments {other} and {id} at the same time."),
                        N_("Correct the times, or take {person} off one of the two segments."),
                        person=person, other=other, id=segment.id,
                    )  # fmt: skip
            spans.setdefault(person, []).append((start, finish, segment.id))


def _show(instant: datetime) -> str:
    return f"{instant:%Y-%m-%d %H:%M} {instant.tzinfo}"


def _check_stays(mission: Mission, sheet: ParsedSheet, log: IssueLog) -> None:
    venues, legs = mission.venue_index(), mission.leg_index()
    for stay, row in zip(mission.stays, sheet.rows, strict=True):
        venue = venues.get(stay.hotel)
        leg = legs.get(venue.leg) if venue is not None else None
        if leg is None:
            continue
        first, last = leg.start_date - timedelta(days=1), leg.end_date + timedelta(days=1)
        for column, day in (("check_in", stay.check_in), ("check_out", stay.check_out)):
            if not first <= day <= last:
                log.add(
                    sheet.raw, row.number, column, row.raw.get(column),
                    N_("The stay at {hotel} falls outside the leg {leg} ({start} to {end})."),
                    N_("A stay may start the evening before the leg and end the morning after."),
                    hotel=venue.name if venue else stay.hotel, leg=leg.id,
                    start=leg.start_date.isoformat(), end=leg.end_date.isoformat(),
                )  # fmt: skip
