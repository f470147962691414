"""US local news: counties, city quarters and homonymous towns (invented sentences)."""

from __future__ import annotations

import pytest
from places_helpers import where

from sitrep.doc import Doc
from sitrep.nlp.places import (
    PlaceTagger,
    _outlet_suffix,
    _policed,
    document_admin1,
    document_country,
    locate,
)


@pytest.fixture(scope="module")
def tagger() -> PlaceTagger:
    return PlaceTagger()


def test_county_gives_way_to_a_town_and_stays_its_admin2(tagger: PlaceTagger) -> None:
    loc = where(tagger, "Deputies in Hancock County said a clerk was wounded when a robber "
                        "fired at a gas station in Greenfield, Ind., on Tuesday.")
    assert loc["name"] == "Greenfield"
    assert loc["admin1"] == "Indiana"
    assert loc["admin2"] == "Hancock"


def test_county_alone_is_its_main_town_and_stays_the_admin2(tagger: PlaceTagger) -> None:
    # (GVA files every incident under a town: the county's most populous one is likeliest)
    loc = where(tagger, "A hunter from Indianapolis was shot in the leg in Hancock County "
                        "on Saturday, deputies said.")
    assert loc["name"] == "Greenfield"
    assert loc["admin1"] == "Indiana"
    assert loc["admin2"] == "Hancock"


def test_quarter_policed_by_its_city_is_the_city(tagger: PlaceTagger) -> None:
    text = ("Two men were wounded in a shooting in South Shore late Friday, Chicago police "
            "said. Neither man was cooperating with detectives.")
    loc = where(tagger, text)
    assert loc["name"] == "Chicago"
    assert loc["admin1"] == "Illinois"


def test_suburb_with_its_own_police_stays(tagger: PlaceTagger) -> None:
    text = ("A woman was shot outside her home in Maywood on Sunday, Maywood police said. "
            "She was taken to a Chicago hospital.")
    loc = where(tagger, text)
    assert loc["name"] == "Maywood"


def test_policed_matches_whole_names_only() -> None:
    assert _policed("Detroit police said the man fled.", "Detroit")
    assert _policed("a Tulsa PD spokesman", "Tulsa")
    assert not _policed("Detroiter police said", "Detroit")
    assert not _policed("Police in Detroit said", "Detroit")


def test_outlet_suffix_of_a_headline() -> None:
    words = frozenset(["news", "weather", "com"])
    title = "Teen hurt in Elm Street shooting - WXYZ Action News 9 - Springfield, Ohio"
    span = _outlet_suffix(title + "\n\nBody text.", title, words)
    assert span is not None and title[span[0] : span[1]].startswith(" - WXYZ")
    title = "Police say a dispute - not a robbery - led to the shooting"
    assert _outlet_suffix(title + "\n\nBody.", title, words) is None
    assert _outlet_suffix("Other text", "A title | Site News", words) is None  # not at start


def test_station_city_is_not_the_story_place(tagger: PlaceTagger) -> None:
    title = "Boy wounded at a party in Blytheville - WQRS News 5 - Memphis, Tennessee"
    doc = tagger(Doc(id="t", text=title + "\n\nA boy was hurt, police said.", title=title))
    got = {s.text: s.attrs for s in doc.get("places")}
    assert got["Memphis"]["outlet"] and got["Memphis"]["boilerplate"]
    assert not got["Blytheville"]["outlet"]
    sentence = doc.span("sentences", 0, len(title), "sentence", index=0, paragraph=0)
    assert locate(doc, [sentence])["name"] == "Blytheville"


def test_dateline_spelling_and_state(tagger: PlaceTagger) -> None:
    # "PITTSBURGH" is written with its "h": the Pennsylvania city, not a "Pittsburg"; the
    # dateline says the story's state over a quarter the headline names, which other
    # states have towns of.
    title = "Man killed in Homewood bar shooting"
    text = title + "\n\nPITTSBURGH (AP) — A man was shot dead at a bar in Homewood early Sunday."
    doc = tagger(Doc(id="t", text=text, title=title))
    got = {s.text: s.attrs for s in doc.get("places")}
    assert got["PITTSBURGH"]["admin1"] == "Pennsylvania"
    assert got["PITTSBURGH"]["dateline"]
    assert document_admin1(doc) == "Pennsylvania"


def test_english_name_is_not_a_glued_arabic_article(tagger: PlaceTagger) -> None:
    doc = tagger(Doc(id="t", text="Eddie Marsh, 12, was shot by a friend in Puyallup. "
                                  "Eddie's mother spoke at the vigil."))
    assert "Die" not in [s.attrs["name"] for s in doc.get("places")]
    assert document_country(doc) == "United States"


def test_exact_spelling_decides_the_country(tagger: PlaceTagger) -> None:
    # The key of "Killeen" is also a spelling of a far larger Chinese city; the text spells
    # the Texas one.
    doc = tagger(Doc(id="t", text="The council said Killeen should drop the cameras."))
    (span,) = doc.get("places")
    assert (span.attrs["name"], span.attrs["admin1"]) == ("Killeen", "Texas")


def test_state_alone_in_the_sentences_gives_way_to_the_documents_town(
        tagger: PlaceTagger) -> None:
    first = "HOUSTON (AP) — Police searched for a gunman on Sunday."
    text = first + "\n\nFive people were wounded in drive-by shootings in Texas overnight."
    doc = tagger(Doc(id="t", text=text))
    second = doc.span("sentences", len(first) + 2, len(text), "sentence", index=1, paragraph=1)
    loc = locate(doc, [second])
    assert (loc["name"], loc["admin1"]) == ("Houston", "Texas")


def test_county_alone_in_the_sentences_takes_the_documents_town(tagger: PlaceTagger) -> None:
    first = "Title\n\nGREENFIELD, Ind. — A store clerk was shot on Tuesday."
    text = first + "\n\nIt was the third robbery in Hancock County this month."
    doc = tagger(Doc(id="t", text=text))
    second = doc.span("sentences", len(first) + 2, len(text), "sentence", index=1, paragraph=1)
    loc = locate(doc, [second])
    assert (loc["name"], loc["admin2"], loc["admin1"]) == ("Greenfield", "Hancock", "Indiana")


def test_a_list_of_big_cities_is_no_town_and_its_city(tagger: PlaceTagger) -> None:
    text = ("Robberies rose in Milwaukee last year. Analysts compared Milwaukee, Chicago, "
            "Cleveland and Memphis.")
    doc = tagger(Doc(id="t", text=text))
    spans = [s for s in doc.layers["places"] if s.text == "Milwaukee"]
    assert spans and all(s.attrs["admin1"] == "Wisconsin" for s in spans)


def test_a_small_town_given_with_its_state_beats_a_foreign_unit_of_its_name(
        tagger: PlaceTagger) -> None:
    doc = tagger(Doc(id="t", text="Deputies found two men shot at a farm near Manchester, "
                                   "Ill., on Sunday morning."))
    spans = [s for s in doc.layers["places"] if s.text == "Manchester"]
    assert spans and spans[0].attrs["admin1"] == "Illinois"


def test_state_alone_in_the_sentences_passes_a_county_on_to_its_town(
        tagger: PlaceTagger) -> None:
    first = "Title\n\nDALLAS COUNTY, Texas - Deputies searched for a gunman on Friday."
    text = (first + "\n\nA clerk was wounded in Texas late Thursday. Dallas County deputies "
            "said the store lies just outside Mesquite.")
    doc = tagger(Doc(id="t", text=text))
    second = doc.span("sentences", len(first) + 2, len(first) + 2 + 45, "sentence",
                      index=1, paragraph=1)
    loc = locate(doc, [second])
    assert (loc["name"], loc["admin1"]) == ("Mesquite", "Texas")


def test_a_county_told_outside_the_sentences_still_gives_way_to_its_town(
        tagger: PlaceTagger) -> None:
    first = ("Title\n\nLeon County deputies were called to a home in Leon County, the Leon "
             "County sheriff said, just outside Tallahassee.")
    text = first + "\n\nA woman was wounded by a stray bullet on Friday."
    doc = tagger(Doc(id="t", text=text))
    second = doc.span("sentences", len(first) + 2, len(text), "sentence", index=1, paragraph=1)
    loc = locate(doc, [second])
    assert (loc["name"], loc["admin2"], loc["admin1"]) == ("Tallahassee", "Leon", "Florida")
