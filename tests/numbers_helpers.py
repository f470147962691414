"""Shared helpers of the casualty-figure tests: one sentence's casualties; a guarded
pattern's unguarded twin and a comparable match result (the guard tests)."""

import re

from sitrep.doc import Doc, Span
from sitrep.nlp.numbers import CasualtyTagger, casualties_for

TAGGER = CasualtyTagger()


def casualties(text: str) -> dict:
    """``casualties_for`` over ``text`` read as one sentence."""
    doc = TAGGER(Doc(id="t", text=text))
    return casualties_for(doc, [Span(0, len(text), "sentence", text)])


def unguarded(pattern: str) -> str:
    """``pattern`` without its first-character guards "(?=(?i:[...]))"."""
    return re.sub(r"\(\?=\(\?i:\[[^\]]*\]\)\)", "", pattern)


def match_result(m: re.Match[str] | None) -> object:
    """A match's span and its groups' spans (None for no match), to compare two patterns."""
    if m is None:
        return None
    return m.span(), tuple(m.span(i) for i in range(1, m.re.groups + 1))
