"""Classifier decision rule (event first, then event type, then sub-type) and letter n-grams."""

from __future__ import annotations

import numpy as np

from sitrep.nlp import classify as C

CLASSES = [
    "Peaceful protest",
    "Protest with intervention",
    "Violent demonstration",
    "Mob violence",
    "Attack",
    "Armed clash",
    C.NONE,
]


def probs(**by_class: float) -> np.ndarray:
    p = np.zeros(len(CLASSES))
    for name, v in by_class.items():
        p[CLASSES.index(name.replace("_", " ") if name != "NONE" else C.NONE)] = v
    return p


def test_event_type_is_chosen_before_the_sub_type() -> None:
    # A riot split between its two sub-types outweighs the single most probable protest.
    p = probs(Peaceful_protest=0.40, Violent_demonstration=0.30, Mob_violence=0.25, NONE=0.05)
    assert CLASSES[C.decide(p, CLASSES.index(C.NONE), classes=CLASSES)] == "Violent demonstration"


def test_plurality_within_one_type_still_wins() -> None:
    p = probs(Attack=0.5, Armed_clash=0.3, Peaceful_protest=0.1, NONE=0.1)
    assert CLASSES[C.decide(p, CLASSES.index(C.NONE), classes=CLASSES)] == "Attack"


def test_no_event_threshold_comes_first() -> None:
    p = probs(Attack=0.30, Armed_clash=0.20, NONE=0.50)
    none = CLASSES.index(C.NONE)
    assert C.decide(p, none, none_share=0.45, classes=CLASSES) == none
    assert CLASSES[C.decide(p, none, none_share=0.6, classes=CLASSES)] == "Attack"


def test_decide_defaults_to_the_model_classes() -> None:
    classes = C._model()["classes"]
    p = np.full(len(classes), 0.01)
    p[classes.index("Mob violence")] = 0.3
    p[classes.index("Violent demonstration")] = 0.2
    p[classes.index("Peaceful protest")] = 0.35
    p /= p.sum()
    assert classes[C.decide(p, classes.index(C.NONE))] == "Mob violence"


def test_letter_ngrams_mark_word_edges_and_skip_masks() -> None:
    feats = C.char_features(["stoned", "<CAP>", "<NUM>", "mob", "stoned"])
    assert {"G:#sto", "G:ston", "G:tone", "G:oned", "G:ned#"} == set(feats)
    assert len(feats) == len(set(feats))  # a repeated word adds nothing twice
    assert C.char_features(["mob", "a", "of"]) == []  # short words stand for themselves


def test_misspelt_and_inflected_forms_share_letter_ngrams() -> None:
    a = set(C.char_features(["teargassed"]))
    b = set(C.char_features(["teargasing"]))
    assert {"G:#tea", "G:earg", "G:rgas"} <= a & b
    assert "G:stoned" not in C.ngram_features(["stoned"])  # n-grams, not whole words
    assert "G:ston" in C.ngram_features(["stoned"])


def test_classify_reads_an_invented_riot_with_a_typo() -> None:
    text = ("Angry residents pelted police with stones and set tyres ablaze on the main road, "
            "protesting the killing of a hawker; shops were lootted.")
    (label, _), *_ = C.classify(text)
    assert label in {"Violent demonstration", "Mob violence"}
