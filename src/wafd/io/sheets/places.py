"""Sheets about the mission, where it happens and what it is about.

Part of the format's single source of truth (see ``wafd.io.sheets``).
"""

from datetime import date, time

from wafd.io.columns import Blank, Column, Sheet, localized
from wafd.io.sheets.common import LANGUAGES, T
from wafd.io.sheets.common import choices as _choices
from wafd.model import EventKind

MISSION = Sheet(
    name="Mission",
    yaml_key="mission",
    description="The mission itself: one setting per row, its name in column A, its value in B.",
    key_value=True,
    required=True,
    columns=(
        Column("id", T.ID, "Short code of the mission, no spaces", "ma-us-2024", required=True),
        *localized(
            "name",
            "Name of the mission",
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
            "tour: a delegation visits hosts; b2b: tables in one venue",
            "tour",
            choices=_choices(EventKind),
        ),
        Column(
            "organisers",
            T.TEXTS,
            "Who organises it, separated by semicolons",
            ("US Commercial Service Casablanca", "USTDA"),
        ),
        Column(
            "languages",
            T.CHOICES,
            "Languages of the documents: ar, fr, en",
            ("ar", "fr", "en"),
            choices=LANGUAGES,
        ),
        *localized(
            "objectives",
            "What the mission wants to achieve",
            {"en": "Partnerships, investment and skills in digital government"},
        ),
        Column(
            "meeting_minutes",
            T.INTEGER,
            "Usual length of a meeting in minutes",
            60,
            minimum=5,
            maximum=480,
        ),
        Column(
            "slot_minutes",
            T.INTEGER,
            "Scheduling grid in minutes (meetings start on it)",
            15,
            minimum=5,
            maximum=120,
        ),
        Column(
            "max_meetings_per_day",
            T.INTEGER,
            "At most this many meetings a day per person",
            4,
            blank=Blank.NONE,
            minimum=1,
        ),
    ),
)

LEGS = Sheet(
    name="Legs",
    yaml_key="legs",
    description="Stops of the mission: a city over consecutive days, in one time zone.",
    required=True,
    id_column="id",
    columns=(
        Column("id", T.ID, "Short code of the leg, used by venues", "houston", required=True),
        Column("city", T.TEXT, "City name", "Houston", required=True),
        Column(
            "timezone",
            T.TIMEZONE,
            "IANA time zone, e.g. America/Chicago",
            "America/Chicago",
            required=True,
        ),
        Column("start_date", T.DATE, "First day in this city", date(2024, 2, 12), required=True),
        Column("end_date", T.DATE, "Last day in this city", date(2024, 2, 14), required=True),
        Column("day_start", T.TIME, "Meetings start from (local time); blank: 09:00", time(9, 0)),
        Column("day_end", T.TIME, "Meetings end by (local time); blank: 18:00", time(18, 0)),
        Column(
            "lunch_start",
            T.TIME,
            "Lunch break starts; blank: no lunch break",
            time(12, 30),
            blank=Blank.NONE,
        ),
        Column(
            "lunch_end",
            T.TIME,
            "Lunch break ends; blank: no lunch break",
            time(13, 30),
            blank=Blank.NONE,
        ),
        Column(
            "lodging",
            T.ID,
            "Where the delegation stays: an id from Venues (first pick-up of each day)",
            None,
            blank=Blank.NONE,
        ),
    ),
)

VENUES = Sheet(
    name="Venues",
    yaml_key="venues",
    description="Places where meetings happen: a host's office, a hotel, a fair hall.",
    id_column="id",
    columns=(
        Column("id", T.ID, "Short code of the venue", "example-hq", required=True),
        Column("name", T.TEXT, "Name of the place", "Example Tech headquarters", required=True),
        Column("leg", T.ID, "Leg (city) where it is: an id from Legs", "houston", required=True),
        Column("address", T.TEXT, "Street address", "1 Main Street, Houston, TX"),
        Column(
            "latitude",
            T.NUMBER,
            "Latitude in degrees",
            29.7604,
            blank=Blank.NONE,
            minimum=-90,
            maximum=90,
        ),
        Column(
            "longitude",
            T.NUMBER,
            "Longitude in degrees",
            -95.3698,
            blank=Blank.NONE,
            minimum=-180,
            maximum=180,
        ),
        Column("tables", T.INTEGER, "Meetings that can run here at once; blank: 1", 1, minimum=1),
        Column("contact", T.TEXT, "Who to call on site", "Reception +1 713 555 0100"),
    ),
    extra_examples=(
        {"id": "hotel-houston", "name": "Delegation hotel", "leg": "houston", "tables": 2},
    ),
)

TRAVEL_TIMES = Sheet(
    name="TravelTimes",
    yaml_key="travel_times",
    description="Door-to-door minutes between two venues, when you know better than a map.",
    columns=(
        Column("origin", T.ID, "A venue id", "hotel-houston", required=True),
        Column("destination", T.ID, "A venue id", "example-hq", required=True),
        Column(
            "minutes",
            T.INTEGER,
            "Travel time in minutes",
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
        "The theme taxonomy. Leave the sheet empty (or delete it) to use Wafd's built-in "
        "themes; any row here replaces the built-in list with yours."
    ),
    id_column="id",
    columns=(
        Column("id", T.ID, "Lower-case code, e.g. smart_cities", "e_government", required=True),
        *localized(
            "label",
            "Label",
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
            "Other words for it, any language, separated by ;",
            ("digital government", "e-gov"),
        ),
    ),
)
