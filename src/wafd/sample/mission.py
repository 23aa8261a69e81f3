"""The sample mission assembled from its parts.

Facts from the seed articles: organisers (U.S. Commercial Service at the U.S.
Consulate General Casablanca, with USTDA), dates (11–21 February 2024), the
fifteen-member delegation from seven named organisations, the cities (Houston,
Austin, Silicon Valley / San Jose), "about twenty" meetings and the themes and
objectives. Everything else (people, hosts, venues, requests, the day-by-day
plan) is invented; see docs/sample-mission.md.
"""

from wafd.model import DEFAULT_THEMES, EventKind, Language, LocalizedText, Mission
from wafd.sample.delegates import DELEGATES
from wafd.sample.hosts_california import SILICON_VALLEY_HOSTS
from wafd.sample.hosts_texas import AUSTIN_HOSTS, HOUSTON_HOSTS
from wafd.sample.journey import AIRPORT_TRAVEL_TIMES, AIRPORTS, BRIEFS, CONTACTS, SEGMENTS, STAYS
from wafd.sample.organisations import (
    DELEGATE_ORGANISATIONS,
    ORGANISER_ORGANISATIONS,
    ORGANISER_PARTICIPANTS,
    US_CS_CASABLANCA,
    USTDA,
)
from wafd.sample.places import LEGS, ORGANISER_VENUES, TRAVEL_TIMES
from wafd.sample.programme import PLANNED_MEETINGS
from wafd.sample.requests import REQUESTS

SAMPLE_MISSION_ID = "ma-us-digital-2024"

NAME = LocalizedText(
    ar="بعثة تجارية لوفد مغربي رفيع المستوى إلى الولايات المتحدة حول التنمية الرقمية والابتكار",
    fr="Mission commerciale d'une délégation marocaine de haut niveau aux États-Unis : "
    "développement numérique et innovation",
    en="Moroccan high-level delegation to the United States: digital development and "
    "innovation (reverse trade mission)",
)

OBJECTIVES = LocalizedText(
    ar="التعريف بالمغرب قطبا رقميا إقليميا وبالتوجهات الكبرى لاستراتيجية المغرب الرقمي 2030؛ "
    "استقطاب الاستثمارات إلى القطاع الرقمي المغربي؛ استكشاف الشراكات مع الشركات الأمريكية في "
    "التكنولوجيا والابتكار وتطوير الكفاءات؛ الاستفادة من الخبرات والممارسات الفضلى في الإدارة "
    "الإلكترونية والذكاء الاصطناعي والمدن الذكية والحوسبة السحابية والأمن السيبراني؛ دعم "
    "الشركات الناشئة عبر التوجيه وصناديق رأس المال الاستثماري.",
    fr="Présenter le Maroc comme pôle numérique régional et les grandes orientations de la "
    "stratégie Maroc Digital 2030 ; attirer les investissements dans le numérique marocain ; "
    "explorer des partenariats avec des entreprises américaines en technologie, innovation et "
    "développement des compétences ; s'inspirer des meilleures pratiques en administration "
    "électronique, intelligence artificielle, villes intelligentes, cloud et cybersécurité ; "
    "soutenir les startups par le mentorat et le capital-risque.",
    en="Present Morocco as a regional digital hub and the main directions of the Morocco "
    "Digital 2030 strategy; attract investment into Morocco's digital sector; explore "
    "partnerships with US companies in technology, innovation and skills development; learn "
    "from US best practice in e-government, AI, smart cities, cloud computing and "
    "cybersecurity; support startups through mentoring and venture capital.",
)

HOSTS = HOUSTON_HOSTS + AUSTIN_HOSTS + SILICON_VALLEY_HOSTS


def build_sample_mission() -> Mission:
    """The February 2024 Moroccan digital delegation to the US, ready to validate and plan."""
    return Mission(
        id=SAMPLE_MISSION_ID,
        name=NAME,
        kind=EventKind.TOUR,
        organisers=(US_CS_CASABLANCA, USTDA),
        languages=(Language.AR, Language.FR, Language.EN),
        objectives=OBJECTIVES,
        meeting_minutes=60,
        slot_minutes=15,
        max_meetings_per_day=4,
        themes=DEFAULT_THEMES,
        legs=LEGS,
        venues=ORGANISER_VENUES + AIRPORTS + tuple(h.venue for h in HOSTS),
        organisations=DELEGATE_ORGANISATIONS
        + ORGANISER_ORGANISATIONS
        + tuple(h.organisation for h in HOSTS),
        participants=DELEGATES
        + ORGANISER_PARTICIPANTS
        + tuple(p for h in HOSTS for p in h.participants),
        requests=REQUESTS,
        meetings=PLANNED_MEETINGS,
        travel_times=TRAVEL_TIMES + AIRPORT_TRAVEL_TIMES,
        segments=SEGMENTS,
        stays=STAYS,
        contacts=CONTACTS,
        briefs=BRIEFS,
    )
