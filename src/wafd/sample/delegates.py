"""The fifteen delegates: fictional people in the seven organisations the articles name.

Their interests follow the articles: e-government and AI for the ministry,
cybersecurity for DGSSI, startups and venture capital for Technopark,
investment for CGEM and APEBI, and skills, cloud, data centres and smart cities
across the board. They write their needs the way people do: in Arabic, French
or English, sometimes mixing them.
"""

from wafd.model import Availability, Language, Participant, Role
from wafd.sample.calendar import DELEGATION_BLOCKS, blocked
from wafd.sample.organisations import ADD, APEBI, AUSIM, CGEM, DGSSI, MTNRA, TECHNOPARK


def _delegate(
    participant_id: str,
    name: str,
    name_ar: str,
    organisation: str,
    title: str,
    *,
    languages: str,
    preferred: str,
    themes: tuple[str, ...],
    needs: str,
    offers: str = "",
    own_blocks: tuple[Availability, ...] = (),
) -> Participant:
    return Participant(
        id=participant_id,
        name=name,
        name_ar=name_ar,
        organisation=organisation,
        role=Role.DELEGATE,
        title=title,
        email=f"{participant_id}@example.org",  # reserved domain (RFC 2606): fictional
        languages=tuple(Language(code) for code in languages.split()),
        preferred_language=Language(preferred),
        themes=themes,
        needs=needs,
        offers=offers,
        group="delegation",
        availability=DELEGATION_BLOCKS + own_blocks,
    )


DELEGATES: tuple[Participant, ...] = (
    _delegate(
        "salma-bennani",
        "Salma Bennani",
        "سلمى بناني",
        MTNRA,
        "Director of Digital Public Services",
        languages="fr ar en",
        preferred="fr",
        themes=("e_government", "artificial_intelligence", "cloud_computing"),
        needs="Retours d'expérience sur les guichets uniques en ligne, l'identité numérique et "
        "l'interopérabilité entre administrations ; partenariats pour Maroc Digital 2030.",
        offers="La feuille de route Maroc Digital 2030 et ses projets de services publics.",
    ),
    _delegate(
        "youssef-el-idrissi",
        "Youssef El Idrissi",
        "يوسف الإدريسي",
        MTNRA,
        "Head of Division, AI and Emerging Technologies",
        languages="ar fr en",
        preferred="ar",
        themes=("artificial_intelligence", "e_government", "rd_tech_transfer"),
        needs="الاطلاع على تجارب استعمال الذكاء الاصطناعي في الخدمات العمومية، وأطر الحكامة "
        "والأخلاقيات، وبرامج تكوين الموظفين في هذا المجال.",
    ),
    _delegate(
        "houda-chraibi",
        "Houda Chraibi",
        "هدى الشرايبي",
        MTNRA,
        "Advisor, Investment and International Cooperation",
        languages="en fr ar",
        preferred="en",
        themes=("investment", "data_centres", "cloud_computing"),
        needs="Meet US tech firms considering a regional hub for Africa; present the "
        "incentives of Morocco Digital 2030; data-centre and cloud-region investment.",
        offers="Investment incentives, offshoring zones, access to African markets.",
        own_blocks=(blocked(20, "09:00", "10:30", "Video call with Rabat"),),
    ),
    _delegate(
        "karim-alaoui",
        "Karim Alaoui",
        "كريم العلوي",
        ADD,
        "Director, Digital Ecosystem and Startups",
        languages="fr ar en",
        preferred="fr",
        themes=("startups_vc", "rd_tech_transfer", "skills_training"),
        needs="Programmes d'accélération, mentorat par des investisseurs américains, accès au "
        "capital-risque pour les startups marocaines.",
        offers="Les programmes nationaux de soutien aux startups de Maroc Digital 2030.",
    ),
    _delegate(
        "fatima-zahra-ouazzani",
        "Fatima Zahra Ouazzani",
        "فاطمة الزهراء الوزاني",
        ADD,
        "Head of E-Government Platforms",
        languages="ar fr en",
        preferred="ar",
        themes=("e_government", "cloud_computing", "data_centres", "cybersecurity"),
        needs="منصات الحكومة الرقمية، السحابة السيادية واستضافة البيانات العمومية، والهوية "
        "الرقمية للمواطنين.",
    ),
    _delegate(
        "mehdi-berrada",
        "Mehdi Berrada",
        "مهدي برادة",
        DGSSI,
        "Head of National CERT Operations",
        languages="fr ar en",
        preferred="fr",
        themes=("cybersecurity",),
        needs="Coopération en réponse aux incidents, partage de renseignements sur les menaces, "
        "protection des infrastructures critiques, exercices de crise.",
    ),
    _delegate(
        "nawal-tahiri",
        "Nawal Tahiri",
        "نوال الطاهري",
        DGSSI,
        "Head of Certification and Standards",
        languages="ar fr",
        preferred="ar",
        themes=("cybersecurity", "cloud_computing", "skills_training"),
        needs="تبادل الخبرات حول معايير الأمن السيبراني للحوسبة السحابية وتأهيل مقدمي الخدمات، "
        "وتكوين الكفاءات في أمن نظم المعلومات.",
    ),
    _delegate(
        "omar-benkirane",
        "Omar Benkirane",
        "عمر بنكيران",
        CGEM,
        "Chair, Digital Economy Commission",
        languages="fr ar en",
        preferred="fr",
        themes=("investment", "offshoring", "startups_vc"),
        needs="Attirer des investissements américains dans le numérique, partenariats B2B pour "
        "les entreprises membres, co-investissement avec des fonds locaux.",
        own_blocks=(
            blocked(12, "09:00", "18:00", "Joins the delegation in Austin"),
            blocked(13, "09:00", "18:00", "Joins the delegation in Austin"),
        ),
    ),
    _delegate(
        "leila-fassi-fihri",
        "Leila Fassi Fihri",
        "ليلى الفاسي الفهري",
        CGEM,
        "Director, International Relations",
        languages="en fr ar",
        preferred="en",
        themes=("investment", "digital_infrastructure", "data_centres"),
        needs="Investment partnerships, local suppliers for US firms setting up in Morocco, "
        "Morocco as a gateway to African markets.",
    ),
    _delegate(
        "rachid-zniber",
        "Rachid Zniber",
        "رشيد زنيبر",
        AUSIM,
        "Board member; CIO of a Moroccan bank",
        languages="fr en",
        preferred="fr",
        themes=("cloud_computing", "cybersecurity", "data_centres"),
        needs="Sécurité du cloud hybride, gouvernance des données, retours d'expérience de DSI "
        "américains sur la migration vers le cloud.",
    ),
    _delegate(
        "imane-kettani",
        "Imane Kettani",
        "إيمان الكتاني",
        AUSIM,
        "Vice-President, Digital Transformation Committee",
        languages="en fr ar",
        preferred="en",
        themes=("artificial_intelligence", "skills_training", "cloud_computing"),
        needs="AI adoption in large enterprises, change management, upskilling IT teams; "
        "des cas d'usage concrets en banque et assurance.",
    ),
    _delegate(
        "anas-bouzidi",
        "Anas Bouzidi",
        "أنس بوزيدي",
        TECHNOPARK,
        "Head of Incubation",
        languages="ar fr en",
        preferred="ar",
        themes=("startups_vc", "skills_training", "artificial_intelligence"),
        needs="ربط الشركات الناشئة المغربية بصناديق رأس المال الاستثماري وبرامج التسريع في "
        "وادي السيليكون، والتوجيه (mentoring) من رواد أعمال أمريكيين.",
        offers="Des startups incubées dans les Technoparks de Casablanca, Rabat, Tanger, Agadir.",
    ),
    _delegate(
        "sanaa-lahlou",
        "Sanaa Lahlou",
        "سناء لحلو",
        TECHNOPARK,
        "Director of Partnerships",
        languages="fr en ar",
        preferred="fr",
        themes=("startups_vc", "education", "rd_tech_transfer", "smart_cities"),
        needs="Partenariats avec des universités et des accélérateurs, programmes d'échange et "
        "de soft-landing pour nos startups aux États-Unis.",
    ),
    _delegate(
        "hamza-naciri",
        "Hamza Naciri",
        "حمزة الناصري",
        APEBI,
        "Vice-President, Offshoring and Export",
        languages="fr en ar",
        preferred="fr",
        themes=("offshoring", "investment", "artificial_intelligence"),
        needs="Nearshore et offshoring IT depuis le Maroc; attract US clients and investors "
        "for Moroccan IT services firms.",
        offers="Des entreprises membres aux équipes d'ingénieurs francophones et anglophones.",
    ),
    _delegate(
        "ghita-sqalli",
        "Ghita Sqalli",
        "غيثة السقلي",
        APEBI,
        "Director, Skills and Talent Programme",
        languages="en fr ar",
        preferred="en",
        themes=("skills_training", "education", "cloud_computing", "smart_cities"),
        needs="Skills pipelines: certifications cloud et IA, coding bootcamps, الشراكة مع "
        "الجامعات الأمريكية لتكوين المهندسين.",
    ),
)
