"""`sitrep eval` and the post-number dating model: the Airwars date row is marked "trained on"
only on the model's own training file, with its held-out figure in a note."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from sitrep.eval import runner


def _model_for(path: Path) -> dict:
    return {"trained_on": {"file": path.name, "sha256": hashlib.sha256(path.read_bytes()).hexdigest()},
            "held_out": {"metric": "date_1day", "value": 0.61, "no_model": 0.42, "folds": 10,
                         "grouping": "post number", "fold_seeds": [13, 1, 2]}}


def test_only_the_training_file_itself_counts_as_trained_on(tmp_path: Path) -> None:
    dev, other = tmp_path / "airwars_syria.dev.jsonl", tmp_path / "airwars_syria.test.jsonl"
    dev.write_text('{"id": "a", "text": "An invented page."}\n', encoding="utf-8")
    other.write_text('{"id": "b", "text": "Another invented page."}\n', encoding="utf-8")
    model = _model_for(dev)
    assert runner._post_date_trained_on(dev, model)
    assert not runner._post_date_trained_on(other, model)  # same data set name, other split
    assert not runner._post_date_trained_on(dev, {})  # no model shipped


def test_the_note_gives_the_held_out_figure_and_the_figure_without_the_model(tmp_path: Path) -> None:
    dev = tmp_path / "airwars_syria.dev.jsonl"
    dev.write_text("{}\n", encoding="utf-8")
    note = runner._post_date_note(_model_for(dev))
    assert "trained on this file" in note and "date_1day 0.610" in note
    assert "without the model 0.420" in note and "fold seeds 13, 1, 2" in note


def test_the_shipped_model_records_its_training_file_and_held_out_figure() -> None:
    model = runner._post_date_model()
    if not model:
        pytest.skip("no post-number model shipped (src/sitrep/data/models/post_dates.json)")
    assert len(model["trained_on"]["sha256"]) == 64 and model["trained_on"]["records"] > 0
    assert 0.0 <= model["held_out"]["value"] <= 1.0
    assert model["held_out"]["metric"] in (runner.load_data("trained_on.yaml") or {}).get("airwars_syria", [])
