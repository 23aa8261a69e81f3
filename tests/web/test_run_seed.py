"""A seed asked for on the page or through the API: kept on the run, passed to the engine, and
the same schedule twice; a bad seed is refused with the range, never stored."""

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

import wafd.schedule
from wafd.web import actions
from wafd.web.models import ApiToken, MeetingRow, Membership, RunState, SchedulingRun
from wafd.web.tasks import execute_run
from wafd.web.views.tokens import digest

from .conftest import World

BAD_SEEDS = ("-1", "2147483648", "1.5", "seven")


def _url(world: World, name: str, **kwargs: object) -> str:
    return reverse(f"wafd:{name}", kwargs={"mission_pk": world.mission.pk, **kwargs})


def _api(world: World) -> Client:
    key = "seed-key-for-the-organiser-0123456789"
    ApiToken.objects.create(user=world.users["organiser"], digest=digest(key))
    return Client(headers={"authorization": f"Bearer {key}"})


def _post(client: Client, path: str, body: dict[str, Any] | None = None) -> tuple[int, Any]:
    response = client.post(f"/api{path}", data=body or {}, content_type="application/json")
    return response.status_code, json.loads(response.content)


def _placements(run: SchedulingRun) -> list[tuple[Any, ...]]:
    rows = MeetingRow.objects.filter(version=run.version).order_by("mid")
    return [(r.mid, r.start, r.end, r.status, r.data.get("venue")) for r in rows]


def _seeds_seen(monkeypatch: pytest.MonkeyPatch, folder: Path) -> Path:
    """The engine's two entry points, each writing the seed it was given (the worker calls
    them in a child process) before doing its real work."""
    seen = folder / "seeds.txt"

    def recording(real: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            with seen.open("a") as out:
                out.write(f"{real.__name__} {kwargs.get('seed')}\n")
            return real(*args, **kwargs)

        return call

    for name in ("schedule_mission", "replan_mission"):
        real = getattr(wafd.schedule, name)
        monkeypatch.setattr(wafd.schedule, name, recording(real), raising=False)
    return seen


def test_the_worker_hands_each_runs_seed_to_the_engine(
    world: World, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    seen = _seeds_seen(monkeypatch, tmp_path)
    organiser = Membership.objects.get(user=world.users["organiser"], mission=world.mission)

    for run in (
        actions.start_run(organiser, mode="greedy", time_limit=5, seed=11, via="api"),
        actions.start_run(organiser, mode="greedy", time_limit=5, via="api"),
        actions.replan(organiser, ["m2"], time_limit=5, seed=12, via="api"),
    ):
        assert execute_run(run.pk).state == RunState.SUCCEEDED

    assert seen.read_text().splitlines() == [
        "schedule_mission 11",
        "schedule_mission None",
        "replan_mission 12",
    ]


def test_two_optimal_runs_with_the_same_seed_place_every_meeting_alike(world: World) -> None:
    """The page's run and the API's, one after the other (a second one queued beside the
    first would join it). The world's mission solves in well under a second; harder events
    on a busy machine: tests/schedule/test_work_clock.py."""
    page = world.client("organiser")
    form = {"mode": "optimal", "time_limit": "10", "seed": "7"}
    page.post(_url(world, "run-start"), form)
    first = execute_run(SchedulingRun.objects.get(mission=world.mission).pk)
    status, body = _post(_api(world), f"/missions/{world.mission.pk}/runs?time_limit=10&seed=7")
    second = execute_run(body["id"])

    assert (status, body["seed"]) == (202, 7)
    assert (first.state, second.state) == (RunState.SUCCEEDED, RunState.SUCCEEDED)
    assert first.version != second.version
    assert len(_placements(first)) == 2
    assert _placements(first) == _placements(second)
    shown = page.get(_url(world, "run", run_pk=first.pk))
    assert '<dd id="run-seed">7</dd>' in shown.content.decode()


def test_a_seed_joins_only_the_queued_run_with_the_same_seed(world: World) -> None:
    client = world.client("organiser")

    for seed in ("1", "1", "2", "", "2"):
        client.post(_url(world, "run-start"), {"mode": "greedy", "time_limit": "5", "seed": seed})

    runs = SchedulingRun.objects.filter(mission=world.mission).order_by("pk")
    assert [r.seed for r in runs] == [1, 2, None]


@pytest.mark.parametrize("seed", BAD_SEEDS)
def test_the_page_refuses_a_bad_seed_in_the_readers_language(world: World, seed: str) -> None:
    client = world.client("organiser")

    response = client.post(
        _url(world, "run-start"),
        {"mode": "optimal", "time_limit": "5", "seed": seed},
        headers={"accept-language": "fr"},
        follow=True,
    )

    assert response.redirect_chain == [(_url(world, "versions"), 302)]
    assert "La graine doit être un nombre entier de 0 à 2147483647" in response.content.decode()
    assert not SchedulingRun.objects.exists()


def test_the_replan_form_keeps_its_seed_and_refuses_a_bad_one(world: World) -> None:
    client = world.client("organiser")

    client.post(_url(world, "replan"), {"cancel": ["m2"], "seed": "-3"})
    client.post(_url(world, "replan"), {"cancel": ["m2"], "seed": "3"})

    run = SchedulingRun.objects.get(mission=world.mission)
    assert (run.kind, run.seed) == ("replan", 3)


@pytest.mark.parametrize("seed", [-1, 2**31, "seven", 1.5])
def test_the_api_refuses_a_bad_seed_with_422(world: World, seed: object) -> None:
    api = _api(world)

    started = api.post(f"/api/missions/{world.mission.pk}/runs?seed={seed}")
    replanned, _ = _post(api, f"/missions/{world.mission.pk}/replan", {"cancel": [], "seed": seed})

    assert (started.status_code, replanned) == (422, 422)
    assert not SchedulingRun.objects.exists()


def test_the_api_replan_keeps_its_seed(world: World) -> None:
    status, body = _post(_api(world), f"/missions/{world.mission.pk}/replan", {"seed": 0})

    assert (status, body["seed"]) == (202, 0)
    assert SchedulingRun.objects.get(pk=body["id"]).seed == 0
