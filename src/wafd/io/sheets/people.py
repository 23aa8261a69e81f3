"""Sheets about who takes part, when, and who wants to meet whom.

Part of the format's single source of truth (see ``wafd.io.sheets``).
"""

from datetime import date, time

from wafd.io.columns import Blank, Column, Sheet, localized
from wafd.io.sheets.common import LANGUAGES, T
from wafd.io.sheets.common import choices as _choices
from wafd.model import AvailabilityStatus, MeetingKind, OrganisationKind, Preference, Role

ORGANISATIONS = Sheet(
    name="Organisations",
    yaml_key="organisations",
    description="Ministries, agencies, companies… that delegates and hosts belong to.",
    required=True,
    id_column="id",
    columns=(
        Column("id", T.ID, "Short code of the organisation", "add", required=True),
        *localized(
            "name",
            "Name",
            {
                "en": "Digital Development Agency",
                "fr": "Agence de Développement du Digital",
                "ar": "وكالة التنمية الرقمية",
            },
            required=True,
        ),
        Column("acronym", T.TEXT, "Acronym", "ADD"),
        Column(
            "kind",
            T.CHOICE,
            "What kind of organisation",
            "agency",
            choices=_choices(OrganisationKind),
        ),
        Column("country", T.TEXT, "Two-letter country code (ISO 3166), e.g. MA, US", "MA"),
        Column("city", T.TEXT, "City", "Rabat"),
        Column("website", T.TEXT, "Web address", "https://www.add.gov.ma"),
        *localized("description", "What it does", {"en": "Public agency for digital services"}),
        Column(
            "fictional", T.BOOLEAN, "yes if the organisation is invented (samples, tests)", False
        ),
    ),
    extra_examples=(
        {
            "id": "example-tech",
            "name_en": "Example Tech (fictional)",
            "kind": "company",
            "country": "US",
            "city": "Houston",
            "fictional": True,
        },
    ),
)

PARTICIPANTS = Sheet(
    name="Participants",
    yaml_key="participants",
    description="Delegates, hosts and organisers: one row per person or receiving team.",
    required=True,
    id_column="id",
    columns=(
        Column("id", T.ID, "Short code of the person", "d-amina", required=True),
        Column("name", T.TEXT, "Name in Latin script", "Amina El Idrissi", required=True),
        Column("name_ar", T.TEXT, "Name in Arabic script", "أمينة الإدريسي"),
        Column("organisation", T.ID, "An id from Organisations", "add", required=True),
        Column(
            "role",
            T.CHOICE,
            "delegate, host or organiser",
            "delegate",
            required=True,
            choices=_choices(Role),
        ),
        Column("title", T.TEXT, "Job title", "Head of digital services"),
        Column("email", T.TEXT, "E-mail address", "amina@example.org"),
        Column("phone", T.TEXT, "Phone number", "+212 600 000 000"),
        Column(
            "languages", T.CHOICES, "Languages spoken: ar, fr, en", ("ar", "fr"), choices=LANGUAGES
        ),
        Column(
            "preferred_language",
            T.CHOICE,
            "Language of personal documents; blank: en",
            "fr",
            choices=LANGUAGES,
        ),
        Column(
            "themes",
            T.TAGS,
            "Theme ids from Themes, separated by commas",
            ("e_government", "artificial_intelligence"),
        ),
        Column("offers", T.TEXT, "What they bring (free text)", "Experience of e-services"),
        Column("needs", T.TEXT, "What they look for (free text)", "Cloud partners"),
        Column("venue", T.ID, "A host's own venue: an id from Venues", None, blank=Blank.NONE),
        Column("group", T.TEXT, "Travel group or sub-delegation", "A"),
        Column(
            "max_meetings_per_day",
            T.INTEGER,
            "Personal daily limit; blank: mission's",
            None,
            blank=Blank.NONE,
            minimum=0,
        ),
    ),
    extra_examples=(
        {
            "id": "h-jordan",
            "name": "Jordan Lee",
            "organisation": "example-tech",
            "role": "host",
            "languages": ("en",),
            "preferred_language": "en",
            "themes": ("cloud_computing",),
            "venue": "example-hq",
        },
    ),
)

AVAILABILITY = Sheet(
    name="Availability",
    yaml_key="availability",
    description=(
        "When people can meet. With no row a person is free during every leg's working "
        "hours; 'available' rows limit them to those windows, 'unavailable' rows block time."
    ),
    columns=(
        Column("participant", T.ID, "An id from Participants", "h-jordan", required=True),
        Column("day", T.DATE, "Day (must fall within a leg)", date(2024, 2, 13), required=True),
        Column("start", T.TIME, "From (local time of the leg)", time(9, 0), required=True),
        Column("end", T.TIME, "Until (local time of the leg)", time(12, 0), required=True),
        Column(
            "status",
            T.CHOICE,
            "available or unavailable; blank: available",
            "available",
            choices=_choices(AvailabilityStatus),
        ),
        Column("note", T.TEXT, "Why (free text)", "Board meeting in the afternoon"),
    ),
)

REQUESTS = Sheet(
    name="Requests",
    yaml_key="requests",
    description="Who asks to meet whom: must (essential), want (wished), no (never).",
    columns=(
        Column("requester", T.ID, "A participant id", "d-amina", required=True),
        Column("target", T.ID, "A participant or organisation id", "h-jordan", required=True),
        Column(
            "preference",
            T.CHOICE,
            "must, want or no; blank: want",
            "must",
            choices=_choices(Preference),
        ),
        Column("reason", T.TEXT, "Why (shown in briefings)", "Cloud for e-government services"),
        Column(
            "duration_minutes",
            T.INTEGER,
            "Length if not the mission's usual",
            None,
            blank=Blank.NONE,
            minimum=5,
            maximum=480,
        ),
        Column("source", T.TEXT, "Where the request came from; blank: participant", "participant"),
        Column(
            "weight",
            T.NUMBER,
            "Match score 0-1 of a recommended request; blank: none",
            None,
            blank=Blank.NONE,
            minimum=0,
            maximum=1,
        ),
    ),
)

MEETINGS = Sheet(
    name="Meetings",
    yaml_key="meetings",
    description="Meetings the organisers fix themselves: briefings, receptions, group visits.",
    id_column="id",
    columns=(
        Column("id", T.ID, "Short code of the meeting", "welcome", required=True),
        Column(
            "kind",
            T.CHOICE,
            "one_to_one, group_visit, briefing or reception",
            "briefing",
            required=True,
            choices=_choices(MeetingKind),
        ),
        Column("title", T.TEXT, "Title shown in itineraries", "Welcome briefing", required=True),
        Column(
            "participants",
            T.IDS,
            "Participant or organisation ids, or all_delegates / all_hosts",
            ("all_delegates",),
            required=True,
        ),
        Column(
            "duration_minutes",
            T.INTEGER,
            "Length in minutes",
            60,
            required=True,
            minimum=5,
            maximum=720,
        ),
        Column("venue", T.ID, "An id from Venues", "hotel-houston", blank=Blank.NONE),
        Column("day", T.DATE, "Fixed day (optional)", date(2024, 2, 12), blank=Blank.NONE),
        Column(
            "start", T.TIME, "Fixed start (optional, needs a day)", time(9, 0), blank=Blank.NONE
        ),
        Column("locked", T.BOOLEAN, "yes: the scheduler must not move it", True),
        Column("after", T.IDS, "Meeting ids that must come before this one", ()),
        Column("notes", T.TEXT, "Notes for participants", "Dress code: business"),
    ),
)
