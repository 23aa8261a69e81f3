"""The outcomes workbook, sheet by sheet and column by column (and its YAML twin).

Kept apart from the mission workbook: outcomes are recorded for months after the
mission, by other people, while the mission file stays as planned. The same column
machinery as the mission's (``wafd.io.columns``) reads, writes, documents and checks it.
"""

from datetime import date, time
from functools import partial

from wafd.i18n import N_
from wafd.io.columns import CellType, Column, Sheet
from wafd.outcomes.model import ActionStatus, AttendanceStatus, FollowUp, InterestKind, Stage

T = CellType
C = partial(Column, domain="outcomes")


def _choices(enum: type[object]) -> tuple[str, ...]:
    return tuple(str(member) for member in enum)  # type: ignore[attr-defined]


SETTINGS = Sheet(
    name="Outcomes",
    yaml_key="outcomes",
    description=N_("Settings of the report: its currency and the day it speaks of."),
    key_value=True,
    columns=(
        C("reporting_currency", T.TEXT, N_("ISO 4217 code of the report's currency"), "USD"),
        C("report_date", T.DATE, N_("The day the report speaks of (overdue actions…)"),
          date(2024, 6, 30)),
        C("fictional", T.BOOLEAN, N_("yes if these outcomes are invented (samples, tests)"), False),
    ),
)  # fmt: skip

ATTENDANCE = Sheet(
    name="Attendance",
    yaml_key="attendance",
    description=N_("Whether each scheduled meeting was held, and who did not come."),
    columns=(
        C("meeting", T.ID, N_("Meeting id from the schedule"), "welcome", required=True),
        C("status", T.CHOICE, N_("What happened"), "held", required=True,
          choices=_choices(AttendanceStatus)),
        C("absent", T.IDS, N_("Participants who did not come (ids)"), ()),
        C("actual_start", T.TIME, N_("When it really started"), time(10, 5)),
        C("actual_end", T.TIME, N_("When it really ended"), time(11, 0)),
        C("notes", T.TEXT, N_("Organiser's private notes"), ""),
    ),
)  # fmt: skip

FEEDBACK = Sheet(
    name="Feedback",
    yaml_key="feedback",
    description=N_("What each participant thought of each meeting."),
    columns=(
        C("meeting", T.ID, N_("Meeting id from the schedule"), "welcome", required=True),
        C("participant", T.ID, N_("Who answers (participant id)"), "d-amina", required=True),
        C("rating", T.INTEGER, N_("1 (poor) to 5 (excellent)"), 4, minimum=1, maximum=5),
        C("follow_up", T.CHOICE, N_("Wants to follow up"), "yes", choices=_choices(FollowUp)),
        C("interests", T.CHOICES, N_("What it may lead to"), ("partnership",),
          choices=_choices(InterestKind)),
        C("comment", T.TEXT, N_("Comment, as written"), ""),
    ),
)  # fmt: skip

ACTIONS = Sheet(
    name="Actions",
    yaml_key="actions",
    description=N_("What must happen next, who does it and by when."),
    id_column="id",
    columns=(
        C("id", T.ID, N_("Short code of the action"), "a-1", required=True),
        C("what", T.TEXT, N_("What must be done"), "Send the technical offer", required=True),
        C("owner", T.ID, N_("Participant id, or organiser"), "organiser"),
        C("due", T.DATE, N_("Due date"), date(2024, 3, 15)),
        C("status", T.CHOICE, N_("Where it stands"), "open", choices=_choices(ActionStatus)),
        C("meetings", T.IDS, N_("Meetings it comes from (ids)"), ("welcome",)),
    ),
)  # fmt: skip

OPPORTUNITIES = Sheet(
    name="Opportunities",
    yaml_key="opportunities",
    description=N_("Deals that came out of the meetings; their stages are in Stages."),
    id_column="id",
    columns=(
        C("id", T.ID, N_("Short code of the opportunity"), "o-1", required=True),
        C("title", T.TEXT, N_("What the deal is"), "Cloud hosting pilot", required=True),
        C("delegate_organisations", T.IDS, N_("Organisations on the delegation's side"),
          ("add",)),
        C("host_organisations", T.IDS, N_("Organisations on the hosts' side"), ()),
        C("meetings", T.IDS, N_("Meetings it came from (ids)"), ("welcome",)),
        C("kind", T.CHOICE, N_("Kind of deal"), "partnership", choices=_choices(InterestKind)),
        C("themes", T.IDS, N_("Theme ids"), ("cloud_computing",)),
        C("value", T.NUMBER, N_("Estimated value"), 250000, minimum=0),
        C("currency", T.TEXT, N_("ISO 4217 code of the value, e.g. USD, MAD"), "USD"),
        C("value_date", T.DATE, N_("Date of the estimate"), date(2024, 2, 20)),
        C("probability", T.NUMBER, N_("Chance it closes, 0 to 1"), 0.3, minimum=0, maximum=1),
        C("identified_on", T.DATE, N_("When it was identified"), date(2024, 2, 20),
          required=True),
        C("identified_by", T.TEXT, N_("Who identified it"), ""),
    ),
)  # fmt: skip

STAGES = Sheet(
    name="Stages",
    yaml_key="stages",
    description=N_("Each dated move of an opportunity from one stage to another."),
    columns=(
        C("opportunity", T.ID, N_("Opportunity id"), "o-1", required=True),
        C("stage", T.CHOICE, N_("The stage it moved to"), "in_discussion", required=True,
          choices=_choices(Stage)),
        C("date", T.DATE, N_("When it moved"), date(2024, 3, 1), required=True),
        C("by", T.TEXT, N_("Who recorded the move"), ""),
        C("reason", T.TEXT, N_("Why (required when lost or going back)"), ""),
    ),
)  # fmt: skip

SURVEYS = Sheet(
    name="Surveys",
    yaml_key="surveys",
    description=N_("Answers to the follow-up questionnaires (+0, +3, +6, +12 months)."),
    columns=(
        C("round", T.ID, N_("Round code, e.g. m3"), "m0", required=True),
        C("months_after", T.INTEGER, N_("Months after the mission"), 0, required=True,
          minimum=0, maximum=120),
        C("participant", T.ID, N_("Who answers (participant id)"), "d-amina", required=True),
        C("answered", T.DATE, N_("When"), date(2024, 2, 28), required=True),
        C("opportunity", T.ID, N_("Opportunity the answer is about"), ""),
        C("stage", T.CHOICE, N_("Its stage now, by this answer"), "", choices=_choices(Stage)),
        C("reason", T.TEXT, N_("Why (required when lost or going back)"), ""),
        C("comment", T.TEXT, N_("Comment, as written"), ""),
    ),
)  # fmt: skip

COSTS = Sheet(
    name="Costs",
    yaml_key="costs",
    description=N_("What the mission cost and who paid, for the return multiplier."),
    columns=(
        C("item", T.TEXT, N_("What was paid for"), "Flights", required=True),
        C("funder", T.TEXT, N_("Who paid"), "USTDA"),
        C("amount", T.NUMBER, N_("Amount"), 45000, required=True, minimum=0),
        C("currency", T.TEXT, N_("ISO 4217 code, e.g. USD, MAD"), "USD", required=True),
    ),
)

RATES = Sheet(
    name="Rates",
    yaml_key="rates",
    description=N_("Conversion to the reporting currency, each rate from its date."),
    columns=(
        C("currency", T.TEXT, N_("ISO 4217 code, e.g. MAD"), "MAD", required=True),
        C("rate", T.NUMBER, N_("Units of the reporting currency for 1 unit"), 0.1,
          required=True, minimum=0),
        C("date", T.DATE, N_("From when the rate applies"), date(2024, 2, 1), required=True),
    ),
)  # fmt: skip

OUTCOME_SHEETS: tuple[Sheet, ...] = (
    SETTINGS,
    ATTENDANCE,
    FEEDBACK,
    ACTIONS,
    OPPORTUNITIES,
    STAGES,
    SURVEYS,
    COSTS,
    RATES,
)
