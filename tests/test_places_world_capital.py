"""A news article told of a country as a whole, and of no place inside it, is about the seat
of its government: the document's admin1 is the capital's province. A coder's untitled note
that names only its country, and a region of a country ("northern Syria"), are not. All
sentences are invented."""

from __future__ import annotations

import pytest

from sitrep.doc import Doc
from sitrep.nlp.places import PlaceTagger, document_admin1, document_country


@pytest.fixture(scope="module")
def tagger() -> PlaceTagger:
    return PlaceTagger()


def _admin1(tagger: PlaceTagger, text: str, title: str | None) -> str | None:
    doc = tagger(Doc(id="t", text=text, title=title))
    return document_admin1(doc)


@pytest.mark.parametrize(("title", "text", "admin1"), [
    ("Envoys weigh new sanctions on Syria",
     "Envoys weigh new sanctions on Syria. Foreign ministers met on Monday to weigh new "
     "sanctions on Syria over its weapons programme, officials said. Syria denied the charge.",
     "Damascus"),
    ("Talks on Kenya debt stall",
     "Talks on Kenya debt stall. Lenders and the treasury failed to agree on Friday on how "
     "Kenya would repay the loans, a spokesman said.",
     "Nairobi"),
])
def test_a_story_of_the_whole_country_is_about_its_capital(tagger: PlaceTagger, title: str,
                                                          text: str, admin1: str) -> None:
    assert _admin1(tagger, text, title) == admin1


def test_an_untitled_note_naming_only_its_country_has_no_province(tagger: PlaceTagger) -> None:
    # (an incident somewhere unknown in the country, not in its capital)
    text = "Unknown gunmen shot dead two traders in Kenya on 3 May 2019."
    assert _admin1(tagger, text, None) is None


@pytest.mark.parametrize("where", ["northern Syria", "northeast Syria", "central Syria"])
def test_a_region_of_the_country_is_not_the_capital(tagger: PlaceTagger, where: str) -> None:
    text = (f"Militias dig trenches in {where}. Fighters dug new trenches in {where} this week "
            "ahead of an expected offensive, residents said.")
    doc = tagger(Doc(id="t", text=text, title=f"Militias dig trenches in {where}"))
    assert document_country(doc) == "Syria"
    assert document_admin1(doc) is None


def test_a_named_province_still_wins(tagger: PlaceTagger) -> None:
    text = ("Sanctions on Syria hit farmers. Farmers in Hama province said sanctions on Syria "
            "had doubled the price of fuel.")
    assert _admin1(tagger, text, "Sanctions on Syria hit farmers") == "Hama"
