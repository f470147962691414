"""The trainer weighs the cue features (cues.is_cue_feature) by train.CUE_WEIGHT on top of
their inverse document frequency; the exported feature weights carry it to inference."""

from __future__ import annotations

import math

import pytest

from sitrep.nlp import train as T
from sitrep.nlp.cues import is_cue_feature


def _rows() -> list[dict]:
    # Invented, already prepared rows (the fields train.prepare fills in).
    base = [
        ("Attack", ["gunmen", "shot", "a", "trader"], ["C=ARMED", "C2=ARMED>KILL"]),
        ("Attack", ["gunmen", "shot", "a", "farmer"], ["C=ARMED", "C2=ARMED>KILL"]),
        ("Peaceful protest", ["traders", "marched", "a", "mile"], ["C=CROWD"]),
        ("Peaceful protest", ["farmers", "marched", "a", "mile"], ["C=CROWD"]),
        ("NONE", ["rain", "flooded", "a", "road"], []),
        ("NONE", ["storms", "flooded", "a", "farm"], []),
    ]
    return [{"text": " ".join(toks), "label": label, "source": "acled", "raw_tokens": toks,
             "tfeats": [], "cues": cues} for label, toks, cues in base]


def test_cue_features_weigh_more(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(T, "CUE_WEIGHT", 1.5)
    model = T.fit(_rows(), ["Attack", "Peaceful protest", "NONE"])
    weights = dict(zip(model["features"], model["idf"], strict=True))
    n = 6
    for feat, df in [("C=ARMED", 2), ("C=CROWD", 2), ("marched", 2), ("a", 6)]:
        plain = math.log((1 + n) / (1 + df)) + 1
        expected = round(plain * (1.5 if is_cue_feature(feat) else 1.0), 4)
        assert weights[feat] == pytest.approx(expected)
    assert weights["C=ARMED"] > weights["marched"]


def test_a_two_class_fit_keeps_its_logistic_model() -> None:
    # A fold with two classes only: scikit-learn's single weight vector becomes the second
    # class's column, and the softmax over the columns gives the logistic probabilities.
    rows = [r for r in _rows() if r["label"] != "NONE"]
    classes = ["Attack", "Peaceful protest", "NONE"]
    model = T.fit(rows, classes)
    assert model["intercept"][classes.index("NONE")] == -30.0  # absent from the fold
    assert model["intercept"][classes.index("Attack")] == 0.0
    assert not model["coef"][:, classes.index("Attack")].any()
    # "marched" speaks for the protest, "gunmen" against it
    column = dict(zip(model["features"], model["coef"][:, classes.index("Peaceful protest")],
                      strict=True))
    assert column["marched"] > 0 > column["gunmen"]
