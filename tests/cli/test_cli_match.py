"""``wafd match`` on the sample mission: table, JSON, languages, errors, accept."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from wafd.cli import app
from wafd.io import read_mission, write_mission
from wafd.sample import build_sample_mission

runner = CliRunner()


@pytest.fixture(scope="module")
def sample_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("mission") / "sample.yaml"
    write_mission(build_sample_mission(), path)
    return path


def test_match_json_lists_ranked_candidates_per_participant(sample_file: Path) -> None:
    result = runner.invoke(
        app, ["match", str(sample_file), "--for", "salma-bennani", "--top", "3", "--json"]
    )
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    [person] = data["participants"]
    assert person["id"] == "salma-bennani"
    assert [c["rank"] for c in person["candidates"]] == [1, 2, 3]
    scores = [c["score"] for c in person["candidates"]]
    assert scores == sorted(scores, reverse=True)
    assert person["candidates"][0]["explanation"].startswith("Shared themes: ")


def test_match_table_speaks_the_readers_language(sample_file: Path) -> None:
    result = runner.invoke(
        app,
        ["match", str(sample_file), "--for", "salma-bennani", "--lang", "ar"],
        env={"COLUMNS": "200"},
    )
    assert result.exit_code == 0
    assert "من ينبغي أن يلتقي" in result.stdout
    assert "محاور مشتركة" in result.stdout


def test_match_unknown_participant_is_refused_with_the_id(sample_file: Path) -> None:
    result = runner.invoke(app, ["match", str(sample_file), "--for", "nobody", "--json"])
    assert (result.exit_code, result.stdout) == (2, "")
    assert "no participant or organisation has the id nobody" in result.stderr


def test_match_missing_file_exits_with_a_message(tmp_path: Path) -> None:
    result = runner.invoke(app, ["match", str(tmp_path / "missing.xlsx")])
    assert result.exit_code == 2
    assert "missing.xlsx" in result.stderr


def test_match_bad_rules_file_names_the_field(sample_file: Path, tmp_path: Path) -> None:
    rules = tmp_path / "rules.yaml"
    rules.write_text("boosts: [not, a, mapping]\n", encoding="utf-8")
    result = runner.invoke(app, ["match", str(sample_file), "--rules", str(rules)])
    assert result.exit_code == 2
    assert "boosts" in result.stderr


def test_match_accept_writes_requests_from_recommendations(
    sample_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "accepted.xlsx"
    result = runner.invoke(
        app, ["match", str(sample_file), "--top", "3", "--accept", "3", "--out", str(out)]
    )
    assert result.exit_code == 0
    before = read_mission(sample_file)
    after = read_mission(out)
    added = [r for r in after.requests if r.source == "recommendation"]
    assert added != []
    assert len(after.requests) == len(before.requests) + len(added)
    assert all(r.weight is not None and r.reason for r in added)


def test_demo_step_shows_three_delegates_of_different_organisations() -> None:
    from rich.console import Console

    from wafd.cli.demo_match import demo_delegates, demo_match

    mission = build_sample_mission()
    chosen = demo_delegates(mission)
    index = mission.participant_index()
    console = Console(record=True, width=200)
    demo_match(console, mission, "fr")
    output = console.export_text()
    assert len({index[d].organisation for d in chosen}) == 3
    titles = [f"Qui {index[d].display_name('fr')} devrait rencontrer" for d in chosen]
    assert [t for t in titles if t in output] == titles


def test_match_embeddings_without_a_model_says_how_to_give_one(
    sample_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("WAFD_EMBEDDING_MODEL", raising=False)
    result = runner.invoke(app, ["match", str(sample_file), "--encoder", "embeddings"])
    assert result.exit_code == 2
    assert "WAFD_EMBEDDING_MODEL" in result.stderr
