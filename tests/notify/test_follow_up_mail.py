"""Feedback requests after a meeting and survey rounds, in each recipient's language."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from mail_reading import body, parse

from wafd.model import Mission
from wafd.notify import Context, next_feedback_due, plan_feedback_requests, plan_survey_round

CENTRAL = ZoneInfo("America/Chicago")
AFTER_LONESTAR = datetime(2024, 2, 12, 11, 45, tzinfo=CENTRAL)
"""The briefing (to 09:15) and the Lonestar meeting (to 11:30) have ended."""


def _at(context: Context, now: datetime) -> Context:
    return Context(context.mission, context.schedule, context.sender, now)


def _feedback_link(mid: str) -> str:
    return f"https://wafd.example.org/m/1/meetings/{mid}/feedback/"


def test_feedback_request_goes_to_delegates_and_hosts_of_ended_meetings(context: Context) -> None:
    plan = plan_feedback_requests(context=_at(context, AFTER_LONESTAR), link_for=_feedback_link)

    keys = sorted(m.key for m in plan.messages)
    assert keys == sorted(
        f"{context.mission.id}:feedback:{mid}:{pid}"
        for mid, pid in [
            ("m-briefing", "amrani"),
            ("m-briefing", "benali"),
            ("m-briefing", "tazi"),
            ("m-briefing", "alaoui"),
            ("m-lonestar", "amrani"),
            ("m-lonestar", "benali"),
            ("m-lonestar", "carter"),
        ]
    )  # the organiser (berrada) is not asked; afternoon meetings have not ended


def test_feedback_request_carries_the_form_link_in_the_readers_language(
    context: Context,
) -> None:
    plan = plan_feedback_requests(context=_at(context, AFTER_LONESTAR), link_for=_feedback_link)
    arabic = next(m for m in plan.messages if m.key.endswith("m-lonestar:amrani"))
    english = next(m for m in plan.messages if m.key.endswith("m-lonestar:carter"))
    message = parse(arabic.message.as_bytes())

    assert arabic.language == "ar"
    assert str(message["Subject"]).startswith("كيف كان اجتماعك")
    assert _feedback_link("m-lonestar") in body(message, "plain")
    assert 'dir="rtl"' in body(message, "html")
    assert english.subject == "How was your meeting “Sovereign cloud and data centres”?"


def test_feedback_skips_meetings_not_held_absentees_answers_given_and_opt_outs(
    context: Context,
) -> None:
    plan = plan_feedback_requests(
        context=_at(context, AFTER_LONESTAR),
        link_for=_feedback_link,
        not_held={"m-briefing"},
        absent={"m-lonestar": ("benali",)},
        answered={("m-lonestar", "amrani")},
        skip={"carter"},
    )

    assert plan.messages == []


def test_feedback_letters_already_queued_are_not_written_again(context: Context) -> None:
    done = f"{context.mission.id}:feedback:m-lonestar:carter"
    plan = plan_feedback_requests(
        context=_at(context, AFTER_LONESTAR), link_for=_feedback_link, queued={done}
    )

    assert len(plan.messages) == 6
    assert done not in {m.key for m in plan.messages}


def test_feedback_is_not_asked_about_meetings_ended_days_ago(context: Context) -> None:
    week_later = AFTER_LONESTAR + timedelta(days=7)
    plan = plan_feedback_requests(context=_at(context, week_later), link_for=_feedback_link)

    assert plan.messages == []


def test_next_feedback_is_due_when_the_next_meeting_ends(context: Context) -> None:
    due = next_feedback_due(_at(context, AFTER_LONESTAR))

    assert due == datetime(2024, 2, 12, 15, 0, tzinfo=CENTRAL)


def test_survey_round_sends_each_delegate_and_host_their_own_link(
    context: Context, mission: Mission
) -> None:
    plan = plan_survey_round(
        context=context,
        participants=mission.participants,
        round_id="m3",
        months_after=3,
        link_for=lambda pid: f"https://wafd.example.org/survey/token-{pid}/",
        expires=date(2024, 6, 1),
    )
    by_person = {m.participant_id: parse(m.message.as_bytes()) for m in plan.messages}
    french = body(by_person["benali"], "plain")

    assert "berrada" not in by_person  # organisers answer no survey
    assert len(by_person) == 10
    assert "https://wafd.example.org/survey/token-benali/" in french
    assert "token-amrani" not in french
    assert str(by_person["benali"]["Subject"]).startswith("Enquête de suivi")
    assert "3 mois après" in french
    assert {m.key for m in plan.messages} >= {f"{mission.id}:survey:m3:benali"}
