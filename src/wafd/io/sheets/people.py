"""Sheets about who takes part, when, and who wants to meet whom.

Part of the format's single source of truth (see ``wafd.io.sheets``).
"""

from datetime import date, time

from wafd.i18n import N_
from wafd.io.columns import Blank, Column, Sheet, localized, translations
from wafd.io.sheets.common import LANGUAGES, T
from wafd.io.sheets.common import choices as _choices
from wafd.model import (
    AvailabilityStatus,
    MeetingKind,
    OrganisationKind,
    ParticipantStatus,
    Preference,
    Role,
)

ORGANISATIONS = Sheet(
    name="Organisations",
    yaml_key="organisations",
    description=N_("Ministries, agencies, companies… that delegates and hosts belong to."),
    required=True,
    id_column="id",
    columns=(
        Column("id", T.ID, N_("Short code of the organisation"), "add", required=True),
        *localized(
            "name",
            N_("Name"),
            {
                "en": "Digital Development Agency",
                "fr": "Agence de Développement du Digital",
                "ar": "وكالة التنمية الرقمية",
            },
            required=True,
        ),
        Column("acronym", T.TEXT, N_("Acronym"), "ADD"),
        Column(
            "kind",
            T.CHOICE,
            N_("What kind of organisation"),
            "agency",
            choices=_choices(OrganisationKind),
        ),
        Column("country", T.TEXT, N_("Two-letter country code (ISO 3166), e.g. MA, US"), "MA"),
        Column("city", T.TEXT, N_("City"), "Rabat"),
        Column("website", T.TEXT, N_("Web address"), "https://www.add.gov.ma"),
        *localized("description", N_("What it does"), {"en": "Public agency for digital services"}),
        Column(
            "fictional",
            T.BOOLEAN,
            N_("yes if the organisation is invented (samples, tests)"),
            False,
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
    description=N_("Delegates, hosts and organisers: one row per person or receiving team."),
    required=True,
    id_column="id",
    columns=(
        Column("id", T.ID, N_("Short code of the person"), "d-amina", required=True),
        Column("name", T.TEXT, N_("Name in Latin script"), "Amina El Idrissi", required=True),
        Column("name_ar", T.TEXT, N_("Name in Arabic script"), "أمينة الإدريسي"),
        Column("organisation", T.ID, N_("An id from Organisations"), "add", required=True),
        Column(
            "role",
            T.CHOICE,
            N_("delegate, host or organiser"),
            "delegate",
            required=True,
            choices=_choices(Role),
        ),
        Column("title", T.TEXT, N_("Job title"), "Head of digital services"),
        Column("email", T.TEXT, N_("E-mail address"), "amina@example.org"),
        Column("phone", T.TEXT, N_("Phone number"), "+212 600 000 000"),
        Column(
            "languages",
            T.CHOICES,
            N_("Languages spoken: ar, fr, en"),
            ("ar", "fr"),
            choices=LANGUAGES,
        ),
        Column(
            "preferred_language",
            T.CHOICE,
            N_("Language of personal documents; blank: en"),
            "fr",
            choices=LANGUAGES,
        ),
        Column(
            "themes",
            T.TAGS,
            N_("Theme ids from Themes, separated by commas"),
            ("e_government", "artificial_intelligence"),
        ),
        Column("offers", T.TEXT, N_("What they bring (free text)"), "Experience of e-services"),
        Column("needs", T.TEXT, N_("What they look for (free text)"), "Cloud partners"),
        Column("venue", T.ID, N_("A host's own venue: an id from Venues"), None, blank=Blank.NONE),
        Column("group", T.TEXT, N_("Travel group or sub-delegation"), "A"),
        Column(
            "max_meetings_per_day",
            T.INTEGER,
            N_("Personal daily limit; blank: mission's"),
            None,
            blank=Blank.NONE,
            minimum=0,
            maximum=48,
        ),
        Column(
            "status",
            T.CHOICE,
            N_("confirmed or withdrawn; blank: confirmed. Every later schedule keeps a withdrawal"),
            "confirmed",
            choices=_choices(ParticipantStatus),
        ),
        Column(
            "withdrawn_on",
            T.DATE,
            N_("Day the withdrawal was announced (only with status withdrawn)"),
            None,
            blank=Blank.NONE,
        ),
        *translations("needs", N_("Translation of needs")),
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
        N_(
            "When people can meet. With no row a person is free during every leg's working "
            "hours; 'available' rows limit them to those windows, 'unavailable' rows block time."
        )
    ),
    columns=(
        Column("participant", T.ID, N_("An id from Participants"), "h-jordan", required=True),
        Column("day", T.DATE, N_("Day (must fall within a leg)"), date(2024, 2, 13), required=True),
        Column("start", T.TIME, N_("From (local time of the leg)"), time(9, 0), required=True),
        Column("end", T.TIME, N_("Until (local time of the leg)"), time(12, 0), required=True),
        Column(
            "status",
            T.CHOICE,
            N_("available or unavailable; blank: available"),
            "available",
            choices=_choices(AvailabilityStatus),
        ),
        Column("note", T.TEXT, N_("Why (free text)"), "Board meeting in the afternoon"),
    ),
)

REQUESTS = Sheet(
    name="Requests",
    yaml_key="requests",
    description=N_("Who asks to meet whom: must (essential), want (wished), no (never)."),
    columns=(
        Column("requester", T.ID, N_("A participant id"), "d-amina", required=True),
        Column("target", T.ID, N_("A participant or organisation id"), "h-jordan", required=True),
        Column(
            "preference",
            T.CHOICE,
            N_("must, want or no; blank: want"),
            "must",
            choices=_choices(Preference),
        ),
        Column("reason", T.TEXT, N_("Why (shown in briefings)"), "Cloud for e-government services"),
        Column(
            "duration_minutes",
            T.INTEGER,
            N_("Length if not the mission's usual"),
            None,
            blank=Blank.NONE,
            minimum=5,
            maximum=480,
        ),
        Column(
            "source", T.TEXT, N_("Where the request came from; blank: participant"), "participant"
        ),
        Column(
            "weight",
            T.NUMBER,
            N_("Match score 0-1 of a recommended request; blank: none"),
            None,
            blank=Blank.NONE,
            minimum=0,
            maximum=1,
        ),
        *translations("reason", N_("Translation of the reason")),
    ),
)

MEETINGS = Sheet(
    name="Meetings",
    yaml_key="meetings",
    description=N_("Meetings the organisers fix themselves: briefings, receptions, group visits."),
    id_column="id",
    columns=(
        Column("id", T.ID, N_("Short code of the meeting"), "welcome", required=True),
        Column(
            "kind",
            T.CHOICE,
            N_("one_to_one, group_visit, briefing or reception"),
            "briefing",
            required=True,
            choices=_choices(MeetingKind),
        ),
        Column(
            "title", T.TEXT, N_("Title shown in itineraries"), "Welcome briefing", required=True
        ),
        Column(
            "participants",
            T.IDS,
            N_("Participant or organisation ids, or all_delegates / all_hosts"),
            ("all_delegates",),
            required=True,
        ),
        Column(
            "duration_minutes",
            T.INTEGER,
            N_("Length in minutes"),
            60,
            required=True,
            minimum=5,
            maximum=720,
        ),
        Column("venue", T.ID, N_("An id from Venues"), "hotel-houston", blank=Blank.NONE),
        Column("day", T.DATE, N_("Fixed day (optional)"), date(2024, 2, 12), blank=Blank.NONE),
        Column(
            "start", T.TIME, N_("Fixed start (optional, needs a day)"), time(9, 0), blank=Blank.NONE
        ),
        Column("locked", T.BOOLEAN, N_("yes: the scheduler must not move it"), True),
        Column("after", T.IDS, N_("Meeting ids that must come before this one"), ()),
        Column("notes", T.TEXT, N_("Notes for participants"), "Dress code: business"),
    ),
)
