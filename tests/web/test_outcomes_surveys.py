"""Survey rounds by signed, expiring, password-less links: one participant, their opportunities."""

import time

import pytest
from django.core import signing
from django.test import Client
from django.urls import reverse

from wafd.outcomes import Stage
from wafd.web.models import AuditEntry, ParticipantRow
from wafd.web.outcomes import load_outcomes
from wafd.web.views.surveys import LINK_DAYS, survey_token

from .conftest import World
from .outcome_world import add_pilot


def _round_with_opportunity(world: World) -> None:
    world.client("organiser").post(
        reverse("wafd:survey-links", args=[world.mission.pk]), {"round": "m3", "months_after": 3}
    )
    add_pilot(world, delegate_organisations=("min",))


def _link(world: World, pid: str) -> str:
    row = ParticipantRow.objects.get(mission=world.mission, pid=pid)
    token = survey_token(mission_pk=world.mission.pk, participant_pk=row.pk, round_id="m3")
    return reverse("wafd:survey-answer", args=[token])


def test_survey_link_moves_the_participants_opportunity_without_a_password(world: World) -> None:
    _round_with_opportunity(world)

    response = Client().post(_link(world, "d1"), {"stage-o1": "mou_signed", "comment": "signed"})

    opportunity = load_outcomes(world.mission).opportunities[0]
    assert response.status_code == 302
    assert (opportunity.stage, opportunity.history[-1].source) == (Stage.MOU_SIGNED, "m3")
    assert AuditEntry.objects.get(action="survey-answer").detail["via"] == "survey link"


def test_survey_link_shows_only_opportunities_of_the_participants_organisation(
    world: World,
) -> None:
    _round_with_opportunity(world)

    delegate = Client().get(_link(world, "d1")).content.decode()
    host = Client().get(_link(world, "h1")).content.decode()

    assert ("stage-o1" in delegate, "stage-o1" in host) == (True, False)


def test_survey_link_altered_or_expired_is_404(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    _round_with_opportunity(world)
    tampered = _link(world, "d1").replace("survey/", "survey/x")
    signed_long_ago = int(time.time()) - (LINK_DAYS + 1) * 86400
    monkeypatch.setattr(
        signing.TimestampSigner, "timestamp", lambda self: signing.b62_encode(signed_long_ago)
    )
    expired = _link(world, "d1")
    monkeypatch.undo()

    assert (Client().get(tampered).status_code, Client().get(expired).status_code) == (404, 404)
    assert Client().get(_link(world, "d1")).status_code == 200


def test_survey_answer_going_back_without_reason_saves_nothing(world: World) -> None:
    _round_with_opportunity(world)
    Client().post(_link(world, "d1"), {"stage-o1": "proposal"})

    response = Client().post(_link(world, "d1"), {"stage-o1": "identified"})

    assert response.status_code == 400
    assert load_outcomes(world.mission).opportunities[0].stage == Stage.PROPOSAL
    assert len(load_outcomes(world.mission).answers) == 1
