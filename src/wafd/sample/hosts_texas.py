"""Fictional hosts in Texas: five in Houston, seven in Austin (America/Chicago)."""

from wafd.model import OrganisationKind
from wafd.sample.calendar import window
from wafd.sample.hosting import Host, Person, Place, host
from wafd.sample.places import AUSTIN, HOUSTON

HOUSTON_HOSTS: tuple[Host, ...] = (
    host(
        "bayou-digital",
        "Bayou City Office of Digital Services",
        OrganisationKind.PUBLIC_BODY,
        leg=HOUSTON,
        city="Houston",
        about="A city digital-services office: online permits, 311, open data.",
        themes=("e_government", "smart_cities", "cloud_computing"),
        place=Place(
            "office",
            "City Hall Annex, 4th floor",
            "611 Walker Street, Houston, TX 77002",
            29.7590,
            -95.3675,
        ),
        people=(
            Person(
                "Marcus Reed",
                "Chief Digital Officer",
                "How we moved 140 city services online in three years; our open-data portal "
                "and the procurement model behind it.",
            ),
        ),
        availability=(window(12, "14:00", "17:30"), window(13, "09:00", "12:30")),
    ),
    host(
        "cypress-bend-dc",
        "Cypress Bend Data Centers",
        OrganisationKind.COMPANY,
        leg=HOUSTON,
        city="Houston",
        about="Builds and runs colocation and hyperscale data centres on the Gulf Coast.",
        themes=("data_centres", "cloud_computing", "investment", "digital_infrastructure"),
        place=Place(
            "campus",
            "Cypress Bend HOU-2 campus",
            "4500 Westway Park Blvd, Houston, TX 77041",
            29.8660,
            -95.5630,
        ),
        people=(
            Person(
                "Elena Vasquez",
                "VP, Hyperscale Development",
                "Site selection and power sourcing for large data centres; looking at new "
                "regions with renewable energy and subsea cables.",
                languages="en fr",
            ),
        ),
    ),
    host(
        "gcit-ai-lab",
        "Gulf Coast Institute of Technology — Applied AI Lab",
        OrganisationKind.UNIVERSITY,
        leg=HOUSTON,
        city="Houston",
        about="A university lab working on applied machine learning and AI education.",
        themes=("artificial_intelligence", "rd_tech_transfer", "education", "skills_training"),
        place=Place(
            "building",
            "GCIT Science & Engineering Building",
            "4200 Cullen Boulevard, Houston, TX 77004",
            29.7199,
            -95.3422,
        ),
        people=(
            Person(
                "Dr. Priya Raman",
                "Lab Director",
                "Joint research projects, visiting PhD students, an open AI curriculum for "
                "universities.",
            ),
            Person(
                "Dr. Samir Haddad",
                "Research Scientist, Arabic NLP",
                "Modèles de langue pour l'arabe et la darija ; prêt à co-encadrer des "
                "doctorants marocains.",
                languages="en fr ar",
                preferred="fr",
                name_ar="سمير حداد",
            ),
        ),
        availability=(window(13, "13:30", "17:30", "Afternoon only: teaching in the morning"),),
    ),
    host(
        "saltgrass-analytics",
        "Saltgrass Analytics",
        OrganisationKind.STARTUP,
        leg=HOUSTON,
        city="Houston",
        about="A startup applying AI to energy and industrial operations.",
        themes=("artificial_intelligence", "cloud_computing", "startups_vc"),
        place=Place(
            "office",
            "Saltgrass Analytics",
            "1801 Main Street, Suite 300, Houston, TX 77002",
            29.7520,
            -95.3730,
        ),
        people=(
            Person(
                "Jordan Mitchell",
                "CEO and co-founder",
                "Predictive maintenance with AI; seeking a nearshore engineering team and "
                "pilot customers in North Africa.",
            ),
        ),
    ),
    host(
        "bayou-health",
        "Bayou Health Informatics Consortium",
        OrganisationKind.RESEARCH,
        leg=HOUSTON,
        city="Houston",
        about="A non-profit consortium of hospitals sharing health data and digital tools.",
        themes=("health", "artificial_intelligence", "data_centres", "cybersecurity"),
        place=Place(
            "office",
            "Consortium offices",
            "2450 Holcombe Blvd, Houston, TX 77021",
            29.7050,
            -95.3960,
        ),
        people=(
            Person(
                "Dr. Angela Brooks",
                "Executive Director",
                "Health information exchange, privacy-preserving analytics, telemedicine.",
            ),
        ),
        availability=(window(12, "09:00", "17:30"),),
    ),
)

AUSTIN_HOSTS: tuple[Host, ...] = (
    host(
        "capital-innovation",
        "Capital City Office of Smart Mobility and Innovation",
        OrganisationKind.PUBLIC_BODY,
        leg=AUSTIN,
        city="Austin",
        about="A city innovation office: smart mobility, sensors, digital services.",
        themes=("smart_cities", "e_government", "artificial_intelligence"),
        place=Place(
            "office",
            "One Civic Center, 2nd floor",
            "505 Barton Springs Road, Austin, TX 78704",
            30.2610,
            -97.7510,
        ),
        people=(
            Person(
                "Daniel Ortiz",
                "Chief Innovation Officer",
                "Smart-traffic pilots, a city data platform, how to run innovation challenges "
                "with local startups.",
                languages="en fr",
            ),
        ),
        availability=(window(15, "09:00", "12:30"), window(16, "09:00", "12:30")),
    ),
    host(
        "lonestar-cyber",
        "Lone Star Office of Cyber Resilience",
        OrganisationKind.PUBLIC_BODY,
        leg=AUSTIN,
        city="Austin",
        about="A state cybersecurity agency: incident response, training, local-government help.",
        themes=("cybersecurity", "skills_training", "e_government"),
        place=Place(
            "office",
            "State Office Building B",
            "1700 North Congress Avenue, Austin, TX 78701",
            30.2800,
            -97.7390,
        ),
        people=(
            Person(
                "Rebecca Hayes",
                "Chief Information Security Officer",
                "State-wide security operations centre, cyber-range training for civil servants.",
            ),
            Person(
                "Thomas Nguyen",
                "Director, Incident Response",
                "Incident-response playbooks, information sharing with cities and counties.",
            ),
        ),
        availability=(window(15, "13:30", "17:30"), window(16, "09:00", "12:30")),
    ),
    host(
        "hill-country-cloud",
        "Hill Country Cloud",
        OrganisationKind.COMPANY,
        leg=AUSTIN,
        city="Austin",
        about="A cloud provider with sovereign-cloud offers for governments.",
        themes=("cloud_computing", "data_centres", "cybersecurity", "investment"),
        place=Place(
            "office",
            "Hill Country Cloud HQ",
            "10900 Stonelake Blvd, Austin, TX 78759",
            30.3930,
            -97.7230,
        ),
        people=(
            Person(
                "Kevin Walsh",
                "Director, Public Sector and International",
                "Sovereign and government cloud regions, partner programmes for local "
                "integrators, a possible region in North or West Africa.",
            ),
        ),
    ),
    host(
        "mesquite-ai",
        "Mesquite AI",
        OrganisationKind.STARTUP,
        leg=AUSTIN,
        city="Austin",
        about="A startup building document AI and multilingual assistants for public services.",
        themes=("artificial_intelligence", "e_government", "startups_vc"),
        place=Place(
            "office",
            "Mesquite AI",
            "600 Congress Avenue, 14th floor, Austin, TX 78701",
            30.2680,
            -97.7430,
        ),
        people=(
            Person(
                "Nadia Karam",
                "Head of Applied Research",
                "مساعدات ذكية متعددة اللغات للإدارات، بما فيها العربية والدارجة؛ نبحث عن شركاء "
                "لتجارب أولى في المغرب.",
                languages="en ar fr",
                preferred="ar",
                name_ar="نادية كرم",
            ),
        ),
    ),
    host(
        "caliche-ventures",
        "Caliche Ventures",
        OrganisationKind.INVESTOR,
        leg=AUSTIN,
        city="Austin",
        about="An early-stage venture fund investing in software and climate tech.",
        themes=("startups_vc", "investment", "artificial_intelligence"),
        place=Place(
            "office",
            "Caliche Ventures",
            "98 San Jacinto Blvd, Austin, TX 78701",
            30.2620,
            -97.7410,
        ),
        people=(
            Person(
                "Sarah Kim",
                "General Partner",
                "Seed and Series A investment; mentoring founders expanding to the US.",
            ),
            Person(
                "Michael Turner",
                "Principal",
                "Deal flow from emerging markets; co-investment with local funds.",
            ),
        ),
        availability=(window(16, "09:00", "17:00", "Partners in Austin on Friday only"),),
    ),
    host(
        "ctu-urban-lab",
        "Central Texas University — Urban Systems Lab",
        OrganisationKind.UNIVERSITY,
        leg=AUSTIN,
        city="Austin",
        about="A university lab on smart-city data, mobility and urban sensing.",
        themes=("smart_cities", "rd_tech_transfer", "education"),
        place=Place(
            "building",
            "Urban Systems Lab",
            "3001 Lake Austin Blvd, Austin, TX 78703",
            30.2890,
            -97.7800,
        ),
        people=(
            Person(
                "Prof. David Okafor",
                "Lab Director",
                "Urban digital twins, student exchanges, joint research grants.",
            ),
        ),
        availability=(window(14, "14:00", "17:30"), window(15, "09:00", "12:30")),
    ),
    host(
        "tejas-skills",
        "Tejas Skills Academy",
        OrganisationKind.COMPANY,
        leg=AUSTIN,
        city="Austin",
        about="A training company running cloud, data and cybersecurity bootcamps.",
        themes=("skills_training", "education", "cloud_computing", "cybersecurity"),
        place=Place(
            "campus",
            "Tejas Skills campus",
            "5201 East Riverside Drive, Austin, TX 78741",
            30.2320,
            -97.7200,
        ),
        people=(
            Person(
                "Monica Reyes",
                "Director of Workforce Programs",
                "Twelve-week bootcamps with job placement, train-the-trainer licences, "
                "certifications in French and English.",
                languages="en fr",
            ),
        ),
    ),
)
