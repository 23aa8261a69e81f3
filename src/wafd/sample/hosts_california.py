"""Fictional hosts in Silicon Valley (America/Los_Angeles).

Monday 19 February 2024 is Presidents' Day: public bodies are closed, companies
mostly open.
"""

from wafd.model import OrganisationKind
from wafd.sample.calendar import blocked, window
from wafd.sample.hosting import Host, Person, Place, host
from wafd.sample.places import SAN_JOSE

SILICON_VALLEY_HOSTS: tuple[Host, ...] = (
    host(
        "southbay-civic",
        "South Bay Office of Civic Innovation",
        OrganisationKind.PUBLIC_BODY,
        leg=SAN_JOSE,
        city="San Jose",
        about="A city innovation office: digital inclusion, AI policy, smart-city pilots.",
        themes=("e_government", "smart_cities", "artificial_intelligence"),
        place=Place(
            "office",
            "Civic Innovation Office",
            "150 West San Carlos Street, San Jose, CA 95113",
            37.3300,
            -121.8900,
        ),
        people=(
            Person(
                "Christine Park",
                "Chief Innovation Officer",
                "A city AI policy and algorithm register, digital-inclusion programmes, "
                "how we run pilots with startups.",
            ),
        ),
        availability=(
            window(20, "09:00", "12:00"),
            window(21, "09:00", "12:00"),
        ),
    ),
    host(
        "nimbus-stack",
        "Nimbus Stack Cloud",
        OrganisationKind.COMPANY,
        leg=SAN_JOSE,
        city="San Jose",
        about="A cloud and AI platform company with a public-sector division.",
        themes=("cloud_computing", "artificial_intelligence", "data_centres", "skills_training"),
        place=Place(
            "office",
            "Nimbus Stack campus",
            "2100 North First Street, San Jose, CA 95131",
            37.3830,
            -121.9240,
        ),
        people=(
            Person(
                "Jennifer Lowe",
                "Director, Emerging Markets",
                "Cloud region planning for Africa, startup credits, certification programmes "
                "for universities.",
            ),
            Person(
                "Adil Mansouri",
                "Principal Solutions Architect",
                "Architecte marocain installé à San José depuis 12 ans : migration cloud des "
                "administrations, mentorat d'ingénieurs marocains.",
                languages="fr ar en",
                preferred="fr",
                name_ar="عادل المنصوري",
            ),
        ),
    ),
    host(
        "coyote-valley-dc",
        "Coyote Valley Data Centers",
        OrganisationKind.COMPANY,
        leg=SAN_JOSE,
        city="Santa Clara",
        about="Designs energy-efficient data centres and edge sites.",
        themes=("data_centres", "digital_infrastructure", "investment"),
        place=Place(
            "campus",
            "Coyote Valley SJC-1",
            "2800 Lafayette Street, Santa Clara, CA 95050",
            37.3720,
            -121.9470,
        ),
        people=(
            Person(
                "Brian Foster",
                "VP, Global Expansion",
                "Looking for sites with green power near submarine cables; build-to-suit "
                "partnerships with local investors.",
            ),
        ),
        availability=(blocked(20, "09:00", "12:30", "Board call"),),
    ),
    host(
        "redwood-shield",
        "Redwood Shield Security",
        OrganisationKind.COMPANY,
        leg=SAN_JOSE,
        city="Santa Clara",
        about="A cybersecurity company: threat intelligence, SOC services, cloud security.",
        themes=("cybersecurity", "cloud_computing", "skills_training"),
        place=Place(
            "office",
            "Redwood Shield HQ",
            "3975 Freedom Circle, Santa Clara, CA 95054",
            37.3890,
            -121.9800,
        ),
        people=(
            Person(
                "Olivia Grant",
                "VP, Government Solutions",
                "Threat-intelligence sharing for national CERTs, managed SOC, a cyber "
                "academy for analysts.",
            ),
        ),
    ),
    host(
        "almaden-vision",
        "Almaden Vision AI",
        OrganisationKind.STARTUP,
        leg=SAN_JOSE,
        city="San Jose",
        about="A computer-vision startup for traffic, safety and medical imaging.",
        themes=("artificial_intelligence", "smart_cities", "health", "startups_vc"),
        place=Place(
            "office",
            "Almaden Vision AI",
            "60 South Market Street, San Jose, CA 95113",
            37.3350,
            -121.8920,
        ),
        people=(
            Person(
                "Raj Patel",
                "CEO",
                "Vision AI for intersections and radiology; open to a Moroccan R&D office.",
            ),
        ),
        availability=(window(20, "13:00", "17:30", "Afternoon only"),),
    ),
    host(
        "guadalupe-capital",
        "Guadalupe River Capital",
        OrganisationKind.INVESTOR,
        leg=SAN_JOSE,
        city="Menlo Park",
        about="A venture-capital fund investing in B2B software and deep tech.",
        themes=("startups_vc", "investment", "artificial_intelligence"),
        place=Place(
            "office",
            "Guadalupe River Capital",
            "2750 Sand Hill Road, Menlo Park, CA 94025",
            37.4200,
            -122.2100,
        ),
        people=(
            Person(
                "Emily Chen",
                "Managing Partner",
                "Series A and B; diaspora founders; mentoring programmes with partner funds.",
            ),
            Person(
                "Marc Dubois",
                "Partner",
                "Co-investissement avec des fonds africains, accompagnement des startups "
                "francophones vers le marché américain.",
                languages="fr en",
                preferred="fr",
            ),
        ),
        availability=(blocked(21, "09:00", "17:30", "Partners' meeting"),),
    ),
    host(
        "peninsula-launch",
        "Peninsula Launch Accelerator",
        OrganisationKind.INVESTOR,
        leg=SAN_JOSE,
        city="San Jose",
        about="A three-month accelerator with a soft-landing programme for foreign startups.",
        themes=("startups_vc", "skills_training", "rd_tech_transfer"),
        place=Place(
            "office",
            "Peninsula Launch",
            "111 West Saint John Street, San Jose, CA 95113",
            37.3370,
            -121.8930,
        ),
        people=(
            Person(
                "Sofia Martinez",
                "Program Director",
                "Soft-landing for international startups, demo days, mentor network.",
                languages="en fr",
            ),
        ),
    ),
    host(
        "ventana-govtech",
        "Ventana GovTech",
        OrganisationKind.STARTUP,
        leg=SAN_JOSE,
        city="San Jose",
        about="A govtech company: digital identity, online forms, payments for administrations.",
        themes=("e_government", "cloud_computing", "cybersecurity"),
        place=Place(
            "office",
            "Ventana GovTech",
            "333 West Santa Clara Street, San Jose, CA 95113",
            37.3330,
            -121.8960,
        ),
        people=(
            Person(
                "Aisha Rahman",
                "Head of International",
                "Digital identity and one-stop-shop portals; partners for Africa and the "
                "Middle East.",
                languages="en ar",
                name_ar="عائشة رحمان",
            ),
        ),
        availability=(blocked(19, "09:00", "17:30", "Presidents' Day: office closed"),),
    ),
)
