"""classify.use_model: the classifier (and the pipeline) can run on another weights file.

bench/cv_pipeline.py relies on it to score the whole pipeline with a cross-validation fold's
model; the shipped model must come back unchanged afterwards.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from sitrep.nlp import classify as C

SENTENCE = "Gunmen on motorbikes shot dead three traders at a cattle market on Tuesday."
CALM = "The weather stayed sunny all week and the football final ended in a draw."


def _tiny_model(path: Path, winner: str) -> Path:
    """A weights file in train.export's format that sends every text to ``winner``: its
    only features carry no weight, its biases decide."""
    classes = [winner, "Armed clash", C.NONE]
    data = {
        "classes": classes,
        "event_threshold": 0.5,
        "features": ["shot", "the"],
        "normalize": True,
        "feature_weights": [1.0, 1.0],
        "coef": [[0.0, 0.0, 0.0], [0.0, 0.0, 0.0]],
        "intercept": [12.0, 0.0, 0.0],
        "lowercase_words": ["shot", "the"],
        "cross_validation": {},
    }
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.fixture
def restore() -> Iterator[None]:
    yield
    C.use_model(None)


def test_use_model_switches_and_restores(tmp_path: Path, restore: None) -> None:
    shipped = C.classify(SENTENCE)  # warms the shipped model's column caches
    assert shipped[0][0] != "Chemical weapon"
    C.use_model(_tiny_model(tmp_path / "tiny.json", "Chemical weapon"))
    for text in (SENTENCE, CALM):
        ranked = C.classify(text)
        assert ranked[0][0] == "Chemical weapon"
        assert {c for c, _ in ranked} == {"Chemical weapon", "Armed clash", C.NONE}
    assert C.is_conflict_text(CALM)
    C.use_model(None)
    assert C.classify(SENTENCE) == shipped  # same classes, same probabilities
    assert not C.is_conflict_text(CALM)


def test_use_model_accepts_a_string_path(tmp_path: Path, restore: None) -> None:
    path = _tiny_model(tmp_path / "tiny.json", "Peaceful protest")
    C.use_model(str(path))
    assert C.classify(CALM)[0][0] == "Peaceful protest"


def test_use_model_reaches_the_pipeline(tmp_path: Path, restore: None) -> None:
    from sitrep.doc import Doc
    from sitrep.pipeline import default_pipeline

    pipeline = default_pipeline()
    C.use_model(_tiny_model(tmp_path / "tiny.json", "Chemical weapon"))
    doc = pipeline(Doc("hook-1", CALM))
    subs = [e.sub_event_type for e in doc.events]
    assert subs and subs[0] == "Chemical weapon"
    C.use_model(None)
    doc = pipeline(Doc("hook-2", CALM))
    assert all(e.status != "event" for e in doc.events)
