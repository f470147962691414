"""Stoplisted words that are also US towns (``stoplisted_towns`` in the gazetteer lexicon)
are the town only right after a place preposition, with no article between, and before the
clause's end, a weekday or "Township"; anywhere else they stay words. All sentences are
invented."""

from __future__ import annotations

import pytest

from sitrep.doc import PLACES, Doc
from sitrep.nlp.places import PlaceTagger


@pytest.fixture(scope="module")
def tagger() -> PlaceTagger:
    return PlaceTagger()


def _places(tagger: PlaceTagger, text: str) -> dict[str, str | None]:
    doc = tagger(Doc(id="t", text=text, country_prior="United States"))
    return {sp.text: sp.attrs["admin1"] for sp in doc.get(PLACES)}


@pytest.mark.parametrize(("text", "town", "state"), [
    ("A man was wounded in Mobile, police said.", "Mobile", "Alabama"),
    ("A girl was hurt by a stray bullet at a home in Arab Tuesday.", "Arab", "Alabama"),
    ("Two men were shot near Reading on Friday, state police said.", "Reading", "Pennsylvania"),
])
def test_a_stoplisted_town_after_a_preposition_is_the_town(tagger: PlaceTagger, text: str,
                                                           town: str, state: str) -> None:
    assert _places(tagger, text) == {town: state}


@pytest.mark.parametrize("text", [
    "Union members marched to the state capitol on Monday.",
    "The hearing was moved to August.",
    "Two men were shot in the Forest, deputies said.",
    "She was reading in Reading Room 4 when the alarm went off.",
    "Police in Salem said two people were hurt.",
])
def test_elsewhere_the_stoplisted_word_is_a_word(tagger: PlaceTagger, text: str) -> None:
    assert _places(tagger, text) == {}


def test_a_stoplisted_town_as_a_dateline_is_the_listed_town(tagger: PlaceTagger) -> None:
    # (the town of the city list, with its point: not a made-up town without coordinates)
    doc = tagger(Doc(id="t", text="SALEM, Mass. — A man was hurt in a shooting on Friday night, "
                                  "police said."))
    got = [(sp.text, sp.attrs["admin1"], sp.attrs["lat"] is not None, sp.attrs.get("dateline"))
           for sp in doc.get(PLACES) if sp.text == "SALEM"]
    assert got == [("SALEM", "Massachusetts", True, True)]
