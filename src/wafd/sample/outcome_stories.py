"""The eight fictional opportunities of the sample tour and how each one went.

Each story names the visit it came from (a stable meeting id of the sample programme), the
organisations on both sides, an estimated value in USD or MAD, and its dated moves; some
moves are reported by a survey answer instead of by the organisers.
"""

from dataclasses import dataclass
from datetime import date
from typing import Any

from wafd.outcomes import OutcomeContext, Outcomes, Stage, move_opportunity, record_survey_answer
from wafd.outcomes.checks import money
from wafd.outcomes.model import InterestKind


@dataclass(frozen=True)
class Story:
    id: str
    title: str
    meeting: str
    delegates: tuple[str, ...]
    hosts: tuple[str, ...]
    kind: InterestKind
    themes: tuple[str, ...]
    value: tuple[float, str] | None
    probability: float | None
    moves: tuple[tuple[Stage, date, str], ...] = ()

    def fields(self, context: OutcomeContext) -> dict[str, Any]:
        day = context.meetings[self.meeting].day
        return {
            "opportunity_id": self.id,
            "title": self.title,
            "identified_on": day,
            "identified_by": "US Commercial Service Casablanca",
            "delegate_organisations": self.delegates,
            "host_organisations": self.hosts,
            "meetings": (self.meeting,),
            "kind": self.kind,
            "themes": self.themes,
            "value": money(*self.value, day) if self.value else None,
            "probability": self.probability,
        }


K, S = InterestKind, Stage
OPPORTUNITIES = (
    Story("o-sovereign-cloud", "Sovereign cloud pilot for government services",
          "visit-hill-country-cloud", ("add", "mtnra"), ("hill-country-cloud",), K.EXPORT_SALE,
          ("cloud_computing",), (2_400_000, "USD"), 0.6,
          ((S.IN_DISCUSSION, date(2024, 3, 5), ""), (S.PROPOSAL, date(2024, 4, 18), ""))),
    Story("o-dc-investment", "Data-centre campus near Casablanca", "visit-cypress-bend-dc",
          ("cgem", "technopark"), ("cypress-bend-dc",), K.INVESTMENT, ("data_centres",),
          (30_000_000, "USD"), 0.2, ((S.IN_DISCUSSION, date(2024, 3, 12), ""),)),
    Story("o-soc-training", "SOC analyst training programme for DGSSI", "visit-lonestar-cyber",
          ("dgssi",), ("lonestar-cyber",), K.KNOWLEDGE_TRANSFER, ("cybersecurity",),
          (3_500_000, "MAD"), 0.5,
          ((S.IN_DISCUSSION, date(2024, 3, 1), ""), (S.PROPOSAL, date(2024, 4, 2), ""))),
    Story("o-arabic-assistant", "Arabic-language assistant for public services",
          "visit-mesquite-ai", ("add",), ("mesquite-ai",), K.PARTNERSHIP,
          ("artificial_intelligence",), (1_200_000, "USD"), None,
          ((S.IN_DISCUSSION, date(2024, 3, 8), ""),
           (S.LOST, date(2024, 5, 2), "Public procurement rules require an open tender"))),
    Story("o-startup-fund", "Co-investment fund for Moroccan startups", "visit-caliche-ventures",
          ("technopark", "apebi"), ("caliche-ventures",), K.INVESTMENT, ("startups_vc",),
          (5_000_000, "USD"), 0.3, ((S.IN_DISCUSSION, date(2024, 3, 20), ""),)),
    Story("o-eservices-portal", "E-services portal pilot for the ministry",
          "visit-ventana-govtech", ("mtnra",), ("ventana-govtech",), K.PROCUREMENT,
          ("e_government",), (8_000_000, "MAD"), 0.4,
          ((S.IN_DISCUSSION, date(2024, 3, 4), ""), (S.PROPOSAL, date(2024, 4, 10), ""))),
    Story("o-cloud-bootcamp", "Cloud skills bootcamp for 200 Moroccan engineers",
          "visit-tejas-skills", ("ausim",), ("tejas-skills",), K.KNOWLEDGE_TRANSFER,
          ("skills_training",), (1_800_000, "MAD"), 0.9,
          ((S.IN_DISCUSSION, date(2024, 2, 28), ""), (S.AGREEMENT_SIGNED, date(2024, 4, 30), ""),
           (S.DELIVERED, date(2024, 6, 28), ""))),
    Story("o-urban-lab", "Smart-city living lab exchange", "visit-ctu-urban-lab", ("mtnra",),
          ("ctu-urban-lab",), K.PARTNERSHIP, ("smart_cities",), None, None),
)  # fmt: skip

SURVEY_ANSWERS = (  # round, participant, date, opportunity, stage, comment
    ("m0", "karim-alaoui", date(2024, 2, 23), None, None, "Very useful cloud visits."),
    ("m0", "mehdi-berrada", date(2024, 2, 26), None, None, ""),
    ("m0", "anas-bouzidi", date(2024, 2, 27), None, None, "Investors asked for a follow-up."),
    ("m0", "omar-benkirane", date(2024, 2, 28), None, None, ""),
    ("m3", "karim-alaoui", date(2024, 5, 20), "o-sovereign-cloud", S.AGREEMENT_SIGNED,
     "Contract signed for a 12-month pilot."),
    ("m3", "omar-benkirane", date(2024, 6, 10), "o-dc-investment", S.MOU_SIGNED,
     "MoU signed with the investor."),
    ("m3", "salma-bennani", date(2024, 6, 12), "o-eservices-portal", None, "Waiting for budget."),
)  # fmt: skip


def replay_stages(
    outcomes: Outcomes, context: OutcomeContext, answers: tuple[Any, ...]
) -> Outcomes:
    """The stories' moves and the survey answers, together in date order."""
    events: list[tuple[date, int, Any]] = [
        (on, 0, (story.id, stage, reason))
        for story in OPPORTUNITIES
        if any(o.id == story.id for o in outcomes.opportunities)
        for stage, on, reason in story.moves
    ]
    events += [(answer[2], 1, answer) for answer in answers if answer[1] in context.participants]
    for on, kind, event in sorted(events, key=lambda item: (item[0], item[1])):
        if kind == 0:
            oid, stage, reason = event
            outcomes = move_opportunity(
                outcomes, context=context, opportunity_id=oid, stage=stage, on=on,
                by="US Commercial Service Casablanca", reason=reason,
            )  # fmt: skip
            continue
        round_id, person, _, oid, stage, comment = event
        known = any(o.id == oid for o in outcomes.opportunities)
        outcomes = record_survey_answer(
            outcomes, context=context, round_id=round_id, participant=person, answered=on,
            opportunity=oid if known else None, stage=stage if known else None, comment=comment,
        )  # fmt: skip
    return outcomes
