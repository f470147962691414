"""State-media wording for air strikes is an air-strike trigger."""

from __future__ import annotations

import pytest

from sitrep.doc import Doc
from sitrep.nlp.sentences import SentenceSplitter
from sitrep.nlp.triggers import TriggerTagger


def labels(text: str) -> list[str]:
    doc = TriggerTagger()(SentenceSplitter()(Doc(id="t", text=text)))
    return [s.label for s in doc.get("triggers")]


@pytest.mark.parametrize("text", [
    "The enemy carried out an aerial act of aggression on a site near the airport.",
    "Material losses were caused by the aerial aggression on the city's outskirts.",
    "A new air aggression targeted positions in the countryside.",
])
def test_aerial_aggression_is_an_air_strike(text: str) -> None:
    assert "Air/drone strike" in labels(text)


def test_plain_aggression_is_not_an_air_strike() -> None:
    assert "Air/drone strike" not in labels("The minister condemned the act of aggression.")


def _shelling(text: str) -> dict:
    doc = TriggerTagger()(SentenceSplitter()(Doc(id="t", text=text)))
    return next(s.attrs for s in doc.get("triggers") if s.label.startswith("Shelling"))


def test_the_month_may_is_no_hypothetical() -> None:
    # "May" the month (like "March") is not the modal verb: the shelling happened.
    attrs = _shelling("On 4 May 2022, Russian forces shelled residential areas of the city.")
    assert not attrs["hypothetical"]


def test_the_modal_may_still_is() -> None:
    assert _shelling("Officials warned that the rebels may shell the town tonight.")["hypothetical"]
