"""The theme taxonomy: what delegates and hosts talk about.

Each theme has a stable id (used in workbooks and requests), labels in the
three languages, and synonyms in any language that the matcher and the
validator's "did you mean" use.
"""

from pydantic import BaseModel, ConfigDict, Field

from wafd.model.text import LocalizedText


class Theme(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    label: LocalizedText
    synonyms: tuple[str, ...] = ()


def _theme(theme_id: str, en: str, fr: str, ar: str, *synonyms: str) -> Theme:
    return Theme(id=theme_id, label=LocalizedText(en=en, fr=fr, ar=ar), synonyms=synonyms)


DEFAULT_THEMES: tuple[Theme, ...] = (
    _theme(
        "e_government",
        "E-government",
        "Administration électronique",
        "الإدارة الإلكترونية",
        "digital government",
        "e-gov",
        "egov",
        "gouvernement numérique",
        "e-administration",
        "الحكومة الرقمية",
        "الخدمات الإدارية الرقمية",
    ),
    _theme(
        "artificial_intelligence",
        "Artificial intelligence",
        "Intelligence artificielle",
        "الذكاء الاصطناعي",
        "AI",
        "IA",
        "machine learning",
        "apprentissage automatique",
        "التعلم الآلي",
    ),
    _theme(
        "smart_cities",
        "Smart cities",
        "Villes intelligentes",
        "المدن الذكية",
        "smart city",
        "ville intelligente",
        "urban technology",
        "المدينة الذكية",
    ),
    _theme(
        "cloud_computing",
        "Cloud computing",
        "Informatique en nuage",
        "الحوسبة السحابية",
        "cloud",
        "nuage",
        "infonuagique",
        "السحابة",
    ),
    _theme(
        "data_centres",
        "Data centres",
        "Centres de données",
        "مراكز البيانات",
        "data center",
        "datacenter",
        "hosting",
        "hébergement",
        "مركز البيانات",
    ),
    _theme(
        "cybersecurity",
        "Cybersecurity",
        "Cybersécurité",
        "الأمن السيبراني",
        "cyber security",
        "information security",
        "sécurité des systèmes d'information",
        "أمن نظم المعلومات",
        "أمن المعلومات",
    ),
    _theme(
        "startups_vc",
        "Startups and venture capital",
        "Startups et capital-risque",
        "الشركات الناشئة ورأس المال الاستثماري",
        "startup",
        "venture capital",
        "VC",
        "capital-risque",
        "jeunes pousses",
        "الشركات الناشئة",
        "رأس المال المخاطر",
    ),
    _theme(
        "skills_training",
        "Skills and training",
        "Compétences et formation",
        "الكفاءات والتكوين",
        "skills",
        "training",
        "formation",
        "talent",
        "upskilling",
        "تطوير الكفاءات",
        "التكوين",
    ),
    _theme(
        "rd_tech_transfer",
        "R&D and technology transfer",
        "R&D et transfert de technologie",
        "البحث والتطوير ونقل التكنولوجيا",
        "research and development",
        "R&D",
        "technology transfer",
        "innovation",
        "recherche et développement",
        "نقل التكنولوجيا",
        "الابتكار",
    ),
    _theme(
        "education",
        "Education",
        "Éducation",
        "التعليم",
        "edtech",
        "enseignement",
        "e-learning",
        "التربية",
    ),
    _theme(
        "health",
        "Health",
        "Santé",
        "الصحة",
        "healthcare",
        "e-health",
        "e-santé",
        "santé numérique",
        "الصحة الرقمية",
    ),
    _theme(
        "investment",
        "Investment and partnerships",
        "Investissement et partenariats",
        "الاستثمار والشراكات",
        "investment",
        "FDI",
        "partnership",
        "investissement",
        "partenariat",
        "الاستثمار",
        "الشراكة",
    ),
    _theme(
        "digital_infrastructure",
        "Digital infrastructure and connectivity",
        "Infrastructures numériques et connectivité",
        "البنية التحتية الرقمية والربط",
        "broadband",
        "5G",
        "telecom",
        "connectivity",
        "très haut débit",
        "الاتصالات",
    ),
    _theme(
        "offshoring",
        "IT services and offshoring",
        "Services IT et offshoring",
        "خدمات تكنولوجيا المعلومات وترحيل الخدمات",
        "outsourcing",
        "BPO",
        "nearshore",
        "externalisation",
        "ترحيل الخدمات",
    ),
)
