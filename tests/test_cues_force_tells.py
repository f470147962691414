"""A state force that only tells or looks into what happened (the news's source) is no second
side: sitrep.nlp.cues.one_sided, read after the model by classify._victim_side."""

from __future__ import annotations

import pytest

from sitrep.nlp.cues import one_sided


@pytest.mark.parametrize("text", [
    "A man opened fire on guests at a wedding hall, wounding four, police said.",
    "According to police, an unknown attacker stabbed two shoppers at the market.",
    "Two brothers were shot dead on their porch. Detectives are investigating the killings.",
    "A gunman killed a cashier in a late-night robbery, sheriff's officials told reporters.",
])
def test_a_force_that_only_tells_is_no_side(text: str) -> None:
    assert one_sided(text)


@pytest.mark.parametrize("text", [
    "Police shot dead two men who had robbed a petrol station.",
    "Gunmen fired on a patrol and officers returned fire, police said.",
    "A gunman wounded four guests before officers arrived and shot him.",
])
def test_a_force_that_acts_is_still_a_side(text: str) -> None:
    assert not one_sided(text)
