"""A realistic tour for the export tests: Houston, Austin and San Jose, February 2024.

Built from the model alone so that the export area can be tested before the
sample mission and the scheduler land; names mix Arabic, French and English the
way the real delegation's papers do.
"""

from datetime import date, datetime, time, timedelta
from functools import partial
from zoneinfo import ZoneInfo

from export_people import ORGANISATIONS, PARTICIPANTS

from wafd.model import (
    Language,
    Leg,
    LocalizedText,
    MeetingKind,
    MeetingRequest,
    MeetingStatus,
    Mission,
    Preference,
    Schedule,
    ScheduledMeeting,
    TravelTime,
    Venue,
)

CENTRAL = ZoneInfo("America/Chicago")
PACIFIC = ZoneInfo("America/Los_Angeles")
MISSION_ID = "ma-us-2024"


LEGS = (
    Leg(
        id="houston",
        city="Houston",
        timezone="America/Chicago",
        start_date=date(2024, 2, 12),
        end_date=date(2024, 2, 13),
        lodging="hotel-houston",
    ),
    Leg(
        id="austin",
        city="Austin",
        timezone="America/Chicago",
        start_date=date(2024, 2, 14),
        end_date=date(2024, 2, 15),
        lodging="hotel-austin",
    ),
    Leg(
        id="sanjose",
        city="San Jose",
        timezone="America/Los_Angeles",
        start_date=date(2024, 2, 20),
        end_date=date(2024, 2, 21),
        lodging="hotel-sanjose",
    ),
)

VENUES = (
    Venue(
        id="hotel-houston",
        name="Hotel Magnolia Houston",
        leg="houston",
        address="1100 Texas Ave, Houston, TX 77002",
        contact="Front desk",
    ),
    Venue(
        id="lonestar-hq",
        name="Lone Star Cloud campus",
        leg="houston",
        address="5000 Westheimer Rd, Houston, TX 77056",
        contact="Emily Carter",
    ),
    Venue(
        id="houston-city-hall",
        name="Houston City Hall",
        leg="houston",
        address="901 Bagby St, Houston, TX 77002",
        contact="Michael Nguyen",
    ),
    Venue(
        id="hotel-austin",
        name="The Driskill",
        leg="austin",
        address="604 Brazos St, Austin, TX 78701",
    ),
    Venue(
        id="austin-city-hall",
        name="Austin City Hall",
        leg="austin",
        address="301 W 2nd St, Austin, TX 78701",
        contact="Laura Mitchell",
    ),
    Venue(
        id="shieldtx-soc",
        name="ShieldTX Security Operations Centre",
        leg="austin",
        address="11501 Domain Dr, Austin, TX 78758",
        contact="Diego Ramírez",
    ),
    Venue(
        id="hotel-sanjose",
        name="Hotel De Anza",
        leg="sanjose",
        address="233 W Santa Clara St, San Jose, CA 95113",
    ),
    Venue(
        id="valley-ai-lab",
        name="Valley AI Lab",
        leg="sanjose",
        address="2 N 1st St, San Jose, CA 95113",
        contact="David Kim",
    ),
    Venue(
        id="sandhill-office",
        name="Sand Hill Frontier Ventures",
        leg="sanjose",
        address="3000 Sand Hill Rd, Menlo Park, CA 94025",
        contact="Rachel Gomez",
    ),
)

TRAVEL = (
    TravelTime(origin="hotel-houston", destination="lonestar-hq", minutes=25),
    TravelTime(origin="lonestar-hq", destination="houston-city-hall", minutes=30),
    TravelTime(origin="hotel-houston", destination="houston-city-hall", minutes=10),
    TravelTime(origin="hotel-austin", destination="austin-city-hall", minutes=10),
    TravelTime(origin="austin-city-hall", destination="shieldtx-soc", minutes=25),
    TravelTime(origin="hotel-sanjose", destination="valley-ai-lab", minutes=5),
    TravelTime(origin="valley-ai-lab", destination="sandhill-office", minutes=35),
)

REQUESTS = (
    MeetingRequest(
        requester="benali",
        target="carter",
        preference=Preference.MUST,
        reason="Sovereign cloud hosting for government services",
    ),
    MeetingRequest(
        requester="amrani", target="nguyen", reason="How Houston moved 40 city services online"
    ),
    MeetingRequest(
        requester="amrani",
        target="mitchell",
        preference=Preference.MUST,
        reason="Open data and smart-city governance",
    ),
    MeetingRequest(
        requester="tazi",
        target="ramirez",
        preference=Preference.MUST,
        reason="National SOC design and incident response drills",
    ),
    MeetingRequest(
        requester="amrani", target="kim", reason="Arabic-language AI assistants for public services"
    ),
    MeetingRequest(
        requester="alaoui",
        target="gomez",
        preference=Preference.MUST,
        reason="Venture funding for Moroccan startups",
    ),
)


def build_mission() -> Mission:
    """The February 2024 Moroccan delegation to Texas and Silicon Valley, in miniature."""
    return Mission(
        id=MISSION_ID,
        name=LocalizedText(
            en="Moroccan Digital Delegation to the United States",
            fr="Délégation numérique marocaine aux États-Unis",
            ar="الوفد الرقمي المغربي إلى الولايات المتحدة",
        ),
        organisers=("US Commercial Service Casablanca", "USTDA"),
        languages=(Language.AR, Language.FR, Language.EN),
        objectives=LocalizedText(
            en="Attract investment in Morocco's digital sector, build partnerships in cloud, "
            "AI and cybersecurity, and bring back practices for Digital Morocco 2030.",
            fr="Attirer l'investissement dans le numérique marocain, nouer des partenariats "
            "dans le cloud, l'IA et la cybersécurité, et rapporter des pratiques utiles au "
            "Maroc Digital 2030.",
            ar="استقطاب الاستثمارات في القطاع الرقمي المغربي، وإقامة شراكات في الحوسبة "
            "السحابية والذكاء الاصطناعي والأمن السيبراني، والاستفادة من الممارسات الفضلى "
            "لاستراتيجية المغرب الرقمي 2030.",
        ),
        legs=LEGS,
        venues=VENUES,
        organisations=ORGANISATIONS,
        participants=PARTICIPANTS,
        requests=REQUESTS,
        travel_times=TRAVEL,
    )


DELEGATES = ("amrani", "benali", "tazi", "alaoui", "berrada")


def _at(day: date, start: time, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, start, tzinfo=zone)


def _meeting(
    mid: str,
    kind: MeetingKind,
    title: str,
    people: tuple[str, ...],
    day: date,
    start: time,
    end: time,
    venue: str,
    leg: str,
    *,
    themes: tuple[str, ...] = (),
    requests: tuple[tuple[str, str], ...] = (),
    status: MeetingStatus = MeetingStatus.CONFIRMED,
) -> ScheduledMeeting:
    zone = CENTRAL if leg != "sanjose" else PACIFIC
    return ScheduledMeeting(
        id=mid,
        kind=kind,
        title=title,
        participants=people,
        start=_at(day, start, zone),
        end=_at(day, end, zone),
        venue=venue,
        leg=leg,
        themes=themes,
        requests=requests,
        status=status,
    )


def build_schedule() -> Schedule:
    """Nine meetings over six days, one of them cancelled."""
    feb = partial(date, 2024, 2)
    g, o = MeetingKind.GROUP_VISIT, MeetingKind.ONE_TO_ONE
    meetings = (
        _meeting(
            "m-briefing",
            MeetingKind.BRIEFING,
            "Delegation briefing",
            DELEGATES,
            feb(12),
            time(8, 30),
            time(9, 15),
            "hotel-houston",
            "houston",
        ),
        _meeting(
            "m-lonestar",
            g,
            "Sovereign cloud and data centres",
            (*DELEGATES[:2], "berrada", "carter"),
            feb(12),
            time(10, 0),
            time(11, 30),
            "lonestar-hq",
            "houston",
            themes=("cloud_computing", "data_centres"),
            requests=(("benali", "carter"),),
        ),
        _meeting(
            "m-houston-it",
            g,
            "Digital city services",
            ("amrani", "benali", "berrada", "nguyen"),
            feb(12),
            time(14, 0),
            time(15, 0),
            "houston-city-hall",
            "houston",
            themes=("e_government",),
            requests=(("amrani", "nguyen"),),
        ),
        _meeting(
            "m-austin-city",
            g,
            "Smart-city governance and open data",
            (*DELEGATES, "mitchell"),
            feb(14),
            time(9, 30),
            time(11, 0),
            "austin-city-hall",
            "austin",
            themes=("smart_cities", "e_government"),
            requests=(("amrani", "mitchell"),),
        ),
        _meeting(
            "m-shieldtx",
            o,
            "National SOC and incident response",
            ("tazi", "ramirez"),
            feb(14),
            time(14, 0),
            time(15, 30),
            "shieldtx-soc",
            "austin",
            themes=("cybersecurity",),
            requests=(("tazi", "ramirez"),),
        ),
        _meeting(
            "m-shieldtx-demo",
            g,
            "Live incident-response exercise",
            ("tazi", "alaoui", "ramirez"),
            feb(15),
            time(10, 0),
            time(11, 0),
            "shieldtx-soc",
            "austin",
            themes=("cybersecurity",),
            status=MeetingStatus.CANCELLED,
        ),
        _meeting(
            "m-valley-ai",
            g,
            "Arabic-language AI for public services",
            ("amrani", "alaoui", "berrada", "kim"),
            feb(20),
            time(10, 0),
            time(11, 30),
            "valley-ai-lab",
            "sanjose",
            themes=("artificial_intelligence",),
            requests=(("amrani", "kim"),),
        ),
        _meeting(
            "m-sandhill",
            o,
            "Venture funding for Moroccan startups",
            ("alaoui", "gomez"),
            feb(20),
            time(14, 0),
            time(15, 0),
            "sandhill-office",
            "sanjose",
            themes=("startups_vc", "investment"),
            requests=(("alaoui", "gomez"),),
        ),
        _meeting(
            "m-debrief",
            MeetingKind.BRIEFING,
            "Debrief and next steps",
            DELEGATES,
            feb(21),
            time(9, 0),
            time(10, 0),
            "hotel-sanjose",
            "sanjose",
        ),
    )
    return Schedule(mission=MISSION_ID, version=1, label="Published programme", meetings=meetings)


def replanned(schedule: Schedule, meeting_id: str, *, hours: int) -> Schedule:
    """The schedule after one meeting moved by ``hours``: same id, next sequence."""
    moved = tuple(
        m.model_copy(
            update={
                "start": m.start + timedelta(hours=hours),
                "end": m.end + timedelta(hours=hours),
                "sequence": m.sequence + 1,
            }
        )
        if m.id == meeting_id
        else m
        for m in schedule.meetings
    )
    return schedule.model_copy(update={"meetings": moved, "version": schedule.version + 1})
