"""The fast separator mapping of the trigger scan equals ``str.translate``."""

from __future__ import annotations

from sitrep.nlp import triggers as T


def _reference(text: str) -> str:
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low.translate(T._TABLE)


def test_normalise_matches_translate_on_every_character() -> None:
    every = "".join(chr(i) for i in range(0x110000))  # lone surrogates included
    assert T._normalise(every) == _reference(every)


def test_normalise_on_mixed_text() -> None:
    for text in ("Gunmen  killed—two “people” in Ba’qubah; İstanbul, 3.5km\tnorth!",
                 "plain ascii, with (punctuation) and new\nlines", ""):
        out = T._normalise(text)
        assert out == _reference(text)
        assert len(out) == len(text)
