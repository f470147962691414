"""A coder's one-line headline note whose verb is "shoot(s)" codes the shot victim as
killed when no wound is told; longer reports, titled articles, wounds, and a shooting told
as another event's cause keep the ordinary (wounded) reading. Invented notes."""

import pytest
from numbers_helpers import TAGGER, casualties

from sitrep.doc import Doc, Span
from sitrep.nlp.numbers import casualties_for


@pytest.mark.parametrize(
    "text,killed",
    [
        ("Bandits shoot ranger near the river", 1),
        ("Armed men shoot village elder inside church", 1),
        ("Raiders shoot three herders in dawn raid", 3),
        # a wound told: the ordinary reading
        ("Raiders shoot and wound herder near the river", 0),
        ("Raiders shoot herder, who is recovering in hospital", 0),
        # the shooting is another event's cause
        ("Riots after police shoot trader near the market", 0),
        ("Protests as police shoot trader near the market", 0),
        # no victim: shooting at something, or a plural noun with no figure
        ("Gunmen shoot at police post", 0),
        ("Police shoot protesters at rally", 0),
    ],
)
def test_headline_note(text: str, killed: int) -> None:
    assert casualties(text)["fatalities"] == killed


def test_titled_or_long_text_keeps_wounded() -> None:
    # a news article (it has a title) saying "shoots" keeps the shooting a wounding
    text = "Deputies say a man shoots a neighbour during dispute"
    doc = TAGGER(Doc(id="t", text=text, title="Man shoots neighbour"))
    out = casualties_for(doc, [Span(0, len(text), "sentence", text)])
    assert out["fatalities"] == 0 and out["injured_best"] == 1
    # a dated, longer note is no headline
    long = "On 3 May 2015, gunmen shoot two herders in a raid on a village, elders said on the following day."
    assert casualties(long)["fatalities"] == 0
