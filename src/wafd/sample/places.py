"""Where the sample mission goes: three legs in two time zones, the organisers' venues
and the travel times an organiser would know better than a map.

Dates follow the articles (11–21 February 2024, Houston, then Austin, then
Silicon Valley); the split between cities and the days are invented but
realistic: arrival on Sunday 11, coach to Austin on Wednesday morning 14, flight
to San Jose on Saturday 17, Sunday 18 off, Monday 19 is Presidents' Day (US
public bodies closed), departure on the afternoon of Wednesday 21.
Venue addresses are plausible illustrations, not the real ones.
"""

from wafd.model import Leg, TravelTime, Venue
from wafd.sample.calendar import clock, feb

HOUSTON = "houston"
AUSTIN = "austin"
SAN_JOSE = "san-jose"

LEGS: tuple[Leg, ...] = (
    Leg(
        id=HOUSTON,
        city="Houston",
        timezone="America/Chicago",
        start_date=feb(11),
        end_date=feb(13),
        day_start=clock("09:00"),
        day_end=clock("18:00"),
        lunch_start=clock("12:30"),
        lunch_end=clock("13:30"),
        lodging="hotel-houston",
    ),
    Leg(
        id=AUSTIN,
        city="Austin",
        timezone="America/Chicago",
        start_date=feb(14),
        end_date=feb(16),
        day_start=clock("09:00"),
        day_end=clock("18:30"),
        lunch_start=clock("12:30"),
        lunch_end=clock("13:30"),
        lodging="hotel-austin",
    ),
    Leg(
        id=SAN_JOSE,
        city="Silicon Valley (San Jose)",
        timezone="America/Los_Angeles",
        start_date=feb(17),
        end_date=feb(21),
        day_start=clock("09:00"),
        day_end=clock("17:30"),
        lunch_start=clock("12:00"),
        lunch_end=clock("13:00"),
        lodging="hotel-san-jose",
    ),
)

CS_HOUSTON = "cs-houston"
HOTEL_HOUSTON = "hotel-houston"
HOTEL_AUSTIN = "hotel-austin"
HOTEL_SAN_JOSE = "hotel-san-jose"

ORGANISER_VENUES: tuple[Venue, ...] = (
    Venue(
        id=CS_HOUSTON,
        name="U.S. Commercial Service — Houston office",
        leg=HOUSTON,
        address="1919 Smith Street, Houston, TX 77002",
        latitude=29.7536,
        longitude=-95.3716,
        contact="Commercial Service Houston front desk",
    ),
    Venue(
        id=HOTEL_HOUSTON,
        name="Delegation hotel, downtown Houston",
        leg=HOUSTON,
        address="1300 Lamar Street, Houston, TX 77010",
        latitude=29.7548,
        longitude=-95.3650,
    ),
    Venue(
        id=HOTEL_AUSTIN,
        name="Delegation hotel, downtown Austin (reception hall)",
        leg=AUSTIN,
        address="500 East 4th Street, Austin, TX 78701",
        latitude=30.2660,
        longitude=-97.7390,
    ),
    Venue(
        id=HOTEL_SAN_JOSE,
        name="Delegation hotel, downtown San Jose (meeting room)",
        leg=SAN_JOSE,
        address="170 South Market Street, San Jose, CA 95113",
        latitude=37.3320,
        longitude=-121.8900,
    ),
)


def _minutes(origin: str, destination: str, minutes: int) -> TravelTime:
    return TravelTime(origin=origin, destination=destination, minutes=minutes)


# Door-to-door by the delegation's coach, including parking and security desks.
TRAVEL_TIMES: tuple[TravelTime, ...] = (
    _minutes(HOTEL_HOUSTON, CS_HOUSTON, 10),
    _minutes(HOTEL_HOUSTON, "cypress-bend-dc-campus", 40),
    _minutes(CS_HOUSTON, "bayou-digital-office", 10),
    _minutes("bayou-digital-office", "gcit-ai-lab-building", 20),
    _minutes("gcit-ai-lab-building", "bayou-health-office", 15),
    _minutes(HOTEL_HOUSTON, HOTEL_AUSTIN, 180),
    _minutes(HOTEL_AUSTIN, "hill-country-cloud-office", 35),
    _minutes(HOTEL_AUSTIN, "lonestar-cyber-office", 15),
    _minutes("lonestar-cyber-office", "capital-innovation-office", 15),
    _minutes("ctu-urban-lab-building", "tejas-skills-campus", 25),
    _minutes(HOTEL_SAN_JOSE, "guadalupe-capital-office", 45),
    _minutes(HOTEL_SAN_JOSE, "coyote-valley-dc-campus", 25),
    _minutes("nimbus-stack-office", "redwood-shield-office", 15),
    _minutes("southbay-civic-office", "ventana-govtech-office", 10),
)
