"""Reminders go out at 18:00 the evening before, in the local time of the next day's city."""

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from mail_reading import body, parse

from wafd.model import Mission
from wafd.notify import Context, plan_reminders, reminder_due

PACIFIC = ZoneInfo("America/Los_Angeles")


def _at(context: Context, now: datetime) -> Context:
    return Context(context.mission, context.schedule, context.sender, now)


def test_reminder_is_due_at_six_pm_local_the_day_before(context: Context) -> None:
    due = reminder_due(context, date(2024, 2, 20))
    assert due == datetime(2024, 2, 19, 18, 0, tzinfo=PACIFIC)


def test_no_reminder_before_the_evening_before(context: Context, mission: Mission) -> None:
    early = datetime(2024, 2, 20, 1, 59, tzinfo=UTC)  # 17:59 in San Jose on the 19th
    plan = plan_reminders(context=_at(context, early), participants=mission.participants)
    assert all(not m.key.endswith(("2024-02-20:alaoui",)) for m in plan.messages)


def test_reminder_lists_tomorrows_meetings_only(context: Context, mission: Mission) -> None:
    evening = datetime(2024, 2, 20, 2, 30, tzinfo=UTC)  # 18:30 in San Jose on the 19th
    person = mission.participant_index()["gomez"]
    plan = plan_reminders(context=_at(context, evening), participants=[person])
    assert [m.key for m in plan.messages] == [f"{mission.id}:reminder:2024-02-20:gomez"]
    text = body(parse(plan.messages[0].message.as_bytes()), "plain")
    assert "Venture funding for Moroccan startups" in text
    assert plan.messages[0].subject == "Tomorrow, Tuesday, February 20, 2024: 1 meetings"


def test_people_who_opted_out_get_no_reminder(context: Context, mission: Mission) -> None:
    evening = datetime(2024, 2, 20, 2, 30, tzinfo=UTC)
    plan = plan_reminders(
        context=_at(context, evening), participants=mission.participants, skip={"gomez"}
    )
    assert "gomez" not in {m.participant_id for m in plan.messages}
    assert "alaoui" in {m.participant_id for m in plan.messages}
