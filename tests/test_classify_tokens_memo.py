"""The per-process caches added for speed give the same answers as the uncached code."""

from __future__ import annotations

import re

import numpy as np

from sitrep.nlp import classify
from sitrep.nlp.numbers import CasualtyTagger
from sitrep.nlp.places import _police_of, _policed

TEXT = ("Gunmen in Old Town shot 3 people on Main St. on Friday; the victims' families and "
        "John O'Neil's neighbours said 1,200 residents fled. Police said the gunmen's car ...")


def _plain_tokens(text: str, lower: frozenset[str] | None) -> list[str]:
    return [classify._token(tok, lower) for tok in classify._TOKEN.findall(text)]


def test_tokens_memo_matches_plain_masking() -> None:
    lower = frozenset({"old", "the", "police"})
    first = classify.tokens(TEXT, lower)
    assert first == _plain_tokens(TEXT, lower)
    assert classify.tokens(TEXT, lower) == first  # from the memo this time
    assert "<CAP>" in first and "<NUM>" in first and "old" in first and "neighbours" in first
    # another word list is another memo: "old" is now a name
    other = frozenset({"the"})
    assert classify.tokens(TEXT, other) == _plain_tokens(TEXT, other)
    assert classify.tokens(TEXT, other)[2] == "<CAP>"
    # training mode (no list) is never memoised
    assert classify.tokens(TEXT) == _plain_tokens(TEXT, None)
    assert "^old" in classify.tokens(TEXT)


def test_tokens_from_an_emptied_memo() -> None:
    lower = frozenset({"gunmen", "police"})
    classify._masks(lower).clear()
    assert classify.tokens(TEXT, lower) == _plain_tokens(TEXT, lower)
    assert classify.tokens(TEXT, lower) == _plain_tokens(TEXT, lower)


def test_text_indices_sorted_distinct() -> None:
    toks = classify.tokens("troops shelled the village and troops shelled the town",
                           classify._model()["lower"])
    cols = classify.text_indices(toks, ["no such feature"])
    # (the index array linear_probabilities takes rows with, no list to convert)
    assert isinstance(cols, np.ndarray) and cols.dtype == np.intp
    got = cols.tolist()
    assert got == sorted(set(got))
    index = classify._model()["index"]
    want = {i for t in toks for i in classify._word_indices(t)}
    want |= {index[b] for b in map(" ".join, zip(toks, toks[1:], strict=False)) if b in index}
    assert set(got) == want


def test_misspelt_known_fine_words_skip_the_lookup() -> None:
    tagger = CasualtyTagger()
    text = "Two militants were kiled and three were injurd in the village."
    fixes = tagger._misspelt(text)
    assert [text[s:e] for s, e, _ in fixes] == ["kiled", "injurd"]
    assert [f for _, _, f in fixes] == ["killed", "injured"]
    assert "militants" in tagger._fine and "kiled" not in tagger._fine
    assert tagger._misspelt(text) == fixes  # the second time from the memos


def test_policed_pattern_compiled_once() -> None:
    assert _policed("Springfield police said two men were hurt.", "Springfield")
    assert _policed("SPRINGFIELD'S POLICE said so.", "Springfield")
    assert not _policed("Police in Springfield said so.", "Springfield")
    assert not _policed("anything", "")
    assert _police_of("Springfield") is _police_of("Springfield")
    assert _police_of("Springfield").flags & re.I


def test_tokens_memo_is_one_dict_per_word_list() -> None:
    lower = frozenset({"market", "the"})
    got = classify.tokens("The Market at Lodwar shut; 3 traders left", lower)
    assert got == ["the", "market", "at", "<CAP>", "shut", "<NUM>", "traders", "left"]
    masks = classify._masks(lower)
    assert masks is classify._masks(lower)
    assert masks["Lodwar"] == "<CAP>" and masks["Market"] == "market"
    assert classify._masks(frozenset({"lodwar"}))["Lodwar"] == "lodwar"
