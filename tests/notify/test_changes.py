"""Change notices go only to the people a change touches, say what changed, update calendars."""

from datetime import timedelta

from export_factories import replanned
from mail_reading import body, invitations, parse

from wafd.model import MeetingStatus, Mission, Schedule
from wafd.notify import Context, changes_between, plan_changes
from wafd.notify.itip import invitation_sequence

SANDHILL = ("alaoui", "gomez")


def _context(context: Context, schedule: Schedule) -> Context:
    return Context(context.mission, schedule, context.sender, context.now, context.site_url)


def _without(schedule: Schedule, meeting_id: str) -> Schedule:
    kept = tuple(m for m in schedule.meetings if m.id != meeting_id)
    return schedule.model_copy(update={"meetings": kept, "version": schedule.version + 1})


def test_a_moved_meeting_notifies_only_its_attendees(
    context: Context, mission: Mission, schedule: Schedule
) -> None:
    moved = replanned(schedule, "m-sandhill", hours=2)
    plan = plan_changes(
        context=_context(context, moved), since=schedule, participants=mission.participants
    )
    assert sorted(m.participant_id for m in plan.messages) == sorted(SANDHILL)


def test_the_notice_says_what_moved_from_where_to_where(
    context: Context, mission: Mission, schedule: Schedule
) -> None:
    moved = replanned(schedule, "m-sandhill", hours=2)
    plan = plan_changes(
        context=_context(context, moved), since=schedule, participants=mission.participants
    )
    gomez = next(m for m in plan.messages if m.participant_id == "gomez")
    text = body(parse(gomez.message.as_bytes()), "plain")
    assert "Moved meetings" in text
    assert "Venture funding for Moroccan startups: now " in text
    assert "4:00" in text  # now 16:00-17:00 local
    assert "(was " in text


def test_a_moved_meeting_invitation_replaces_the_old_event(
    context: Context, mission: Mission, schedule: Schedule
) -> None:
    moved = replanned(schedule, "m-sandhill", hours=2)
    plan = plan_changes(
        context=_context(context, moved), since=schedule, participants=mission.participants
    )
    (calendar,) = invitations(parse(plan.messages[0].message.as_bytes()))
    (event,) = calendar.walk("VEVENT")
    new = moved.by_id()["m-sandhill"]
    assert str(calendar["METHOD"]) == "REQUEST"
    assert int(event["SEQUENCE"]) == invitation_sequence(new) == 2
    assert event.decoded("DTSTART") == new.start


def test_a_removed_meeting_is_cancelled_in_the_calendar(
    context: Context, mission: Mission, schedule: Schedule
) -> None:
    removed = _without(schedule, "m-sandhill")
    plan = plan_changes(
        context=_context(context, removed), since=schedule, participants=mission.participants
    )
    assert sorted(m.participant_id for m in plan.messages) == sorted(SANDHILL)
    message = parse(plan.messages[0].message.as_bytes())
    (calendar,) = invitations(message)
    (event,) = calendar.walk("VEVENT")
    assert (str(calendar["METHOD"]), str(event["STATUS"])) == ("CANCEL", "CANCELLED")
    assert int(event["SEQUENCE"]) == schedule.by_id()["m-sandhill"].sequence + 2


def test_someone_taken_off_a_meeting_gets_a_cancellation_the_others_an_update(
    context: Context, mission: Mission, schedule: Schedule
) -> None:
    meetings = tuple(
        m.model_copy(update={"participants": ("amrani", "benali", "carter")})
        if m.id == "m-lonestar"
        else m
        for m in schedule.meetings
    )
    after = schedule.model_copy(update={"meetings": meetings, "version": 2})
    plan = plan_changes(
        context=_context(context, after), since=schedule, participants=mission.participants
    )
    methods = {
        m.participant_id: str(invitations(parse(m.message.as_bytes()))[0]["METHOD"])
        for m in plan.messages
    }
    assert methods == {
        "amrani": "REQUEST",
        "benali": "REQUEST",
        "carter": "REQUEST",
        "berrada": "CANCEL",
    }


def test_an_unchanged_schedule_tells_nobody(
    context: Context, mission: Mission, schedule: Schedule
) -> None:
    again = schedule.model_copy(update={"version": 2})
    plan = plan_changes(
        context=_context(context, again), since=schedule, participants=mission.participants
    )
    assert plan.messages == []


def test_changes_between_sees_a_cancelled_status_as_a_cancellation(schedule: Schedule) -> None:
    meetings = tuple(
        m.model_copy(update={"status": MeetingStatus.CANCELLED, "sequence": m.sequence + 1})
        if m.id == "m-debrief"
        else m
        for m in schedule.meetings
    )
    after = schedule.model_copy(update={"meetings": meetings})
    changes = changes_between(schedule, after)
    assert [(c.meeting_id, c.kind) for c in changes] == [("m-debrief", "cancelled")]


def test_a_shift_of_a_day_is_a_move(schedule: Schedule) -> None:
    later = tuple(
        m.model_copy(
            update={"start": m.start + timedelta(days=1), "end": m.end + timedelta(days=1)}
        )
        if m.id == "m-debrief"
        else m
        for m in schedule.meetings
    )
    changes = changes_between(schedule, schedule.model_copy(update={"meetings": later}))
    assert [(c.meeting_id, c.kind) for c in changes] == [("m-debrief", "moved")]
