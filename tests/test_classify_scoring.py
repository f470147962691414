"""The pipeline and the trainer score a feature vector with one function."""

from __future__ import annotations

import numpy as np

from sitrep.nlp import classify as C
from sitrep.nlp import train as T


def _toy_model() -> dict:
    # Three features, three classes; "NONE" last, as in the real class list.
    return {
        "features": ["stoned", "teargas", "march"],
        "coef": np.array([[2.0, -1.0, 0.0], [0.5, 1.5, 0.0], [-1.0, 1.0, 0.2]]),
        "intercept": np.array([0.1, 0.0, -0.3]),
        "idf": np.array([2.0, 1.5, 1.0]),
        "lower": frozenset({"stoned", "teargas", "march"}),
        "classes": ["Violent demonstration", "Peaceful protest", C.NONE],
    }


def test_feature_indices_are_distinct_sorted_and_skip_unknown() -> None:
    index = {"a": 4, "b": 1, "c": 2}
    assert C.feature_indices(["c", "zz", "a", "c", "b", "a"], index) == [1, 2, 4]
    assert C.feature_indices(["nothing", "known"], index) == []


def test_linear_probabilities_by_hand() -> None:
    m = _toy_model()
    p = C.linear_probabilities([0, 2], m["coef"], m["intercept"], m["idf"])
    w = np.array([2.0, 1.0])
    z = m["intercept"] + (w @ m["coef"][[0, 2]]) / np.sqrt(5.0)
    want = np.exp(z - z.max()) / np.exp(z - z.max()).sum()
    assert np.allclose(p, want) and abs(p.sum() - 1.0) < 1e-12
    # No known feature: the biases alone decide.
    bias = C.linear_probabilities([], m["coef"], m["intercept"], m["idf"])
    assert int(np.argmax(bias)) == 0
    # Unweighted, unscaled: a plain sum of the rows.
    raw = C.linear_probabilities([1], m["coef"], m["intercept"], None, normalize=False)
    z = m["intercept"] + m["coef"][1]
    assert np.allclose(raw, np.exp(z) / np.exp(z).sum())


def test_trainer_predict_uses_the_shared_scoring() -> None:
    m = _toy_model()
    row = {"raw_tokens": ["protesters", "stoned", "a", "march"], "tfeats": [], "cues": []}
    label, p = T.predict(m, row)
    idx = C.feature_indices(T.row_features(row, m["lower"]), m["index"])
    assert idx == [0, 2]
    assert np.array_equal(p, C.linear_probabilities(idx, m["coef"], m["intercept"], m["idf"]))
    assert label == "Violent demonstration"


def test_pipeline_probabilities_match_the_shared_function() -> None:
    m = C._model()
    feats = C.featurise("Rioters stoned police officers who fired teargas at them.", m["lower"])
    idx = C.feature_indices(feats, m["index"])
    assert idx
    want = C.linear_probabilities(idx, m["W"], m["b"], m["fw"], m["normalize"])
    assert np.array_equal(C._probabilities(feats), want)


def test_cached_word_columns_give_the_same_columns_and_probabilities() -> None:
    m = C._model()
    for text in (
        "Gunmen ambushed a bus near the market town and shot dead three passengers.",
        "Traders marched peacefully to the county offices to demand lower market fees.",
        "A crowd lynched two suspected thieves; police later dispersed the crowd with teargas.",
        "",
    ):
        toks, rest = C._text_features(text)
        feats = C.ngram_features(toks) + rest
        assert C.text_indices(toks, rest).tolist() == C.feature_indices(feats, m["index"])
        assert np.array_equal(C._text_probabilities(toks, rest), C._probabilities(feats))
        assert C.classify(text) == C._ranked(C._probabilities(C.featurise(text, m["lower"])))
