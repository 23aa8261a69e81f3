"""Sheets about the mission, where it happens and what it is about.

Part of the format's single source of truth (see ``wafd.io.sheets``).
"""

from datetime import date, time

from wafd.i18n import N_
from wafd.io.columns import Blank, Column, Sheet, localized
from wafd.io.sheets.common import LANGUAGES, T
from wafd.io.sheets.common import choices as _choices
from wafd.model import EventKind

MISSION = Sheet(
    name="Mission",
    yaml_key="mission",
    description=N_(
        "The mission itself: one setting per row, its name in column A, its value in B."
    ),
    key_value=True,
    required=True,
    columns=(
        Column("id", T.ID, N_("Short code of the mission, no spaces"), "ma-us-2024", required=True),
        *localized(
            "name",
            N_("Name of the mission"),
            {
                "en": "Moroccan digital delegation to the United States",
                "fr": "Délégation marocaine du numérique aux États-Unis",
                "ar": "الوفد المغربي للرقمنة إلى الولايات المتحدة",
            },
            required=True,
        ),
        Column(
            "kind",
            T.CHOICE,
            N_("tour: a delegation visits hosts; b2b: tables in one venue"),
            "tour",
            choices=_choices(EventKind),
        ),
        Column(
            "organisers",
            T.TEXTS,
            N_("Who organises it, separated by semicolons"),
            ("US Commercial Service Casablanca", "USTDA"),
        ),
        Column(
            "languages",
            T.CHOICES,
            N_("Languages of the documents: ar, fr, en"),
            ("ar", "fr", "en"),
            choices=LANGUAGES,
        ),
        *localized(
            "objectives",
            N_("What the mission wants to achieve"),
            {"en": "Partnerships, investment and skills in digital government"},
        ),
        Column(
            "meeting_minutes",
            T.INTEGER,
            N_("Usual length of a meeting in minutes"),
            60,
            minimum=5,
            maximum=480,
        ),
        Column(
            "slot_minutes",
            T.INTEGER,
            N_("Scheduling grid in minutes (meetings start on it)"),
            15,
            minimum=5,
            maximum=60,
        ),
        Column(
            "max_meetings_per_day",
            T.INTEGER,
            N_("At most this many meetings a day per person"),
            4,
            blank=Blank.NONE,
            minimum=1,
            maximum=48,
        ),
    ),
)

LEGS = Sheet(
    name="Legs",
    yaml_key="legs",
    description=N_("Stops of the mission: a city over consecutive days, in one time zone."),
    required=True,
    id_column="id",
    columns=(
        Column("id", T.ID, N_("Short code of the leg, used by venues"), "houston", required=True),
        Column("city", T.TEXT, N_("City name"), "Houston", required=True),
        Column(
            "timezone",
            T.TIMEZONE,
            N_("IANA time zone, e.g. America/Chicago"),
            "America/Chicago",
            required=True,
        ),
        Column(
            "start_date", T.DATE, N_("First day in this city"), date(2024, 2, 12), required=True
        ),
        Column("end_date", T.DATE, N_("Last day in this city"), date(2024, 2, 14), required=True),
        Column(
            "day_start", T.TIME, N_("Meetings start from (local time); blank: 09:00"), time(9, 0)
        ),
        Column("day_end", T.TIME, N_("Meetings end by (local time); blank: 18:00"), time(18, 0)),
        Column(
            "lunch_start",
            T.TIME,
            N_("Lunch break starts; blank: no lunch break"),
            time(12, 30),
            blank=Blank.NONE,
        ),
        Column(
            "lunch_end",
            T.TIME,
            N_("Lunch break ends; blank: no lunch break"),
            time(13, 30),
            blank=Blank.NONE,
        ),
        Column(
            "lodging",
            T.ID,
            N_("Where the delegation stays: an id from Venues (first pick-up of each day)"),
            None,
            blank=Blank.NONE,
        ),
    ),
)

VENUES = Sheet(
    name="Venues",
    yaml_key="venues",
    description=N_("Places where meetings happen: a host's office, a hotel, a fair hall."),
    id_column="id",
    columns=(
        Column("id", T.ID, N_("Short code of the venue"), "example-hq", required=True),
        Column("name", T.TEXT, N_("Name of the place"), "Example Tech headquarters", required=True),
        Column(
            "leg", T.ID, N_("Leg (city) where it is: an id from Legs"), "houston", required=True
        ),
        Column("address", T.TEXT, N_("Street address"), "1 Main Street, Houston, TX"),
        Column(
            "latitude",
            T.NUMBER,
            N_("Latitude in degrees"),
            29.7604,
            blank=Blank.NONE,
            minimum=-90,
            maximum=90,
        ),
        Column(
            "longitude",
            T.NUMBER,
            N_("Longitude in degrees"),
            -95.3698,
            blank=Blank.NONE,
            minimum=-180,
            maximum=180,
        ),
        Column(
            "tables",
            T.INTEGER,
            N_("Meetings that can run here at once; blank: 1"),
            1,
            minimum=1,
            maximum=1000,
        ),
        Column("contact", T.TEXT, N_("Who to call on site"), "Reception +1 713 555 0100"),
    ),
    extra_examples=(
        {"id": "hotel-houston", "name": "Delegation hotel", "leg": "houston", "tables": 2},
    ),
)

TRAVEL_TIMES = Sheet(
    name="TravelTimes",
    yaml_key="travel_times",
    description=N_("Door-to-door minutes between two venues, when you know better than a map."),
    columns=(
        Column("origin", T.ID, N_("A venue id"), "hotel-houston", required=True),
        Column("destination", T.ID, N_("A venue id"), "example-hq", required=True),
        Column(
            "minutes",
            T.INTEGER,
            N_("Travel time in minutes"),
            25,
            required=True,
            minimum=0,
            maximum=1440,
        ),
    ),
)

THEMES = Sheet(
    name="Themes",
    yaml_key="themes",
    description=(
        N_(
            "The theme taxonomy. Leave the sheet empty (or delete it) to use Wafd's built-in "
            "themes; any row here replaces the built-in list with yours."
        )
    ),
    id_column="id",
    columns=(
        Column("id", T.ID, N_("Lower-case code, e.g. smart_cities"), "e_government", required=True),
        *localized(
            "label",
            N_("Label"),
            {
                "en": "E-government",
                "fr": "Administration électronique",
                "ar": "الإدارة الإلكترونية",
            },
            required=True,
        ),
        Column(
            "synonyms",
            T.TEXTS,
            N_("Other words for it, any language, separated by ;"),
            ("digital government", "e-gov"),
        ),
    ),
)
