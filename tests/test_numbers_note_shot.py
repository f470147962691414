"""A coder's short untitled note whose only victims are told as "shot" by an armed party
codes them as killed when it tells no wound, death, hospital, survival or hit body part; a
victim shot by no armed party, a titled article, a told outcome, and a shooting told as
another event's cause keep the ordinary (wounded) reading. Invented notes."""

import pytest
from numbers_helpers import TAGGER, casualties

from sitrep.doc import Doc, Span
from sitrep.nlp.numbers import casualties_for


@pytest.mark.parametrize(
    "text,killed",
    [
        ("Three herders were allegedly shot by police patrolling the game reserve near Loiyangalani.", 3),
        ("A ten-year-old was shot by unknown gunmen at a market in Kisii on 4 March.", 1),
        ("Fisherman shot in raid by armed bandits", 1),
        # no armed shooter named: the ordinary reading
        ("A ten-year-old was shot by a neighbour at a market in Kisii on 4 March.", 0),
        ("A gang of robbers confronted villagers and 3 were shot as they tried to flee.", 0),
        # an outcome told: the ordinary reading
        ("Two herders were shot and wounded by rangers near Loiyangalani.", 0),
        ("A trader was shot by robbers and is recovering in hospital.", 0),
        ("A guard was shot in the leg by robbers at a bank in Kisii.", 0),
        ("A pupil was shot by a stray bullet but survived.", 0),
        # the shooting is another event's cause
        ("Residents protested after a hawker was shot by a council officer in Kisii.", 0),
    ],
)
def test_short_note(text: str, killed: int) -> None:
    assert casualties(text)["fatalities"] == killed


def test_titled_article_keeps_wounded() -> None:
    text = "A ten-year-old was shot by unknown gunmen at a market in Kisii on 4 March."
    doc = TAGGER(Doc(id="t", text=text, title="Boy shot at market"))
    out = casualties_for(doc, [Span(0, len(text), "sentence", text)])
    assert out["fatalities"] == 0 and out["injured_best"] == 1
