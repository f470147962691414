"""A collection's country (``Doc.country_prior``) against a lone foreign homonym: a note whose
only sign of another country is one town's name is set in the collection's country (a
village the gazetteer lacks), unless the text names that country, a unit of it, its people,
or a city of a million people. All sentences are invented."""

from __future__ import annotations

import pytest

from sitrep.doc import PLACES, Doc
from sitrep.nlp.places import PlaceTagger, document_country


@pytest.fixture(scope="module")
def tagger() -> PlaceTagger:
    return PlaceTagger()


def _read(tagger: PlaceTagger, text: str, prior: str | None) -> tuple[str | None, dict[str, str]]:
    doc = tagger(Doc(id="t", text=text, country_prior=prior))
    return document_country(doc), {sp.text: sp.attrs["country"] for sp in doc.get(PLACES)}


@pytest.mark.parametrize("text", [
    "Residents of Mariani village protested over water shortages on Tuesday.",
    "Gunmen attacked a bus near Dongo on Tuesday, police said.",
    "Police fired tear gas at traders in Jinja on Tuesday.",
])
def test_a_lone_foreign_homonym_stays_in_the_collection_s_country(tagger: PlaceTagger,
                                                                  text: str) -> None:
    country, places = _read(tagger, text, "Kenya")
    assert country == "Kenya"
    assert places == {}


def test_without_a_collection_the_town_abroad_is_read(tagger: PlaceTagger) -> None:
    country, places = _read(tagger, "Residents of Mariani village protested over water "
                                    "shortages on Tuesday.", None)
    assert (country, places) == ("India", {"Mariani": "India"})


@pytest.mark.parametrize(("text", "country", "town"), [
    # the country and its unit named
    ("Residents of Mariani in Assam, India protested over water shortages on Tuesday.",
     "India", "Mariani"),
    # its people named
    ("Ugandan police fired tear gas at traders in Jinja on Tuesday.", "Uganda", "Jinja"),
    # a city of a million people, spelled as written
    ("Traders marched in Kampala on Tuesday over new taxes.", "Uganda", "Kampala"),
])
def test_a_story_the_text_sets_abroad_stays_abroad(tagger: PlaceTagger, text: str, country: str,
                                                   town: str) -> None:
    got, places = _read(tagger, text, "Kenya")
    assert got == country
    assert places[town] == country


@pytest.mark.parametrize("text", [
    # a foreign country named only as where the group is based
    "Militants of the Uganda-based movement ambushed a lorry, wounding two traders.",
    # ... or only as where the raiders came from
    "Armed raiders from Ethiopia drove off two hundred goats from a village.",
])
def test_a_country_named_only_as_a_group_s_home_does_not_set_the_story(tagger: PlaceTagger,
                                                                      text: str) -> None:
    country, _ = _read(tagger, text, "Kenya")
    assert country == "Kenya"


def test_an_event_is_not_located_in_a_country_named_only_as_a_group_s_home() -> None:
    from sitrep.pipeline import extract

    doc = extract(Doc(id="t", text="Officials said two policemen were hurt when fighters of "
                                   "the Uganda-based movement ambushed a lorry.",
                      country_prior="Kenya"))
    assert doc.events and doc.events[0].country == "Kenya"
    assert "Police Forces of Kenya" in (doc.events[0].actor1 or "") + (doc.events[0].actor2 or "")
