""""A total of N" tells one event's whole toll, not a long period's: the figure is read.

A toll over a long period still comes from its own cue ("last year", "since 2015"), and "a
total of" before several incidents ("in the riots", "during separate raids") is a sum over them.
"""

import pytest
from numbers_helpers import TAGGER, casualties

from sitrep.doc import Doc


@pytest.mark.parametrize(
    "text,killed,injured",
    [
        ("A total of 14 guests were killed in the attack on the hotel.", 14, None),
        ("A total of seven people were wounded at the bus stop, the sheriff said.", 0, 7),
        ("A total of 4 people were killed and 9 were hurt in the shooting on Friday.", 4, 9),
    ],
)
def test_a_total_of_is_the_event_toll(text: str, killed: int, injured: int | None) -> None:
    c = casualties(text)
    assert c["fatalities"] == killed
    assert c["injured_best"] == injured


@pytest.mark.parametrize(
    "text",
    [
        "A total of 31 children in the state were killed last year by stray bullets.",
        "A total of 250 fighters have been killed since 2015 in the valley.",
        # a sum over several incidents, not one event's toll
        "A total of three people were killed in the riots that followed the vote.",
        "A total of 17 rebels were killed during separate raids on their camps.",
    ],
)
def test_a_long_period_stays_cumulative(text: str) -> None:
    doc = TAGGER(Doc(id="t", text=text))
    figures = [s for s in doc.get("numbers") if s.label == "killed"]
    assert figures and all(s.attrs.get("cumulative") for s in figures)
    assert casualties(text)["fatalities"] == 0
