"""The programme e-mail: one per person, in their language, with PDF and updating invitations."""

import icalendar
from mail_reading import body, invitations, parse, pdfs

from wafd.export.calendar import calendar_ics, meeting_uid
from wafd.export.localize import Localizer
from wafd.model import Mission, Schedule
from wafd.notify import Context, plan_programme


def _exported_events(context: Context, participant_id: str) -> dict[str, icalendar.Event]:
    reader = context.mission.participant_index()[participant_id]
    data = calendar_ics(
        context.facts, context.schedule, Localizer("en"), reader=reader, personal_data=True
    )
    events = icalendar.Calendar.from_ical(data).walk("VEVENT")
    return {str(event["UID"]): event for event in events}


def test_programme_goes_to_everyone_with_a_meeting(context: Context, mission: Mission) -> None:
    plan = plan_programme(context=context, participants=mission.participants)
    with_meetings = {p.id for p in mission.participants if context.schedule.for_participant(p.id)}
    assert {m.participant_id for m in plan.messages} == with_meetings
    assert plan.unreachable == []


def test_programme_in_arabic_is_right_to_left_with_an_encoded_subject(context: Context) -> None:
    plan = plan_programme(
        context=context, participants=[context.mission.participant_index()["amrani"]]
    )
    raw = plan.messages[0].message.as_bytes()
    subject_line = next(line for line in raw.split(b"\r\n") if line.startswith(b"Subject:"))
    assert b"=?utf-8?" in subject_line
    message = parse(raw)
    assert message["Subject"] == "برنامجك: الوفد الرقمي المغربي إلى الولايات المتحدة"
    html = body(message, "html")
    assert '<html lang="ar" dir="rtl">' in html
    assert "السيد(ة) سارة العمراني" in body(message, "plain")


def test_programme_in_french_for_a_french_reader(context: Context) -> None:
    plan = plan_programme(
        context=context, participants=[context.mission.participant_index()["benali"]]
    )
    message = parse(plan.messages[0].message.as_bytes())
    assert str(message["Subject"]).startswith("Votre programme : ")
    assert message["Content-Language"] == "fr"
    assert '<html lang="fr" dir="ltr">' in body(message, "html")


def test_programme_attaches_the_itinerary_pdf(context: Context) -> None:
    plan = plan_programme(
        context=context, participants=[context.mission.participant_index()["tazi"]]
    )
    attached = pdfs(parse(plan.messages[0].message.as_bytes()))
    assert len(attached) == 1
    assert attached[0].startswith(b"%PDF-")


def test_invitations_share_the_exported_uid_with_a_higher_sequence(
    context: Context, schedule: Schedule
) -> None:
    person = context.mission.participant_index()["alaoui"]
    plan = plan_programme(context=context, participants=[person])
    message = parse(plan.messages[0].message.as_bytes())
    exported = _exported_events(context, "alaoui")
    sent = invitations(message)
    assert len(sent) == len(schedule.for_participant("alaoui"))
    for calendar in sent:
        assert str(calendar["METHOD"]) == "REQUEST"
        (event,) = calendar.walk("VEVENT")
        uid = str(event["UID"])
        assert uid in exported
        assert int(event["SEQUENCE"]) == int(exported[uid]["SEQUENCE"]) + 1
        assert str(event["ORGANIZER"]) == "mailto:organisers@example.net"
        attendees = [str(a) for a in event.get("ATTENDEE")]
        assert "mailto:alaoui@example.org" in attendees
    assert meeting_uid(context.mission.id, "m-sandhill") in {
        str(c.walk("VEVENT")[0]["UID"]) for c in sent
    }


def test_invitation_parts_carry_their_method_on_the_content_type(context: Context) -> None:
    plan = plan_programme(
        context=context, participants=[context.mission.participant_index()["kim"]]
    )
    message = parse(plan.messages[0].message.as_bytes())
    parts = [p for p in message.iter_attachments() if p.get_content_type() == "text/calendar"]
    assert [p.get_param("method") for p in parts] == ["REQUEST"] * len(parts)


def test_same_event_for_same_person_has_the_same_message_id(context: Context) -> None:
    person = [context.mission.participant_index()["kim"]]
    first = plan_programme(context=context, participants=person).messages[0]
    again = plan_programme(context=context, participants=person).messages[0]
    assert first.message["Message-ID"] == again.message["Message-ID"]
    assert first.key == f"{context.mission.id}:programme:v1:kim"
