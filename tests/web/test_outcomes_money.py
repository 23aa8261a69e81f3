"""Costs, exchange rates and the outcomes workbook on the web: the report's multiplier gets a
number, a file with problems is shown back at its cells and nothing is half-saved."""

import json
from datetime import date
from io import BytesIO
from pathlib import Path

import openpyxl
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.urls import reverse

from wafd.outcomes import (
    OutcomeContext,
    Outcomes,
    Stage,
    add_cost,
    add_opportunity,
    move_opportunity,
    set_rate,
)
from wafd.outcomes.checks import money
from wafd.outcomes.figures import compute_report_figures
from wafd.outcomes.files import write_outcomes
from wafd.web.models import AuditEntry, Membership, MissionOutcomes
from wafd.web.outcomes import change_outcomes, load_outcomes, mission_context

from .conftest import World

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _url(world: World, name: str) -> str:
    return reverse(f"wafd:{name}", args=[world.mission.pk])


def _won_deal(world: World) -> None:
    """A signed agreement worth 50 000 MAD: what the multiplier counts."""
    organiser = Membership.objects.get(mission=world.mission, role="organiser")

    def change(outcomes: Outcomes, context: OutcomeContext) -> Outcomes:
        opened = add_opportunity(
            outcomes,
            context=context,
            opportunity_id="o1",
            title="Pilot",
            identified_on=date(2024, 2, 12),
            meetings=("m1",),
            value=money(50000, "MAD", date(2024, 3, 1)),
        )
        return move_opportunity(
            opened,
            context=context,
            opportunity_id="o1",
            stage=Stage.AGREEMENT_SIGNED,
            on=date(2024, 3, 1),
        )

    change_outcomes(organiser, action="opportunity-add", target="o1", change=change)


def test_organiser_enters_a_rate_and_a_cost_and_the_multiplier_is_a_number(
    world: World,
) -> None:
    client = world.client("organiser")
    _won_deal(world)

    client.post(
        _url(world, "costs"), {"form": "rate", "currency": "mad", "rate": "0.1", "on": "2024-01-01"}
    )
    client.post(
        _url(world, "costs"),
        {"form": "cost", "item": "Flights", "amount": "10000", "currency": "MAD", "funder": "ONE"},
    )
    page = client.get(_url(world, "costs")).content.decode()

    outcomes = load_outcomes(world.mission)
    figures = compute_report_figures(context=mission_context(world.mission), outcomes=outcomes)
    assert [(c.item, c.funder, c.amount.amount) for c in outcomes.costs] == [
        ("Flights", "ONE", 10000)
    ]
    assert (figures.cost, figures.return_multiplier) == (1000.0, 5.0)
    assert '<dd id="return-multiplier"><bdi>5</bdi></dd>' in page
    assert AuditEntry.objects.filter(action__in=["outcomes-rate", "outcomes-cost"]).count() == 2


def test_a_cost_in_a_currency_without_rate_is_refused_in_the_users_language(
    world: World,
) -> None:
    client = world.client("organiser")
    client.post(reverse("set_language"), {"language": "fr"})

    response = client.post(
        _url(world, "costs"),
        {"form": "cost", "item": "Hôtel", "amount": "500", "currency": "EUR"},
        follow=True,
    )

    assert load_outcomes(world.mission).costs == ()
    assert "EUR" in response.content.decode()
    assert "Ajoutez d’abord un taux pour EUR" in response.content.decode()


def test_a_malformed_amount_or_rate_saves_nothing(world: World) -> None:
    client = world.client("organiser")
    for data in (
        {"form": "cost", "item": "Flights", "amount": "nan", "currency": "USD"},
        {"form": "cost", "item": "Flights", "amount": "-5", "currency": "USD"},
        {"form": "rate", "currency": "MAD", "rate": "0", "on": "2024-01-01"},
        {"form": "rate", "currency": "XYZ", "rate": "1", "on": "2024-01-01"},
        {"form": "rate", "currency": "MAD", "rate": "1", "on": "yesterday"},
    ):
        client.post(_url(world, "costs"), data)

    outcomes = load_outcomes(world.mission)
    assert (outcomes.costs, outcomes.rates) == ((), ())


def _workbook(tmp_path: Path, *, bad_rating: bool = False) -> bytes:
    outcomes = set_rate(
        add_cost(Outcomes(), item="Flights", amount=2000, currency="MAD", funder="Ministry"),
        currency="MAD",
        rate=0.1,
        on=date(2024, 1, 1),
    )
    path = write_outcomes(outcomes, tmp_path / "outcomes.xlsx")
    if bad_rating:
        book = openpyxl.load_workbook(path)
        book["Feedback"].append(["m1", "d1", 9, "yes", "", ""])
        book.save(path)
    return path.read_bytes()


def _upload(data: bytes, name: str = "outcomes.xlsx") -> dict[str, SimpleUploadedFile]:
    return {"workbook": SimpleUploadedFile(name, data, content_type=XLSX)}


def test_organiser_imports_an_outcomes_workbook(world: World, tmp_path: Path) -> None:
    response = world.client("organiser").post(
        _url(world, "outcomes-import"), _upload(_workbook(tmp_path))
    )

    outcomes = load_outcomes(world.mission)
    assert response.status_code == 302
    assert [(c.item, c.amount.currency) for c in outcomes.costs] == [("Flights", "MAD")]
    assert AuditEntry.objects.get(action="outcomes-import").target == "outcomes.xlsx"


def test_a_workbook_with_a_bad_rating_is_shown_at_its_cell_and_nothing_saved(
    world: World, tmp_path: Path
) -> None:
    response = world.client("organiser").post(
        _url(world, "outcomes-import"), _upload(_workbook(tmp_path, bad_rating=True))
    )

    page = response.content.decode()
    assert response.status_code == 400
    assert "<td><bdi>Feedback</bdi></td><td>" in page
    assert ">C<" in page
    assert load_outcomes(world.mission).costs == ()


@override_settings(WAFD_MAX_UPLOAD_BYTES=1000)
def test_an_outcomes_upload_is_bounded_like_the_mission_import(
    world: World, tmp_path: Path
) -> None:
    response = world.client("organiser").post(
        _url(world, "outcomes-import"), _upload(b"x" * 2000, "outcomes.xlsx")
    )

    assert response.status_code == 400
    assert MissionOutcomes.objects.filter(mission=world.mission).count() == 0


def test_the_downloaded_outcomes_workbook_imports_back(world: World, tmp_path: Path) -> None:
    client = world.client("organiser")
    client.post(_url(world, "outcomes-import"), _upload(_workbook(tmp_path)))

    data = client.get(_url(world, "outcomes-workbook")).content
    MissionOutcomes.objects.all().delete()
    again = client.post(_url(world, "outcomes-import"), _upload(data))

    assert openpyxl.load_workbook(BytesIO(data))["Costs"]["A2"].value == "Flights"
    assert again.status_code == 302
    assert [c.item for c in load_outcomes(world.mission).costs] == ["Flights"]


def test_report_page_names_a_currency_without_rate_instead_of_failing(world: World) -> None:
    organiser = Membership.objects.get(mission=world.mission, role="organiser")
    change_outcomes(
        organiser,
        action="outcomes-cost",
        target="x",
        change=lambda outcomes, _c: add_cost(outcomes, item="Hotel", amount=5, currency="EUR"),
    )

    response = world.client("viewer").get(_url(world, "report"))

    assert response.status_code == 200
    assert 'id="report-problem"' in response.content.decode()
    assert "EUR" in response.content.decode()


def _api(world: World, path: str, body: object) -> int:
    client = world.client("organiser")
    url = f"/api/missions/{world.mission.pk}{path}"
    return client.post(url, json.dumps(body), content_type="application/json").status_code


def test_api_enters_a_rate_then_a_cost_and_refuses_one_without_rate(world: World) -> None:
    before = _api(world, "/outcomes/costs", {"item": "Hotel", "amount": 900, "currency": "MAD"})
    rate = _api(world, "/outcomes/rates", {"currency": "MAD", "rate": 0.1, "on": "2024-01-01"})
    after = _api(world, "/outcomes/costs", {"item": "Hotel", "amount": 900, "currency": "MAD"})

    outcomes = load_outcomes(world.mission)
    assert (before, rate, after) == (422, 204, 204)
    assert [(c.item, c.amount.amount, c.amount.currency) for c in outcomes.costs] == [
        ("Hotel", 900, "MAD")
    ]


def test_api_figures_name_a_currency_without_rate(world: World) -> None:
    organiser = Membership.objects.get(mission=world.mission, role="organiser")
    change_outcomes(
        organiser,
        action="outcomes-cost",
        target="x",
        change=lambda outcomes, _c: add_cost(outcomes, item="Hotel", amount=5, currency="EUR"),
    )

    response = world.client("organiser").get(f"/api/missions/{world.mission.pk}/outcomes/figures")

    assert response.status_code == 409
    assert "EUR" in response.json()["detail"]
