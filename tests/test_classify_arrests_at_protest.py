"""Demonstrators arrested as they demonstrated are a protest with intervention, not arrests
(cues.arrests_at_protest, read by classify._intervention_side). Invented sentences."""

from __future__ import annotations

import pytest

from sitrep.nlp.classify import _intervention_side, _model
from sitrep.nlp.cues import arrests_at_protest


@pytest.mark.parametrize("text", [
    "Riot police detained hundreds of protesters outside the assembly.",
    "Eleven marchers were arrested near the river bridge.",
    "Nurses were detained by officers while trying to hold a rally.",
    "Three people were arrested during a demonstration against the levy.",
])
def test_demonstrators_arrested_as_they_demonstrate(text: str) -> None:
    assert arrests_at_protest(text)


@pytest.mark.parametrize("text", [
    "Police arrested a student leader for organising an unlicensed protest.",
    "Officers keep detaining activists in anticipation of the planned protests.",
    "Police arrested 12 youths who were planning to disrupt a rally.",
    "Villagers marched to demand the release of detained herders.",
])
def test_arrests_for_or_before_a_protest_are_arrests(text: str) -> None:
    assert not arrests_at_protest(text)


def test_an_arrests_reading_becomes_a_protest_with_intervention() -> None:
    classes = _model()["classes"]
    best = classes.index("Arrests")
    got = _intervention_side(best, "Riot police detained hundreds of protesters on Sunday.")
    assert classes[got] == "Protest with intervention"
    # an arrest with no demonstration told stays an arrest
    assert _intervention_side(best, "Police detained two suspects in the raid.") == best
