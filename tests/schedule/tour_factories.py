"""Small missions built in code for the mission-layer scheduling tests.

A three-city tour in February 2024 (Houston and Austin on Central time, San Jose on Pacific
time) with four delegates and five host organisations, and a small B2B event. Tests change
one thing with ``model_copy(update=...)`` so each reads as the specification of one rule.
"""

from __future__ import annotations

from datetime import date, time

from wafd.model import (
    Availability,
    AvailabilityStatus,
    EventKind,
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
    TravelTime,
    Venue,
)

HOUSTON = Leg(
    id="houston",
    city="Houston",
    timezone="America/Chicago",
    start_date=date(2024, 2, 12),
    end_date=date(2024, 2, 13),
)
AUSTIN = Leg(
    id="austin",
    city="Austin",
    timezone="America/Chicago",
    start_date=date(2024, 2, 14),
    end_date=date(2024, 2, 14),
)
SAN_JOSE = Leg(
    id="sanjose",
    city="San Jose",
    timezone="America/Los_Angeles",
    start_date=date(2024, 2, 15),
    end_date=date(2024, 2, 16),
)

VENUES = (
    Venue(id="v-ion", name="The Ion", leg="houston", latitude=29.7407, longitude=-95.3885),
    Venue(id="v-port", name="Port Houston", leg="houston", latitude=29.7327, longitude=-95.2750),
    Venue(id="v-city", name="Austin City Hall", leg="austin", latitude=30.2650, longitude=-97.7470),
    Venue(id="v-cloud", name="Cloud Campus", leg="sanjose", latitude=37.3352, longitude=-121.8811),
    Venue(id="v-sec", name="SecureCo", leg="sanjose", latitude=37.4020, longitude=-121.9700),
    Venue(id="v-hotel", name="Hotel", leg="houston", latitude=29.7604, longitude=-95.3698),
)


def _org(org_id: str, name: str, kind: OrganisationKind) -> Organisation:
    return Organisation(id=org_id, name=LocalizedText(en=name), kind=kind)


ORGANISATIONS = (
    _org("mtnra", "Ministry of Digital Transition", OrganisationKind.MINISTRY),
    _org("dgssi", "DGSSI", OrganisationKind.AGENCY),
    _org("ion", "The Ion Innovation Hub", OrganisationKind.TECHNOPARK),
    _org("port", "Port Houston", OrganisationKind.PUBLIC_BODY),
    _org("austin", "City of Austin", OrganisationKind.PUBLIC_BODY),
    _org("cloudco", "CloudCo", OrganisationKind.COMPANY),
    _org("secureco", "SecureCo", OrganisationKind.COMPANY),
)


def delegate(pid: str, org: str, *themes: str, **extra: object) -> Participant:
    return Participant.model_validate(
        {
            "id": pid,
            "name": pid.upper(),
            "organisation": org,
            "role": Role.DELEGATE,
            "themes": themes,
            **extra,
        }
    )


def host(pid: str, org: str, venue: str, *themes: str, **extra: object) -> Participant:
    return Participant.model_validate(
        {
            "id": pid,
            "name": pid.upper(),
            "organisation": org,
            "role": Role.HOST,
            "venue": venue,
            "themes": themes,
            **extra,
        }
    )


PARTICIPANTS = (
    delegate("d-egov", "mtnra", "e_government", "smart_cities"),
    delegate("d-ai", "mtnra", "artificial_intelligence", "cloud_computing"),
    delegate("d-cyber", "dgssi", "cybersecurity", "cloud_computing"),
    delegate("d-city", "dgssi", "smart_cities", "digital_infrastructure"),
    host("h-ion", "ion", "v-ion", "artificial_intelligence", "startups_vc"),
    host("h-port", "port", "v-port", "smart_cities", "digital_infrastructure"),
    host("h-austin", "austin", "v-city", "smart_cities", "e_government"),
    host("h-cloud", "cloudco", "v-cloud", "cloud_computing", "artificial_intelligence"),
    host("h-sec", "secureco", "v-sec", "cybersecurity", "cloud_computing"),
)


def want(requester: str, target: str, preference: Preference = Preference.WANT) -> MeetingRequest:
    return MeetingRequest(requester=requester, target=target, preference=preference)


REQUESTS = (
    want("d-ai", "h-ion", Preference.MUST),
    want("d-egov", "h-austin", Preference.MUST),
    want("d-city", "austin"),
    want("d-city", "h-port"),
    want("d-egov", "h-port"),
    want("d-ai", "cloudco"),
    want("d-cyber", "cloudco"),
    want("d-cyber", "h-sec", Preference.MUST),
)


def tour(**update: object) -> Mission:
    """The three-city tour; keyword arguments replace whole fields."""
    mission = Mission(
        id="tour-2024",
        name=LocalizedText(en="Digital Morocco tour"),
        kind=EventKind.TOUR,
        meeting_minutes=60,
        slot_minutes=15,
        legs=(HOUSTON, AUSTIN, SAN_JOSE),
        venues=VENUES,
        organisations=ORGANISATIONS,
        participants=PARTICIPANTS,
        requests=REQUESTS,
        meetings=(
            PlannedMeeting(
                id="briefing",
                kind=MeetingKind.BRIEFING,
                title="Embassy briefing",
                participants=("all_delegates",),
                duration_minutes=60,
                venue="v-hotel",
                day=date(2024, 2, 12),
                start=time(9, 0),
                locked=True,
            ),
        ),
        travel_times=(TravelTime(origin="v-ion", destination="v-port", minutes=40),),
    )
    return mission.model_copy(update=update)


def window(day: date, start: time, end: time, *, available: bool = True) -> Availability:
    status = AvailabilityStatus.AVAILABLE if available else AvailabilityStatus.UNAVAILABLE
    return Availability(day=day, start=start, end=end, status=status)


def replace_participant(mission: Mission, participant: Participant) -> Mission:
    people = tuple(participant if p.id == participant.id else p for p in mission.participants)
    return mission.model_copy(update={"participants": people})


def b2b(n_people: int = 6, tables: int = 2) -> Mission:
    """A one-day brokerage event: buyers and sellers, 20-minute meetings at ``tables`` tables."""
    leg = Leg(
        id="fair",
        city="Casablanca",
        timezone="Africa/Casablanca",
        start_date=date(2024, 3, 5),
        end_date=date(2024, 3, 5),
        day_start=time(9, 0),
        day_end=time(12, 0),
        lunch_start=None,
        lunch_end=None,
    )
    hall = Venue(id="hall", name="Hall A", leg="fair", tables=tables)
    orgs = tuple(_org(f"o{i}", f"Company {i}", OrganisationKind.COMPANY) for i in range(n_people))
    people = tuple(
        Participant(id=f"p{i}", name=f"P{i}", organisation=f"o{i}", role=Role.DELEGATE)
        for i in range(n_people)
    )
    requests = tuple(want(f"p{i}", f"p{(i + 1) % n_people}") for i in range(n_people))
    return Mission(
        id="fair-2024",
        name=LocalizedText(en="Brokerage"),
        kind=EventKind.B2B,
        slot_minutes=20,
        legs=(leg,),
        venues=(hall,),
        organisations=orgs,
        participants=people,
        requests=requests,
    )
