"""Drone strikes told with a drone as the verb's subject, or an armed kind of drone."""

from __future__ import annotations

import pytest

from sitrep.nlp import classify as C
from sitrep.nlp.triggers import TriggerTagger, usable


@pytest.fixture(scope="module")
def tagger() -> TriggerTagger:
    return TriggerTagger()


@pytest.mark.parametrize("text, phrase", [
    ("Overnight an enemy drone struck a fuel depot outside the port town.", "drone struck"),
    ("Two drones hit the market on Friday, the mayor said.", "drones hit"),
    ("A military drone targeted a pickup truck on the desert road.", "drone targeted"),
    ("Kamikaze drones damaged a power substation in the north.", "Kamikaze drones"),
    ("Rebels launched suicide drones at the airbase before dawn.", "suicide drones"),
    ("A drone dropped two small bombs on a trench near the river.", "drone dropped"),
    ("A bomb dropped from a drone wounded a sentry at the checkpoint.", "dropped from a drone"),
])
def test_drone_strike_phrases(tagger: TriggerTagger, text: str, phrase: str) -> None:
    spans, _ = tagger.analyse(text)
    hits = [s for s in spans if s.label == "Air/drone strike" and usable(s)]
    assert [s.text for s in hits] == [phrase]
    assert hits[0].attrs.get("strong")
    assert text[hits[0].start:hits[0].end] == phrase


def test_a_drone_that_strikes_nothing_is_no_trigger(tagger: TriggerTagger) -> None:
    spans, _ = tagger.analyse("A police drone filmed the crowd as it marched to parliament.")
    assert not any(s.label == "Air/drone strike" for s in spans)
    spans, _ = tagger.analyse("Farmers now use a drone to spray their maize fields.")
    assert not any(s.label == "Air/drone strike" for s in spans)


def test_classifier_reads_an_invented_drone_strike() -> None:
    text = ("On 3 March, a drone struck a house on the edge of the border village, killing a "
            "woman, the regional governor said.")
    assert C.classify(text)[0][0] == "Air/drone strike"


def test_munitions_dropped_from_a_drone_are_a_drone_strike() -> None:
    # The dropped munition names its own type (a grenade); ACLED codes the drone's strike.
    spans, _ = TriggerTagger().analyse("A drone dropped grenades on an army position at dawn.")
    assert {s.label for s in spans} == {"Air/drone strike", "Grenade"}
    assert C.rule_classify(spans) == "Air/drone strike"
