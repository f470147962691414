"""Shared helper of the casualty-figure tests: one sentence's casualties."""

from sitrep.doc import Doc, Span
from sitrep.nlp.numbers import CasualtyTagger, casualties_for

TAGGER = CasualtyTagger()


def casualties(text: str) -> dict:
    """``casualties_for`` over ``text`` read as one sentence."""
    doc = TAGGER(Doc(id="t", text=text))
    return casualties_for(doc, [Span(0, len(text), "sentence", text)])
