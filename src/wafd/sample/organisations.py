"""The organisations the articles name: the seven Moroccan members of the delegation and
the two US organisers, with their names as they are written in Arabic, French and English.

These organisations are real; the people attached to them in this sample are not.
"""

from wafd.model import Language, LocalizedText, Organisation, OrganisationKind, Participant, Role

MTNRA = "mtnra"
ADD = "add"
DGSSI = "dgssi"
CGEM = "cgem"
AUSIM = "ausim"
TECHNOPARK = "technopark"
APEBI = "apebi"
US_CS_CASABLANCA = "us-cs-casablanca"
USTDA = "ustda"


def _organisation(
    org_id: str,
    kind: OrganisationKind,
    country: str,
    city: str,
    *,
    ar: str,
    fr: str,
    en: str,
    acronym: str = "",
    about: str = "",
) -> Organisation:
    return Organisation(
        id=org_id,
        name=LocalizedText(ar=ar, fr=fr, en=en),
        acronym=acronym,
        kind=kind,
        country=country,
        city=city,
        description=LocalizedText(en=about),
    )


DELEGATE_ORGANISATIONS: tuple[Organisation, ...] = (
    _organisation(
        MTNRA,
        OrganisationKind.MINISTRY,
        "MA",
        "Rabat",
        ar="وزارة الانتقال الرقمي وإصلاح الإدارة",
        fr="Ministère de la Transition numérique et de la Réforme de l'administration",
        en="Ministry of Digital Transition and Administrative Reform",
        acronym="MTNRA",
        about="Leads the Morocco Digital 2030 strategy and the reform of public services.",
    ),
    _organisation(
        ADD,
        OrganisationKind.AGENCY,
        "MA",
        "Rabat",
        ar="وكالة التنمية الرقمية",
        fr="Agence de Développement du Digital",
        en="Digital Development Agency",
        acronym="ADD",
        about="Implements the state's digital programmes: e-government platforms, startups.",
    ),
    _organisation(
        DGSSI,
        OrganisationKind.AGENCY,
        "MA",
        "Rabat",
        ar="المديرية العامة لأمن نظم المعلومات",
        fr="Direction Générale de la Sécurité des Systèmes d'Information",
        en="General Directorate of Information Systems Security",
        acronym="DGSSI",
        about="National cybersecurity authority; runs the national CERT (maCERT).",
    ),
    _organisation(
        CGEM,
        OrganisationKind.ASSOCIATION,
        "MA",
        "Casablanca",
        ar="الاتحاد العام لمقاولات المغرب",
        fr="Confédération Générale des Entreprises du Maroc",
        en="General Confederation of Moroccan Enterprises",
        acronym="CGEM",
        about="Morocco's employers' confederation; speaks for private investment.",
    ),
    _organisation(
        AUSIM,
        OrganisationKind.ASSOCIATION,
        "MA",
        "Casablanca",
        ar="جمعية مستعملي الأنظمة المعلوماتية بالمغرب",
        fr="Association des Utilisateurs des Systèmes d'Information au Maroc",
        en="Moroccan Association of Information Systems Users",
        acronym="AUSIM",
        about="Association of CIOs and IT leaders of Moroccan companies and administrations.",
    ),
    _organisation(
        TECHNOPARK,
        OrganisationKind.TECHNOPARK,
        "MA",
        "Casablanca",
        ar="تكنوبارك",
        fr="Technopark",
        en="Technopark",
        about="Hosts and incubates technology startups in Casablanca, Rabat, Tangier, Agadir.",
    ),
    _organisation(
        APEBI,
        OrganisationKind.ASSOCIATION,
        "MA",
        "Casablanca",
        ar="فيدرالية تكنولوجيا المعلومات والاتصالات وترحيل الخدمات",
        fr="Fédération des Technologies de l'Information, des Télécommunications et de "
        "l'Offshoring",
        en="Federation of Information Technology, Telecommunications and Offshoring",
        acronym="APEBI",
        about="Federation of Morocco's IT, telecom and offshoring companies.",
    ),
)

ORGANISER_ORGANISATIONS: tuple[Organisation, ...] = (
    _organisation(
        US_CS_CASABLANCA,
        OrganisationKind.PUBLIC_BODY,
        "US",
        "Casablanca",
        ar="القسم التجاري الأمريكي بالقنصلية العامة الأمريكية بالدار البيضاء",
        fr="Service commercial des États-Unis, Consulat général des États-Unis à Casablanca",
        en="U.S. Commercial Service, U.S. Consulate General Casablanca",
        acronym="USCS",
        about="Organiser of the reverse trade mission.",
    ),
    _organisation(
        USTDA,
        OrganisationKind.AGENCY,
        "US",
        "Washington, DC",
        ar="الوكالة الأمريكية للتجارة والتنمية",
        fr="Agence des États-Unis pour le commerce et le développement",
        en="U.S. Trade and Development Agency",
        acronym="USTDA",
        about="Co-organiser of the reverse trade mission.",
    ),
)

# Fictional staff who travel with the delegation and attend the collective events.
ORGANISER_PARTICIPANTS: tuple[Participant, ...] = (
    Participant(
        id="org-laura-bennett",
        email="laura-bennett@example.net",
        name="Laura Bennett",
        name_ar="لورا بينيت",
        organisation=US_CS_CASABLANCA,
        role=Role.ORGANISER,
        title="Commercial Specialist, digital economy",
        languages=(Language.EN, Language.FR),
        preferred_language=Language.EN,
    ),
    Participant(
        id="org-youness-saidi",
        email="youness-saidi@example.net",
        name="Youness Saidi",
        name_ar="يونس السعيدي",
        organisation=US_CS_CASABLANCA,
        role=Role.ORGANISER,
        title="Commercial Assistant, mission logistics",
        languages=(Language.AR, Language.FR, Language.EN),
        preferred_language=Language.FR,
    ),
    Participant(
        id="org-mark-holloway",
        email="mark-holloway@example.net",
        name="Mark Holloway",
        organisation=USTDA,
        role=Role.ORGANISER,
        title="Regional Manager, Middle East and North Africa",
        languages=(Language.EN,),
        preferred_language=Language.EN,
    ),
)
