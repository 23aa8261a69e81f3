"""A small tour and its outcomes, small enough to compute the report's figures by hand.

Houston (12-13 February 2024) and San Jose (20-21 February): three delegates, three hosts,
six scheduled meetings (one cancelled). ``build_outcomes`` records what came of them through
the engine's own actions; the expected figures in test_figures.py are worked out from it.
"""

from datetime import date, datetime
from zoneinfo import ZoneInfo

from wafd.model import (
    Language,
    Leg,
    LocalizedText,
    MeetingKind,
    MeetingStatus,
    Mission,
    Organisation,
    OrganisationKind,
    Participant,
    Role,
    Schedule,
    ScheduledMeeting,
)
from wafd.outcomes import (
    OutcomeContext,
    Outcomes,
    Stage,
    add_cost,
    add_opportunity,
    add_survey_round,
    move_opportunity,
    outcome_context,
    record_attendance,
    record_feedback,
    record_survey_answer,
    save_action,
    set_rate,
)
from wafd.outcomes.checks import money
from wafd.outcomes.model import ActionStatus, AttendanceStatus, FollowUp, InterestKind

HOUSTON = ZoneInfo("America/Chicago")
SAN_JOSE = ZoneInfo("America/Los_Angeles")


def _org(oid: str, name: str, kind: OrganisationKind) -> Organisation:
    return Organisation(id=oid, name=LocalizedText(en=name, ar=name), kind=kind)


def _person(pid: str, name: str, org: str, role: Role) -> Participant:
    return Participant(id=pid, name=name, organisation=org, role=role)


def build_mission() -> Mission:
    return Mission(
        id="tour",
        name=LocalizedText(en="Digital tour", fr="Tournée numérique", ar="الجولة الرقمية"),
        languages=(Language.EN, Language.FR, Language.AR),
        legs=(
            Leg(
                id="hou",
                city="Houston",
                timezone="America/Chicago",
                start_date=date(2024, 2, 12),
                end_date=date(2024, 2, 13),
            ),
            Leg(
                id="sj",
                city="San Jose",
                timezone="America/Los_Angeles",
                start_date=date(2024, 2, 20),
                end_date=date(2024, 2, 21),
            ),
        ),
        organisations=(
            _org("add", "Digital Development Agency", OrganisationKind.AGENCY),
            _org("dgssi", "DGSSI", OrganisationKind.AGENCY),
            _org("lonestar", "Lone Star Cloud", OrganisationKind.COMPANY),
            _org("shield", "ShieldTX", OrganisationKind.COMPANY),
            _org("valley", "Valley AI Lab", OrganisationKind.STARTUP),
        ),
        participants=(
            _person("amrani", "Salma Amrani", "add", Role.DELEGATE),
            _person("benali", "Youssef Benali", "add", Role.DELEGATE),
            _person("tazi", "Karim Tazi", "dgssi", Role.DELEGATE),
            _person("carter", "Emily Carter", "lonestar", Role.HOST),
            _person("ramirez", "Diego Ramírez", "shield", Role.HOST),
            _person("kim", "David Kim", "valley", Role.HOST),
        ),
    )


def _meeting(
    mid: str, people: tuple[str, ...], day: int, leg: str, theme: str, *, cancelled: bool = False
) -> ScheduledMeeting:
    zone = HOUSTON if leg == "hou" else SAN_JOSE
    return ScheduledMeeting(
        id=mid,
        kind=MeetingKind.GROUP_VISIT,
        title=f"Meeting {mid}",
        participants=people,
        start=datetime(2024, 2, day, 10, tzinfo=zone),
        end=datetime(2024, 2, day, 11, tzinfo=zone),
        leg=leg,
        themes=(theme,),
        status=MeetingStatus.CANCELLED if cancelled else MeetingStatus.CONFIRMED,
    )


def build_schedule() -> Schedule:
    return Schedule(
        mission="tour",
        meetings=(
            _meeting("m1", ("amrani", "benali", "carter"), 12, "hou", "cloud_computing"),
            _meeting("m2", ("tazi", "ramirez"), 12, "hou", "cybersecurity"),
            _meeting("m3", ("amrani", "ramirez"), 13, "hou", "cybersecurity"),
            _meeting("m4", ("amrani", "tazi", "kim"), 20, "sj", "artificial_intelligence"),
            _meeting("m5", ("benali", "kim"), 21, "sj", "artificial_intelligence", cancelled=True),
            _meeting("m6", ("tazi", "kim"), 21, "sj", "cybersecurity"),
        ),
    )


def build_context() -> OutcomeContext:
    return outcome_context(mission=build_mission(), schedule=build_schedule())


def _attendance(outcomes: Outcomes, context: OutcomeContext) -> Outcomes:
    held = AttendanceStatus.HELD
    for meeting in ("m1", "m3", "m4"):
        outcomes = record_attendance(outcomes, context=context, meeting=meeting, status=held)
    return record_attendance(
        outcomes,
        context=context,
        meeting="m2",
        status=AttendanceStatus.NO_SHOW,
        absent=("ramirez",),
    )


FEEDBACK = (  # meeting, participant, rating, follow-up, interests
    ("m1", "amrani", 5, FollowUp.YES, (InterestKind.PARTNERSHIP,)),
    ("m1", "benali", 4, FollowUp.MAYBE, ()),
    ("m1", "carter", 4, FollowUp.YES, (InterestKind.EXPORT_SALE,)),
    ("m3", "amrani", 3, FollowUp.NO, ()),
    ("m3", "ramirez", 5, FollowUp.YES, (InterestKind.EXPORT_SALE,)),
    ("m4", "tazi", 2, FollowUp.MAYBE, ()),
    ("m4", "kim", 4, FollowUp.YES, (InterestKind.INVESTMENT,)),
)


def _feedback(outcomes: Outcomes, context: OutcomeContext) -> Outcomes:
    for meeting, participant, rating, follow_up, interests in FEEDBACK:
        outcomes = record_feedback(
            outcomes,
            context=context,
            meeting=meeting,
            participant=participant,
            rating=rating,
            follow_up=follow_up,
            interests=interests,
        )
    return outcomes


def _pipeline(outcomes: Outcomes, context: OutcomeContext) -> Outcomes:
    feb, jun = (lambda d: date(2024, 2, d)), (lambda d: date(2024, 6, d))
    specs = (  # id, meeting, kind, theme, value, currency, identified on
        ("o-cloud", "m1", InterestKind.EXPORT_SALE, "cloud_computing", 100_000, "USD", feb(12)),
        ("o-soc", "m3", InterestKind.EXPORT_SALE, "cybersecurity", 500_000, "MAD", feb(13)),
        ("o-ai", "m4", InterestKind.INVESTMENT, "artificial_intelligence", 200_000, "USD", feb(20)),
        ("o-lab", "m4", InterestKind.PARTNERSHIP, "artificial_intelligence", None, None, feb(20)),
    )
    for oid, meeting, kind, theme, amount, currency, on in specs:
        outcomes = add_opportunity(
            outcomes,
            context=context,
            opportunity_id=oid,
            title=oid,
            identified_on=on,
            meetings=(meeting,),
            kind=kind,
            themes=(theme,),
            value=money(amount, currency, on),
        )
    moves = (  # id, stage, date, reason
        ("o-cloud", Stage.IN_DISCUSSION, feb(26), ""),
        ("o-cloud", Stage.PROPOSAL, date(2024, 3, 10), ""),
        ("o-soc", Stage.IN_DISCUSSION, feb(20), ""),
        ("o-ai", Stage.LOST, date(2024, 3, 1), "budget cut"),
    )
    for oid, stage, on, reason in moves:
        outcomes = move_opportunity(
            outcomes, context=context, opportunity_id=oid, stage=stage, on=on, reason=reason
        )
    outcomes = add_survey_round(outcomes, round_id="m0", months_after=0)
    outcomes = add_survey_round(outcomes, round_id="m3", months_after=3)
    answers = (  # round, participant, date, opportunity, stage
        ("m0", "amrani", feb(28), None, None),
        ("m0", "tazi", feb(29), None, None),
        ("m3", "amrani", jun(1), "o-cloud", Stage.AGREEMENT_SIGNED),
        ("m3", "tazi", jun(2), "o-soc", Stage.MOU_SIGNED),
    )
    for round_id, person, on, oid, stage in answers:
        outcomes = record_survey_answer(
            outcomes,
            context=context,
            round_id=round_id,
            participant=person,
            answered=on,
            opportunity=oid,
            stage=stage,
        )
    return outcomes


def build_outcomes() -> Outcomes:
    """The tour's outcomes; report date 1 July 2024, reporting in USD (1 MAD = 0.1 USD)."""
    context = build_context()
    outcomes = Outcomes(reporting_currency="USD", report_date=date(2024, 7, 1))
    outcomes = _feedback(_attendance(outcomes, context), context)
    outcomes = _pipeline(outcomes, context)
    for action_id, owner, due, status in (
        ("a1", "amrani", date(2024, 3, 1), ActionStatus.OPEN),
        ("a2", "organiser", date(2024, 8, 1), ActionStatus.OPEN),
        ("a3", "carter", date(2024, 3, 1), ActionStatus.DONE),
    ):
        outcomes = save_action(
            outcomes, context=context, action_id=action_id, what="Send the offer", owner=owner,
            due=due, status=status, meetings=("m1",),
        )  # fmt: skip
    outcomes = set_rate(outcomes, currency="MAD", rate=0.1, on=date(2024, 2, 1))
    outcomes = add_cost(outcomes, item="Flights", amount=30_000, currency="USD", funder="USTDA")
    return add_cost(outcomes, item="Hotels", amount=200_000, currency="MAD", funder="CGEM")
