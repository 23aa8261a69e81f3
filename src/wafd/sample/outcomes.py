"""Fictional outcomes of the sample tour: who came, what they thought, what followed.

Everything here is invented for the demo (the ``fictional`` flag is set and the report says
so): two no-shows, ratings from delegates and hosts, eight opportunities at different stages
with values in USD and MAD, actions, two survey rounds, the costs and the MAD rate. Ratings
and follow-up intents are derived from a hash of the meeting and the person, so that every
scheduled meeting gets plausible, stable feedback whatever the solver placed; the named
opportunities are tied to visits by their stable ids and skipped if a visit is missing.
"""

from datetime import date
from zlib import crc32

from wafd.model import MeetingKind, Mission, Role, Schedule
from wafd.outcomes import (
    OutcomeContext,
    Outcomes,
    add_cost,
    add_opportunity,
    add_survey_round,
    outcome_context,
    record_attendance,
    record_feedback,
    save_action,
    set_rate,
)
from wafd.outcomes.model import ActionStatus, AttendanceStatus, FollowUp, InterestKind
from wafd.sample.outcome_stories import OPPORTUNITIES, SURVEY_ANSWERS, replay_stages

NO_SHOWS = {"visit-bayou-health": Role.HOST, "visit-ctu-urban-lab": Role.DELEGATE}
INTERESTS = {
    "investment": InterestKind.INVESTMENT,
    "startups_vc": InterestKind.INVESTMENT,
    "cloud_computing": InterestKind.EXPORT_SALE,
    "data_centres": InterestKind.EXPORT_SALE,
    "skills_training": InterestKind.KNOWLEDGE_TRANSFER,
    "rd_tech_transfer": InterestKind.KNOWLEDGE_TRANSFER,
    "e_government": InterestKind.PROCUREMENT,
    "smart_cities": InterestKind.PARTNERSHIP,
    "cybersecurity": InterestKind.PARTNERSHIP,
}


def build_sample_outcomes(*, mission: Mission, schedule: Schedule) -> Outcomes:
    """The sample tour's fictional outcomes, reported in USD on 1 July 2024."""
    context = outcome_context(mission=mission, schedule=schedule)
    outcomes = Outcomes(reporting_currency="USD", report_date=date(2024, 7, 1), fictional=True)
    outcomes = _attendance_and_feedback(outcomes, context, schedule)
    for story in OPPORTUNITIES:
        if story.meeting in context.meetings:
            outcomes = add_opportunity(outcomes, context=context, **story.fields(context))
    outcomes = add_survey_round(outcomes, round_id="m0", months_after=0)
    outcomes = add_survey_round(outcomes, round_id="m3", months_after=3)
    outcomes = replay_stages(outcomes, context, SURVEY_ANSWERS)
    outcomes = _actions(outcomes, context)
    outcomes = set_rate(outcomes, currency="MAD", rate=0.099, on=date(2024, 1, 1))
    outcomes = set_rate(outcomes, currency="MAD", rate=0.1, on=date(2024, 4, 1))
    for item, amount, currency, funder in (
        ("International flights", 38_000, "USD", "USTDA"),
        ("Hotels, 10 nights", 52_000, "USD", "USTDA"),
        ("Ground transport and interpreters", 14_000, "USD", "US Commercial Service"),
        ("Per diem and preparation in Morocco", 420_000, "MAD", "CGEM"),
    ):
        outcomes = add_cost(outcomes, item=item, amount=amount, currency=currency, funder=funder)
    return outcomes


def _score(*keys: str) -> int:
    return crc32("/".join(keys).encode()) % 100


def _attendance_and_feedback(
    outcomes: Outcomes, context: OutcomeContext, schedule: Schedule
) -> Outcomes:
    for meeting in sorted(schedule.meetings, key=lambda m: m.start):
        absent_role = NO_SHOWS.get(meeting.id)
        absent = tuple(
            p for p in meeting.participants if absent_role and context.role(p) == absent_role
        )[:1]
        status = AttendanceStatus.NO_SHOW if absent else AttendanceStatus.HELD
        outcomes = record_attendance(
            outcomes, context=context, meeting=meeting.id, status=status, absent=absent
        )
        if meeting.kind != MeetingKind.GROUP_VISIT:
            continue
        for person in meeting.participants:
            if person in absent or context.role(person) not in (Role.DELEGATE, Role.HOST):
                continue
            score = _score(meeting.id, person)
            if score < 12:
                continue  # not everyone answers
            rating = 2 if score < 20 else 3 if score < 40 else 4 if score < 75 else 5
            follow = FollowUp.YES if rating >= 4 else FollowUp.MAYBE if rating == 3 else FollowUp.NO
            kinds = (
                [INTERESTS[t] for t in meeting.themes if t in INTERESTS][:2] if rating >= 3 else []
            )
            outcomes = record_feedback(
                outcomes, context=context, meeting=meeting.id, participant=person,
                rating=rating, follow_up=follow, interests=kinds,
            )  # fmt: skip
    return outcomes


ACTIONS = (  # id, what, owner, due, status, meeting
    ("a-cloud-specs", "Send the technical requirements for the sovereign cloud pilot",
     "karim-alaoui", date(2024, 3, 1), "done", "visit-hill-country-cloud"),
    ("a-dc-site-visit", "Organise a site visit of candidate data-centre land in Benslimane",
     "organiser", date(2024, 4, 15), "done", "visit-cypress-bend-dc"),
    ("a-soc-curriculum", "Share the SOC analyst curriculum with DGSSI",
     "organiser", date(2024, 3, 15), "open", "visit-lonestar-cyber"),
    ("a-fund-term-sheet", "Draft a term sheet for the co-investment fund",
     "anas-bouzidi", date(2024, 5, 31), "open", "visit-caliche-ventures"),
    ("a-govtech-demo", "Arrange an online demo of the e-services portal for the ministry",
     "salma-bennani", date(2024, 8, 15), "open", "visit-ventana-govtech"),
    ("a-health-reschedule", "Reschedule the missed Bayou Health visit as a video call",
     "organiser", date(2024, 3, 8), "dropped", "visit-bayou-health"),
)  # fmt: skip


def _actions(outcomes: Outcomes, context: OutcomeContext) -> Outcomes:
    for action_id, what, owner, due, status, meeting in ACTIONS:
        if meeting not in context.meetings or (
            owner != "organiser" and owner not in context.participants
        ):
            continue
        outcomes = save_action(
            outcomes, context=context, action_id=action_id, what=what, owner=owner, due=due,
            status=ActionStatus(status), meetings=(meeting,),
        )  # fmt: skip
    return outcomes
