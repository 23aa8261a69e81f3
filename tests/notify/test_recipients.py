"""Audiences, languages and people without a usable address."""

import pytest

from wafd.model import Language, Mission, Role
from wafd.notify import Context, NotifyError, plan_note, recipient_language, select_participants


def test_delegates_audience_is_the_delegates(mission: Mission) -> None:
    chosen = select_participants(mission, to="delegates")
    assert {p.role for p in chosen} == {Role.DELEGATE}
    assert len(chosen) == len(mission.participants_with_role(Role.DELEGATE))


def test_an_organisation_id_selects_its_people(mission: Mission) -> None:
    chosen = select_participants(mission, to="mtdra")
    assert [p.id for p in chosen] == [
        p.id for p in mission.participants if p.organisation == "mtdra"
    ]


def test_unknown_ids_are_named_in_the_error(mission: Mission) -> None:
    with pytest.raises(NotifyError) as caught:
        select_participants(mission, to="amrani,nobody")
    assert "nobody" in str(caught.value)
    assert "nobody" in caught.value.in_language("ar")


def test_language_falls_back_to_the_missions_when_unsupported(mission: Mission) -> None:
    person = mission.participant_index()["amrani"]
    assert recipient_language(mission, person) == "ar"
    assert recipient_language(mission, None) == str(mission.languages[0])
    assert Language.AR in mission.languages


def test_people_without_or_with_a_malformed_address_are_listed_not_mailed(
    context: Context, mission: Mission
) -> None:
    people = list(mission.participants)
    people[0] = people[0].model_copy(update={"email": ""})
    people[1] = people[1].model_copy(update={"email": "no-at-sign.example.org"})
    plan = plan_note(
        context=context,
        participants=people,
        subject="Bus at 8",
        body="Meet in the lobby.",
        note_id="n1",
    )
    assert [(u.participant.id, u.reason) for u in plan.unreachable] == [
        (people[0].id, "no e-mail address"),
        (people[1].id, "malformed e-mail address"),
    ]
    assert len(plan.messages) == len(people) - 2


def test_a_group_message_subject_stays_on_one_line(context: Context, mission: Mission) -> None:
    plan = plan_note(
        context=context,
        participants=mission.participants[:1],
        subject="Bus\r\nBcc: everyone@example.org",
        body="Lobby.",
        note_id="n2",
    )
    message = plan.messages[0].message
    assert message["Subject"] == "Bus Bcc: everyone@example.org"
    assert message["Bcc"] is None
