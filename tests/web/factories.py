"""Small missions and schedules built from the model, for the web tests."""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from wafd.model import (
    Leg,
    LocalizedText,
    MeetingKind,
    MeetingRequest,
    Mission,
    Organisation,
    Participant,
    Preference,
    Role,
    Schedule,
    ScheduledMeeting,
    Venue,
)

HOUSTON = ZoneInfo("America/Chicago")


def small_mission(mission_id: str = "demo", *, delegates: int = 2, hosts: int = 2) -> Mission:
    """One leg in Houston, ``delegates`` delegates from one ministry, one host per company."""
    organisations = [Organisation(id="min", name=LocalizedText(en="Ministry", ar="الوزارة"))]
    participants = [
        Participant(
            id=f"d{i}",
            name=f"Delegate {i}",
            name_ar=f"المندوب {i}",
            organisation="min",
            role=Role.DELEGATE,
            preferred_language="ar" if i == 1 else "fr",
            themes=("cybersecurity",),
            needs="cloud security",
        )
        for i in range(1, delegates + 1)
    ]
    for i in range(1, hosts + 1):
        organisations.append(Organisation(id=f"co{i}", name=LocalizedText(en=f"Company {i}")))
        participants.append(
            Participant(
                id=f"h{i}",
                name=f"Host {i}",
                organisation=f"co{i}",
                role=Role.HOST,
                venue=f"v{i}",
                themes=("cybersecurity",),
                offers="managed security",
            )
        )
    return Mission(
        id=mission_id,
        name=LocalizedText(en=f"Mission {mission_id}", fr=f"Mission {mission_id}"),
        legs=(
            Leg(
                id="hou",
                city="Houston",
                timezone="America/Chicago",
                start_date=date(2024, 2, 5),
                end_date=date(2024, 2, 7),
            ),
        ),
        venues=tuple(Venue(id=f"v{i}", name=f"Office {i}", leg="hou") for i in range(1, hosts + 1)),
        organisations=tuple(organisations),
        participants=tuple(participants),
        requests=(
            MeetingRequest(requester="d1", target="h1", preference=Preference.MUST),
            MeetingRequest(requester="d2", target="h2", preference=Preference.WANT),
        ),
    )


def meeting(
    meeting_id: str, who: tuple[str, ...], day: int, hour: int, venue: str
) -> ScheduledMeeting:
    start = datetime.combine(date(2024, 2, 5) + timedelta(days=day), time(hour), HOUSTON)
    return ScheduledMeeting(
        id=meeting_id,
        kind=MeetingKind.ONE_TO_ONE,
        title=f"Meeting {meeting_id}",
        participants=who,
        start=start,
        end=start + timedelta(hours=1),
        venue=venue,
        leg="hou",
    )


def small_schedule(mission: Mission) -> Schedule:
    """d1 meets h1 on day one, d2 meets h2 on day two (what a scheduler could produce)."""
    return Schedule(
        mission=mission.id,
        meetings=(
            meeting("m1", ("d1", "h1"), 0, 10, "v1"),
            meeting("m2", ("d2", "h2"), 1, 14, "v2"),
        ),
    )
