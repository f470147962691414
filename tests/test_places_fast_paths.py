"""The place tagger's shortcuts give the answers of the plain computations they replace."""

from __future__ import annotations

import random

import pytest
from rapidfuzz import fuzz, process

from sitrep.nlp.gazetteer import get_gazetteer
from sitrep.nlp.places import _lowered, _policed


def _plain_best(key: str, keys: list[str]) -> str | None:
    """What fuzzy matching used to do: one search of the whole list, kept when the best key
    begins as the searched one does."""
    hit = process.extractOne(key, keys, scorer=fuzz.ratio, score_cutoff=85)
    return hit[0] if hit is not None and hit[0][:1] == key[:1] else None


def _mutations(keys: list[str], n: int, seed: int) -> list[str]:
    """Near-miss spellings of list keys: a letter dropped, doubled, changed (the first one
    too, so that a better key of another initial is sometimes the plain search's answer)."""
    rng = random.Random(seed)
    out = []
    for key in rng.sample(keys, min(n, len(keys))):
        i = rng.randrange(len(key))
        letter = rng.choice("aeiourstkn")
        out += [key[:i] + key[i + 1 :], key[:i] + key[i] + key[i:], key[:i] + letter + key[i + 1 :],
                letter + key[1:]]
    return [k for k in out if len(k) >= 5]


@pytest.mark.parametrize("cc", [None, "US", "KE", "SY"])
def test_fuzzy_best_is_the_whole_list_search(cc: str | None) -> None:
    gaz = get_gazetteer()
    keys = gaz.fuzzy_keys(cc)
    queries = _mutations(keys, 150, seed=7) + ["garisa", "mandira", "tallahasee", "indian",
                                                "springfeild", "kisumuu", "zzzzzz"]
    for key in queries:
        assert gaz.fuzzy_best(key, cc) == _plain_best(key, keys), key


def test_fuzzy_best_finds_a_misspelt_unit() -> None:
    # An invented misspelling of a Kenyan county, searched among Kenya's places.
    assert get_gazetteer().fuzzy_best("elgeyo marakwett", "KE") == "elgeyo marakwet"


def test_lowered_flags_letters_that_fold_oddly() -> None:
    assert _lowered("Police in Springfield said") == ("police in springfield said", True)
    assert _lowered("KIRIKKALE İLÇE police")[1] is False
    # a text with such letters still finds a town's police (through the compiled pattern)
    assert _policed("İLÇE: Springfield police said two men were hurt.", "Springfield")
    assert not _policed("Springfield's mayor said two men were hurt.", "Springfield")
