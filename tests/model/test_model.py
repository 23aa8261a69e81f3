"""Specifications of the domain types."""

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from pydantic import ValidationError

from wafd.model import (
    Availability,
    Language,
    Leg,
    LocalizedText,
    MeetingKind,
    MeetingRequest,
    MeetingStatus,
    Mission,
    Participant,
    Role,
    Schedule,
    ScheduledMeeting,
)


def _leg(**changes: object) -> Leg:
    fields: dict[str, object] = {
        "id": "hou",
        "city": "Houston",
        "timezone": "America/Chicago",
        "start_date": date(2024, 2, 12),
        "end_date": date(2024, 2, 14),
    }
    fields.update(changes)
    return Leg.model_validate(fields)


def test_localized_text_falls_back_to_a_known_language() -> None:
    text = LocalizedText(fr="Villes intelligentes")
    assert text.get(Language.AR) == "Villes intelligentes"
    assert LocalizedText(ar="الصحة", en="Health").get("ar") == "الصحة"


def test_leg_rejects_unknown_time_zone() -> None:
    with pytest.raises(ValidationError, match="unknown IANA time zone"):
        _leg(timezone="America/Houston")


def test_leg_rejects_end_before_start() -> None:
    with pytest.raises(ValidationError, match="end_date is before start_date"):
        _leg(end_date=date(2024, 2, 10))


def test_leg_lists_its_days_and_covers_them() -> None:
    leg = _leg()
    assert leg.days() == [date(2024, 2, 12), date(2024, 2, 13), date(2024, 2, 14)]
    assert leg.covers(date(2024, 2, 13))
    assert not leg.covers(date(2024, 2, 15))


def test_models_are_immutable() -> None:
    leg = _leg()
    with pytest.raises(ValidationError):
        leg.city = "Austin"  # type: ignore[misc]


def test_request_to_oneself_is_rejected() -> None:
    with pytest.raises(ValidationError, match="themself"):
        MeetingRequest(requester="d1", target="d1")


def test_availability_must_end_after_it_starts() -> None:
    with pytest.raises(ValidationError, match="end must be after start"):
        Availability(day=date(2024, 2, 12), start=time(14), end=time(10))


def test_participant_display_name_uses_arabic_script_for_arabic_readers() -> None:
    person = Participant(
        id="d1",
        name="Salma Idrissi",
        name_ar="سلمى الإدريسي",
        organisation="mtnra",
        role=Role.DELEGATE,
    )
    assert person.display_name(Language.AR) == "سلمى الإدريسي"
    assert person.display_name(Language.FR) == "Salma Idrissi"


def test_scheduled_meeting_requires_aware_times() -> None:
    with pytest.raises(ValidationError, match="time zone"):
        ScheduledMeeting(
            id="m1",
            kind=MeetingKind.ONE_TO_ONE,
            title="Visit",
            participants=("d1",),
            start=datetime(2024, 2, 12, 9),
            end=datetime(2024, 2, 12, 10),
        )


def test_schedule_lists_a_participants_active_meetings_in_order() -> None:
    zone = ZoneInfo("America/Chicago")

    def meeting(mid: str, hour: int, status: MeetingStatus) -> ScheduledMeeting:
        return ScheduledMeeting(
            id=mid,
            kind=MeetingKind.GROUP_VISIT,
            title=mid,
            participants=("d1", "h1"),
            start=datetime(2024, 2, 12, hour, tzinfo=zone),
            end=datetime(2024, 2, 12, hour + 1, tzinfo=zone),
            status=status,
        )

    schedule = Schedule(
        mission="m",
        meetings=(
            meeting("late", 15, MeetingStatus.CONFIRMED),
            meeting("gone", 11, MeetingStatus.CANCELLED),
            meeting("early", 9, MeetingStatus.CONFIRMED),
        ),
    )
    assert [m.id for m in schedule.for_participant("d1")] == ["early", "late"]


def test_mission_finds_the_leg_of_a_day() -> None:
    houston = _leg()
    austin = _leg(id="aus", city="Austin", start_date=date(2024, 2, 15), end_date=date(2024, 2, 16))
    mission = Mission(id="m", name=LocalizedText(en="M"), legs=(houston, austin))
    found = mission.leg_on(date(2024, 2, 16))
    assert found is not None
    assert found.city == "Austin"
    assert mission.leg_on(date(2024, 2, 20)) is None
    assert mission.start_date == date(2024, 2, 12)
