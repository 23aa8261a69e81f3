"""The sample delegation's journey: flights, the coach to Austin, hotels, contacts, briefs.

The route follows the articles (arrival in Houston on Sunday 11 February, Austin from
Wednesday 14, Silicon Valley from Saturday 17, departure on the afternoon of Wednesday 21);
flight numbers, times, booking references and phone numbers are invented (555 numbers), the
emergency number 911 is the real one.
"""

from wafd.model import (
    Brief,
    Contact,
    ContactKind,
    HotelStay,
    LocalizedText,
    Segment,
    TransportMode,
    TravelTime,
    Venue,
)
from wafd.sample.calendar import clock, feb
from wafd.sample.places import (
    AUSTIN,
    HOTEL_AUSTIN,
    HOTEL_HOUSTON,
    HOTEL_SAN_JOSE,
    HOUSTON,
    SAN_JOSE,
)

CASABLANCA = "Africa/Casablanca"
NEW_YORK = "America/New_York"
DELEGATION = ("delegation",)

AIRPORTS: tuple[Venue, ...] = (
    Venue(id="iah", name="Houston George Bush Intercontinental Airport (IAH)", leg=HOUSTON,
          address="2800 N Terminal Rd, Houston, TX 77032", latitude=29.9902, longitude=-95.3368),
    Venue(id="aus", name="Austin-Bergstrom International Airport (AUS)", leg=AUSTIN,
          address="3600 Presidential Blvd, Austin, TX 78719", latitude=30.1975, longitude=-97.6664),
    Venue(id="sjc", name="San José Mineta International Airport (SJC)", leg=SAN_JOSE,
          address="1701 Airport Blvd, San Jose, CA 95110", latitude=37.3639, longitude=-121.9289),
    Venue(id="sfo", name="San Francisco International Airport (SFO)", leg=SAN_JOSE,
          address="San Francisco, CA 94128", latitude=37.6213, longitude=-122.3790),
)  # fmt: skip

AIRPORT_TRAVEL_TIMES: tuple[TravelTime, ...] = (
    TravelTime(origin="iah", destination=HOTEL_HOUSTON, minutes=50),
    TravelTime(origin=HOTEL_AUSTIN, destination="aus", minutes=30),
    TravelTime(origin="sjc", destination=HOTEL_SAN_JOSE, minutes=20),
    TravelTime(origin=HOTEL_SAN_JOSE, destination="sfo", minutes=75),
)


def _segment(
    segment_id: str, mode: TransportMode, day: int, depart: str, arrive: str, **fields: object
) -> Segment:
    """A segment leaving on ``feb(day)``; ``arrive_day`` defaults to the same day."""
    arrive_day = feb(int(fields.pop("arrive_day", day)))  # type: ignore[call-overload]
    return Segment.model_validate(
        {"id": segment_id, "mode": mode, "depart_day": feb(day), "depart_time": clock(depart),
         "arrive_day": arrive_day, "arrive_time": clock(arrive), "travellers": DELEGATION,
         **fields}
    )  # fmt: skip


SEGMENTS: tuple[Segment, ...] = (
    _segment("flight-cmn-jfk", TransportMode.FLIGHT, 11, "10:05", "13:30",
             origin_address="Casablanca Mohammed V Airport (CMN)", depart_zone=CASABLANCA,
             destination_address="New York JFK, terminal 7", arrive_zone=NEW_YORK,
             carrier="Royal Air Maroc", number="AT 200", booking="RAM7KQ2"),
    _segment("flight-jfk-iah", TransportMode.FLIGHT, 11, "15:40", "18:50",
             origin_address="New York JFK, terminal 7", depart_zone=NEW_YORK, destination="iah",
             carrier="United Airlines", number="UA 1486", booking="RAM7KQ2", buffer_minutes=90),
    _segment("coach-iah-hotel", TransportMode.COACH, 11, "19:40", "20:30",
             origin="iah", destination=HOTEL_HOUSTON, carrier="Lone Star Coaches",
             notes="Meet the driver at door E, arrivals level"),
    _segment("coach-houston-austin", TransportMode.COACH, 14, "09:00", "12:30",
             origin=HOTEL_HOUSTON, destination=HOTEL_AUSTIN, carrier="Lone Star Coaches",
             booking="LSC-24-0214", notes="Luggage in the hold; check out before 08:45"),
    _segment("coach-hotel-aus", TransportMode.COACH, 17, "07:30", "08:00",
             origin=HOTEL_AUSTIN, destination="aus", carrier="Lone Star Coaches"),
    _segment("flight-aus-sjc", TransportMode.FLIGHT, 17, "10:15", "12:05",
             origin="aus", destination="sjc", carrier="Southwest Airlines", number="WN 2367",
             booking="SW4D9XP", buffer_minutes=120),
    _segment("coach-sjc-hotel", TransportMode.COACH, 17, "12:45", "13:10",
             origin="sjc", destination=HOTEL_SAN_JOSE, carrier="Bay Area Charter"),
    _segment("coach-hotel-sfo", TransportMode.COACH, 21, "15:30", "16:45",
             origin=HOTEL_SAN_JOSE, destination="sfo", carrier="Bay Area Charter",
             booking="BAC-5521", notes="Check out by 12:00; luggage kept at the concierge"),
    _segment("flight-sfo-jfk", TransportMode.FLIGHT, 21, "19:10", "03:35", arrive_day=22,
             origin="sfo", destination_address="New York JFK, terminal 7", arrive_zone=NEW_YORK,
             carrier="United Airlines", number="UA 2240", booking="RAM7KQ2"),
    _segment("flight-jfk-cmn", TransportMode.FLIGHT, 22, "09:55", "21:05",
             origin_address="New York JFK, terminal 7", depart_zone=NEW_YORK,
             destination_address="Casablanca Mohammed V Airport (CMN)", arrive_zone=CASABLANCA,
             carrier="Royal Air Maroc", number="AT 201", booking="RAM7KQ2", buffer_minutes=180),
)  # fmt: skip

STAYS: tuple[HotelStay, ...] = (
    HotelStay(hotel=HOTEL_HOUSTON, check_in=feb(11), check_out=feb(14), travellers=DELEGATION,
              confirmation="HOU-558201", notes="Breakfast from 06:30, 2nd floor"),
    HotelStay(hotel=HOTEL_AUSTIN, check_in=feb(14), check_out=feb(17), travellers=DELEGATION,
              confirmation="AUS-33870"),
    HotelStay(hotel=HOTEL_SAN_JOSE, check_in=feb(17), check_out=feb(21), travellers=DELEGATION,
              confirmation="SJC-90412", notes="Late check-out until 15:00 on the 21st"),
)  # fmt: skip

CONTACTS: tuple[Contact, ...] = (
    Contact(name="Emergency services (police, fire, ambulance)", kind=ContactKind.EMERGENCY,
            phone="911", hours="24/7"),
    Contact(name="Youness Saidi", kind=ContactKind.ORGANISER, role="Mission logistics, all cities",
            phone="+1 713 555 0142", email="logistics@example.org", hours="24/7"),
    Contact(name="Laura Bennett", kind=ContactKind.ORGANISER, role="Programme and hosts",
            phone="+1 713 555 0177", hours="08:00-20:00"),
    Contact(name="Consulate General of Morocco, New York (fictional number)",
            kind=ContactKind.CONSULATE, role="Passports and consular help",
            phone="+1 212 555 0190", hours="Mon-Fri 09:00-16:00"),
    Contact(name="Embassy of Morocco, Washington (fictional number)", kind=ContactKind.EMBASSY,
            phone="+1 202 555 0123"),
    Contact(name="Delegation hotel, downtown Houston", kind=ContactKind.HOTEL, leg=HOUSTON,
            phone="+1 713 555 0100"),
    Contact(name="Delegation hotel, downtown Austin", kind=ContactKind.HOTEL, leg=AUSTIN,
            phone="+1 512 555 0100"),
    Contact(name="Delegation hotel, downtown San Jose", kind=ContactKind.HOTEL, leg=SAN_JOSE,
            phone="+1 408 555 0100"),
)  # fmt: skip

BRIEFS: tuple[Brief, ...] = (
    Brief(
        subject="bayou-digital",
        background=LocalizedText(
            en="Moved 140 city services online in three years; runs the 311 line and an open-data "
            "portal used by 40 local startups.",
            fr="A mis en ligne 140 services municipaux en trois ans ; gère le 311 et un portail "
            "de données ouvertes utilisé par 40 startups locales.",
            ar="نقل 140 خدمة بلدية إلى الإنترنت في ثلاث سنوات؛ يدير خط 311 وبوابة بيانات مفتوحة "
            "تستعملها 40 شركة ناشئة محلية.",
        ),
        objectives=LocalizedText(
            en="Learn how services were prioritised and procured; explore a twinning with a "
            "Moroccan city.",
            fr="Comprendre comment les services ont été priorisés et achetés ; explorer un "
            "jumelage avec une ville marocaine.",
        ),
        talking_points=LocalizedText(
            en="Morocco Digital 2030 and the e-services portal; Procurement of cloud services "
            "by public bodies; Open data licences",
            fr="Maroc Digital 2030 et le portail des e-services ; Achat de services cloud par "
            "les organismes publics ; Licences de données ouvertes",
        ),
    ),
    Brief(
        subject="cypress-bend-dc",
        background=LocalizedText(
            en="Gulf Coast colocation and hyperscale builder; scouting new regions with "
            "renewable power and subsea cables.",
        ),
        objectives=LocalizedText(
            en="Present the Moroccan data-centre offer (renewables, cables to Europe and West "
            "Africa); agree on a site visit.",
            fr="Présenter l'offre marocaine de centres de données (renouvelables, câbles vers "
            "l'Europe et l'Afrique de l'Ouest) ; convenir d'une visite de site.",
        ),
        talking_points=LocalizedText(
            en="Power prices and green energy; Data-protection law 09-08; Investment incentives",
        ),
    ),
    Brief(
        subject="redwood-shield",
        objectives=LocalizedText(
            en="Training of DGSSI analysts; threat-intelligence sharing.",
            fr="Formation des analystes de la DGSSI ; partage de renseignement sur les menaces.",
        ),
        talking_points=LocalizedText(en="SOC staffing; National CERT cooperation; Certification"),
    ),
)
