"""A rich mission built from the model: every sheet used, Arabic names, custom themes."""

from datetime import date, time

from wafd.model import (
    Availability,
    AvailabilityStatus,
    Language,
    Leg,
    LocalizedText,
    MeetingKind,
    MeetingRequest,
    Mission,
    Organisation,
    OrganisationKind,
    Participant,
    PlannedMeeting,
    Preference,
    Role,
    Theme,
    TravelTime,
    Venue,
)


def rich_mission() -> Mission:
    """Two legs, two time zones, availability, planned meetings and a custom taxonomy."""
    themes = (
        Theme(
            id="e_government",
            label=LocalizedText(
                en="E-government", fr="Administration électronique", ar="الإدارة الإلكترونية"
            ),
            synonyms=("digital government", "e-gov", "الحكومة الرقمية"),
        ),
        Theme(id="cloud", label=LocalizedText(en="Cloud", ar="السحابة"), synonyms=("nuage",)),
    )
    return Mission(
        id="ma-us-2024",
        name=LocalizedText(
            en="Moroccan digital delegation",
            fr="Délégation marocaine du numérique",
            ar="الوفد المغربي للرقمنة",
        ),
        organisers=("US Commercial Service, Casablanca", "USTDA"),
        languages=(Language.AR, Language.FR, Language.EN),
        objectives=LocalizedText(en="Partnerships\nand skills", fr="Partenariats"),
        meeting_minutes=45,
        slot_minutes=15,
        max_meetings_per_day=5,
        themes=themes,
        legs=(
            Leg(
                id="houston",
                city="Houston",
                timezone="America/Chicago",
                start_date=date(2024, 2, 12),
                end_date=date(2024, 2, 14),
            ),
            Leg(
                id="san-jose",
                city="San Jose",
                timezone="America/Los_Angeles",
                start_date=date(2024, 2, 18),
                end_date=date(2024, 2, 21),
                day_start=time(8, 30),
                day_end=time(17, 45),
                lunch_start=None,
                lunch_end=None,
            ),
        ),
        venues=(
            Venue(
                id="hq",
                name="Example Tech HQ",
                leg="houston",
                address="1 Main St",
                latitude=29.7604,
                longitude=-95.3698,
                tables=3,
                contact="=reception",
            ),
            Venue(id="hotel", name="Hotel", leg="san-jose"),
        ),
        organisations=(
            Organisation(
                id="add",
                name=LocalizedText(en="Digital Development Agency", ar="وكالة التنمية الرقمية"),
                acronym="ADD",
                kind=OrganisationKind.AGENCY,
                country="MA",
                city="Rabat",
            ),
            Organisation(
                id="example-tech",
                name=LocalizedText(fr="Example Tech"),
                kind=OrganisationKind.COMPANY,
                country="US",
                fictional=True,
                description=LocalizedText(en="Cloud provider", ar="مزود سحابي"),
            ),
        ),
        participants=(
            Participant(
                id="d-amina",
                name="Amina El Idrissi",
                name_ar="أمينة الإدريسي",
                organisation="add",
                role=Role.DELEGATE,
                title="Director",
                languages=(Language.AR, Language.FR),
                preferred_language=Language.AR,
                themes=("e_government", "cloud"),
                offers="E-services",
                needs="Cloud",
                group="A",
                max_meetings_per_day=0,
                availability=(
                    Availability(day=date(2024, 2, 12), start=time(9), end=time(12)),
                    Availability(
                        day=date(2024, 2, 13),
                        start=time(14),
                        end=time(15, 30),
                        status=AvailabilityStatus.UNAVAILABLE,
                        note="Embassy",
                    ),
                ),
            ),
            Participant(
                id="h-jordan",
                name="Jordan Lee",
                organisation="example-tech",
                role=Role.HOST,
                venue="hq",
                phone="0612345678",
            ),
        ),
        requests=(
            MeetingRequest(
                requester="d-amina",
                target="h-jordan",
                preference=Preference.MUST,
                reason="Cloud for e-government",
                duration_minutes=30,
            ),
            MeetingRequest(requester="h-jordan", target="add", source="recommendation"),
        ),
        meetings=(
            PlannedMeeting(
                id="welcome",
                kind=MeetingKind.BRIEFING,
                title="Welcome",
                participants=("all_delegates",),
                duration_minutes=60,
                venue="hotel",
                day=date(2024, 2, 18),
                start=time(9),
                locked=True,
            ),
            PlannedMeeting(
                id="visit",
                kind=MeetingKind.GROUP_VISIT,
                title="Visit",
                participants=("add", "h-jordan"),
                duration_minutes=90,
                after=("welcome",),
                notes="Bring passports",
            ),
        ),
        travel_times=(TravelTime(origin="hq", destination="hotel", minutes=25),),
    )
