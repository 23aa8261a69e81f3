"""Sheets about the delegation's journey: transport, hotels, contacts, briefs.

All four are optional: a workbook without them reads as before. Part of the format's single
source of truth (see ``wafd.io.sheets``).
"""

from datetime import date, time

from wafd.i18n import N_
from wafd.io.columns import Blank, Column, Sheet, localized
from wafd.io.sheets.common import T
from wafd.io.sheets.common import choices as _choices
from wafd.model import ContactKind, TransportMode

TRAVELLERS_HINT = N_(
    "Who travels: participant or organisation ids, or all_delegates / delegation "
    "(delegates and organisers)"
)

TRANSPORT = Sheet(
    name="Transport",
    yaml_key="transport",
    description=N_(
        "Flights, trains, coaches and transfers: who moves from where to where, when. Nobody is "
        "placed in a meeting while travelling, nor in the buffer before a departure."
    ),
    id_column="id",
    columns=(
        Column("id", T.ID, N_("Short code of the segment"), "arrival-iah", required=True),
        Column(
            "mode",
            T.CHOICE,
            N_("flight, train, coach, car or walk"),
            "flight",
            required=True,
            choices=_choices(TransportMode),
        ),
        Column(
            "origin",
            T.ID,
            N_("From: an id from Venues (or give an address)"),
            None,
            blank=Blank.NONE,
        ),
        Column(
            "origin_address",
            T.TEXT,
            N_("From: address or airport when not a venue"),
            "Casablanca (CMN)",
        ),
        Column(
            "destination",
            T.ID,
            N_("To: an id from Venues (or give an address)"),
            "hotel-houston",
            blank=Blank.NONE,
        ),
        Column("destination_address", T.TEXT, N_("To: address or airport when not a venue"), None),
        Column("depart_day", T.DATE, N_("Departure day (local)"), date(2024, 2, 11), required=True),
        Column("depart_time", T.TIME, N_("Departure time (local)"), time(10, 5), required=True),
        Column(
            "depart_zone",
            T.TIMEZONE,
            N_("Time zone of the departure; blank: that of the venue's leg or of the day's leg"),
            "Africa/Casablanca",
        ),
        Column("arrive_day", T.DATE, N_("Arrival day (local)"), date(2024, 2, 11), required=True),
        Column("arrive_time", T.TIME, N_("Arrival time (local)"), time(18, 40), required=True),
        Column(
            "arrive_zone",
            T.TIMEZONE,
            N_("Time zone of the arrival; blank: that of the venue's leg or of the day's leg"),
            "America/Chicago",
        ),
        Column("carrier", T.TEXT, N_("Airline, rail or coach company"), "Royal Air Maroc"),
        Column("number", T.TEXT, N_("Flight or train number"), "AT 200"),
        Column("booking", T.TEXT, N_("Booking reference"), "RAM7KQ"),
        Column("travellers", T.IDS, TRAVELLERS_HINT, ("all_delegates",), required=True),
        Column(
            "buffer_minutes",
            T.INTEGER,
            N_("Minutes before departure kept free of meetings; blank: 120 for a flight, else 0"),
            None,
            blank=Blank.NONE,
            minimum=0,
            maximum=720,
        ),
        Column("notes", T.TEXT, N_("Notes for travellers"), "Meet at the check-in desk"),
    ),
)

HOTELS = Sheet(
    name="Hotels",
    yaml_key="hotels",
    description=N_(
        "Hotel stays: who sleeps where, from check-in to check-out. A stay may start the evening "
        "before its leg's first day and end the morning after its last."
    ),
    columns=(
        Column("hotel", T.ID, N_("The hotel: an id from Venues"), "hotel-houston", required=True),
        Column("check_in", T.DATE, N_("Check-in day"), date(2024, 2, 11), required=True),
        Column("check_out", T.DATE, N_("Check-out day"), date(2024, 2, 15), required=True),
        Column("travellers", T.IDS, TRAVELLERS_HINT, ("delegation",), required=True),
        Column("confirmation", T.TEXT, N_("Confirmation number"), "HM-44821"),
        Column("notes", T.TEXT, N_("Notes for guests"), "Breakfast from 06:30"),
    ),
)

CONTACTS = Sheet(
    name="Contacts",
    yaml_key="contacts",
    description=N_("Whom to call: organisers on duty, emergency numbers, consulate or embassy."),
    columns=(
        Column(
            "name",
            T.TEXT,
            N_("Name of the person or service"),
            "Mission duty officer",
            required=True,
        ),
        Column(
            "kind",
            T.CHOICE,
            N_("organiser, emergency, consulate, embassy, hotel or other; blank: organiser"),
            "organiser",
            choices=_choices(ContactKind),
        ),
        Column("role", T.TEXT, N_("What they do for the delegation"), "Logistics, all cities"),
        Column("phone", T.TEXT, N_("Phone number"), "+1 713 555 0199"),
        Column("email", T.TEXT, N_("E-mail address"), "duty@example.org"),
        Column(
            "leg", T.ID, N_("Leg where they help; blank: the whole mission"), None, blank=Blank.NONE
        ),
        Column("hours", T.TEXT, N_("When to call"), "24/7"),
        Column("notes", T.TEXT, N_("Notes"), None),
    ),
)

BRIEFS = Sheet(
    name="Briefs",
    yaml_key="briefs",
    description=N_(
        "What the briefing book says about a host or a meeting: background, objectives and "
        "talking points written by the organisers."
    ),
    columns=(
        Column(
            "subject",
            T.ID,
            N_("An id from Organisations, Participants or Meetings"),
            "example-tech",
            required=True,
        ),
        *localized("background", N_("Background of the host"), {"en": "Cloud provider since 2009"}),
        *localized(
            "objectives",
            N_("What the delegation wants from the meeting"),
            {"en": "Cloud partnership"},
        ),
        *localized(
            "talking_points",
            N_("Talking points, separated by ;"),
            {"en": "Data residency; Training of civil servants"},
        ),
        *localized(
            "history",
            N_("Earlier meetings with this host"),
            {"en": "Met the ADD in Rabat, GITEX Africa 2023"},
        ),
    ),
)
