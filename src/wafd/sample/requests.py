"""Who asked to meet whom before the mission: about twenty visits' worth of requests.

Delegates name host *organisations* (the delegation visits a company, not a
person); a few hosts ask for a delegate or a delegate organisation themselves,
which makes those pairs mutual. ``no`` rows are real-life vetoes: an ongoing
tender, a meeting already held last year.
"""

from wafd.model import MeetingRequest, Preference

MUST = Preference.MUST
WANT = Preference.WANT
NO = Preference.NO

# requester -> ((target, preference, reason), ...)
_WISHES: dict[str, tuple[tuple[str, Preference, str], ...]] = {
    "salma-bennani": (
        ("bayou-digital", MUST, "Guichet unique en ligne de la ville : modèle pour nos services"),
        ("ventana-govtech", MUST, "Identité numérique et portails de démarches"),
        ("southbay-civic", WANT, "Politique d'IA d'une collectivité"),
        ("mesquite-ai", WANT, "Assistants multilingues pour l'administration"),
    ),
    "youssef-el-idrissi": (
        ("mesquite-ai", MUST, "مساعدات ذكية باللغة العربية للخدمات العمومية"),
        ("southbay-civic", MUST, "سجل الخوارزميات وحكامة الذكاء الاصطناعي"),
        ("gcit-ai-lab", WANT, "شراكة بحثية في معالجة اللغة العربية"),
        ("almaden-vision", WANT, "Computer vision for public services"),
    ),
    "houda-chraibi": (
        ("cypress-bend-dc", MUST, "Data-centre investment: present the incentives"),
        ("coyote-valley-dc", MUST, "Looking for new regions with green power"),
        ("hill-country-cloud", WANT, "A cloud region for North and West Africa"),
        ("guadalupe-capital", WANT, "Co-investment with Moroccan funds"),
    ),
    "karim-alaoui": (
        ("peninsula-launch", MUST, "Soft-landing pour les startups marocaines"),
        ("caliche-ventures", MUST, "Mentorat et investissement d'amorçage"),
        ("guadalupe-capital", WANT, "Fonds de fonds et co-investissement"),
        ("saltgrass-analytics", WANT, "Témoignage d'un fondateur"),
    ),
    "fatima-zahra-ouazzani": (
        ("ventana-govtech", MUST, "الهوية الرقمية ومنصات الخدمات"),
        ("hill-country-cloud", MUST, "السحابة السيادية للإدارات"),
        ("bayou-digital", WANT, "رقمنة خدمات المدينة"),
        ("nimbus-stack", WANT, "Migration cloud des administrations"),
    ),
    "mehdi-berrada": (
        ("lonestar-cyber", MUST, "Réponse aux incidents et partage d'information"),
        ("redwood-shield", MUST, "Renseignement sur les menaces pour le CERT national"),
        ("tejas-skills", WANT, "Formation d'analystes SOC"),
        ("mesquite-ai", NO, "Appel d'offres en cours : éviter tout conflit d'intérêts"),
    ),
    "nawal-tahiri": (
        ("lonestar-cyber", MUST, "التكوين على الأمن السيبراني لموظفي الإدارات"),
        ("redwood-shield", WANT, "أمن الحوسبة السحابية"),
        ("hill-country-cloud", WANT, "Normes de sécurité du cloud souverain"),
    ),
    "omar-benkirane": (
        ("caliche-ventures", MUST, "Co-investissement avec des fonds marocains"),
        ("guadalupe-capital", MUST, "Attirer des fonds américains au Maroc"),
        ("coyote-valley-dc", WANT, "Partenariats build-to-suit"),
        ("saltgrass-analytics", NO, "Déjà rencontrés à GITEX Africa l'an dernier"),
    ),
    "leila-fassi-fihri": (
        ("cypress-bend-dc", WANT, "Local suppliers for a data-centre project"),
        ("coyote-valley-dc", MUST, "Gateway to African markets"),
        ("nimbus-stack", WANT, "Cloud investment and partner programme"),
    ),
    "rachid-zniber": (
        ("nimbus-stack", MUST, "Retours d'expérience sur la migration cloud"),
        ("redwood-shield", WANT, "Sécurité du cloud hybride"),
        ("bayou-health", WANT, "Gouvernance et partage de données sensibles"),
    ),
    "imane-kettani": (
        ("nimbus-stack", MUST, "AI adoption in large enterprises"),
        ("saltgrass-analytics", WANT, "AI in industrial operations"),
        ("tejas-skills", WANT, "Upskilling IT teams"),
        ("gcit-ai-lab", WANT, "AI curriculum"),
    ),
    "anas-bouzidi": (
        ("peninsula-launch", MUST, "برنامج التسريع والهبوط الناعم"),
        ("guadalupe-capital", WANT, "صناديق رأس المال الاستثماري"),
        ("caliche-ventures", WANT, "Mentoring for founders"),
        ("almaden-vision", WANT, "Bureau de R&D au Maroc"),
    ),
    "sanaa-lahlou": (
        ("ctu-urban-lab", MUST, "Partenariat universitaire sur la ville intelligente"),
        ("gcit-ai-lab", WANT, "Échanges de doctorants"),
        ("capital-innovation", WANT, "Défis d'innovation avec les startups"),
        ("peninsula-launch", WANT, "Programme d'échange pour nos startups"),
    ),
    "hamza-naciri": (
        ("saltgrass-analytics", MUST, "Équipe d'ingénierie nearshore au Maroc"),
        ("almaden-vision", WANT, "R&D office in Morocco"),
        ("hill-country-cloud", WANT, "Partner programme for integrators"),
    ),
    "ghita-sqalli": (
        ("tejas-skills", MUST, "Bootcamps and train-the-trainer licences"),
        ("capital-innovation", WANT, "Smart-city skills"),
        ("ctu-urban-lab", WANT, "الشراكة مع الجامعات الأمريكية"),
        ("bayou-health", WANT, "Digital health skills"),
    ),
    # Hosts asking for the delegation's people, which makes these pairs mutual.
    "jordan-mitchell": (("hamza-naciri", WANT, "Nearshore engineering partners"),),
    "sarah-kim": (("technopark", WANT, "Deal flow from Moroccan startups"),),
    "kevin-walsh": (("fatima-zahra-ouazzani", MUST, "Government cloud opportunity"),),
    "nadia-karam": (("youssef-el-idrissi", WANT, "تجربة أولى في المغرب"),),
    "olivia-grant": (("dgssi", WANT, "Threat-intelligence sharing with the national CERT"),),
}

REQUESTS: tuple[MeetingRequest, ...] = tuple(
    MeetingRequest(requester=requester, target=target, preference=preference, reason=reason)
    for requester, wishes in _WISHES.items()
    for target, preference, reason in wishes
)
