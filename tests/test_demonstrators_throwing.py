"""Things thrown by a crowd and a demonstration called non-violent (invented sentences).

A crowd that throws stones, rocks or bottles at the police, or pelts them, is violent
itself: on a protest reading, ACLED's violent demonstration, whatever force answered it. The "projectiles" a
crowd throws are no artillery, and "a non-violent march" is no riot although the riot
phrase "violent march" sits inside it.
"""

from __future__ import annotations

import pytest

from sitrep.nlp.cues import demonstration_violence, flag_features
from sitrep.nlp.triggers import find_triggers


@pytest.mark.parametrize("text", [
    "Fans hurled bottles at the officers outside the stadium gates.",
    "Stones were thrown at the riot squad as the march reached the square.",
    "The marchers pelted the convoy with eggs and rubble.",
    "Young men threw rocks at the police line before dawn.",
])
def test_thrown_things_are_the_crowds_violence(text: str) -> None:
    assert demonstration_violence(text) is True
    # read after the model only: a mob throws stones as often as rioters do
    assert "F=violent" not in flag_features(text)


def test_a_non_violent_demonstration_is_calm() -> None:
    text = "Teachers held a non-violent demonstration outside the ministry."
    assert demonstration_violence(text) is False
    assert "F=calm" in flag_features(text)
    assert "F=violent" not in flag_features(text)
    labels = {e.sub_event_type for _, _, e in find_triggers(text)}
    assert labels == {"Peaceful protest"}


def test_a_violent_demonstration_stays_violent() -> None:
    assert demonstration_violence("A violent demonstration closed the bridge.") is True


def test_thrown_projectiles_are_no_artillery() -> None:
    text = "Rioters threw bricks and other projectiles; projectiles were thrown all night."
    labels = [e.sub_event_type for _, _, e in find_triggers(text)]
    assert "Shelling/artillery/missile attack" not in labels
    assert "Violent demonstration" in labels
    # a projectile fired from a launcher is still one
    fired = [e.sub_event_type for _, _, e in find_triggers("A projectile hit the depot.")]
    assert fired == ["Shelling/artillery/missile attack"]
