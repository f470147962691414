"""Strikes counted between their verb and noun ("launched over 40 strikes", "carrying out
numerous strikes") are air strikes, as the fixed phrase "carried out strikes" is."""

from __future__ import annotations

import pytest

from sitrep.doc import Doc
from sitrep.nlp.sentences import SentenceSplitter
from sitrep.nlp.triggers import TriggerTagger


def triggers(text: str) -> list[tuple[str, str]]:
    doc = TriggerTagger()(SentenceSplitter()(Doc(id="t", text=text)))
    return [(s.text, s.label) for s in doc.get("triggers")]


@pytest.mark.parametrize("text,told", [
    ("The jets launched over 40 strikes on hideouts in the hills.", "launched over 40 strikes"),
    ("The air force kept carrying out numerous strikes against the camps.", "carrying out numerous strikes"),
    ("Warplanes conducted a series of strikes near the dam overnight.", "conducted a series of strikes"),
    ("The coalition carried out twelve air strikes in the valley.", "carried out twelve air strikes"),
])
def test_counted_strikes_are_air_strikes(text: str, told: str) -> None:
    assert (told, "Air/drone strike") in triggers(text)


@pytest.mark.parametrize("text", [
    "Dock workers held two strikes last month over pay.",
    "The union said 30 strikes had been called this year.",
])
def test_labour_strikes_stay_out(text: str) -> None:
    assert all(label != "Air/drone strike" for _, label in triggers(text))
