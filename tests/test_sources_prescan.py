"""The Aho-Corasick pre-scan finds exactly what the regex scan finds."""

from __future__ import annotations

import re

from sitrep.doc import SOURCES, Doc
from sitrep.nlp import actors as A
from sitrep.nlp import sources as S

TEXTS = [
    "The claims could not be independently verified, a local official said.",
    "A SOURCE told reporters that two witnesses and an elder saw the attack.",
    "Bandits from Lagdera and armed  men from the Kapkeny clans raided a village.",
    "Residents and villagers (mostly herders) from Xyz fled; officers officer officials.",
    "Unconfirmed reports: 'the commander' and the spokeswoman have not been confirmed.",
    "sub-clans, pastoralist communities, CLANS and militia from Ngong",
]


def _spans(ms: list[re.Match[str]]) -> list[object]:
    return [(m.span(), m.groupdict()) for m in ms]


def test_scan_from_equals_finditer() -> None:
    d = S.dictionary()
    ad = A.ActorTagger().dict
    for t in TEXTS:
        for text in (t, t.upper(), t.title(), t.lower()):
            low = A.lower_same_length(text)
            assert _spans(A.scan_from(d.head_re, low, low, d.head_starts)) == _spans(list(d.head_re.finditer(low)))
            assert _spans(A.scan_from(d.free_re, text, low, d.free_starts)) == _spans(list(d.free_re.finditer(text)))
            assert _spans(A.scan_from(ad.noun_re, text, text, ad.noun_starts)) == _spans(list(ad.noun_re.finditer(text)))
            assert _spans(A.scan_from(ad.from_re, text, low, ad.from_starts)) == _spans(list(ad.from_re.finditer(text)))


def test_odd_case_folds_are_the_only_ones() -> None:
    # Characters that re.IGNORECASE matches to an ASCII letter without lower-casing to it:
    # the pre-scan of the lower-cased text is skipped when one of these occurs.
    chars = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    odd = {c for c in re.findall("[a-z]", chars, re.I)
           if A.lower_same_length(c) not in "abcdefghijklmnopqrstuvwxyz"}
    assert odd == set(A.FOLD_ODD)


def test_odd_fold_text_still_finds_the_cue() -> None:
    doc = Doc("t", "The figures could not be independently verified.".replace("s", "\u017f"))
    S.AttributionTagger()(doc)
    assert any(s.attrs.get("modality") == "not_confirmed" for s in doc.get(SOURCES))
