"""US local news: the outlet's home state as a weak prior, abbreviated and possessive place
names, counties told before their town, speakers who share a town's name (invented
sentences and invented outlet URLs)."""

from __future__ import annotations

import pytest

from sitrep.doc import Doc
from sitrep.ingest import make_doc
from sitrep.nlp.outlets import outlet_home
from sitrep.nlp.places import PlaceTagger, document_admin1, locate
from sitrep.pipeline import default_pipeline


@pytest.fixture(scope="module")
def tagger() -> PlaceTagger:
    return PlaceTagger()


@pytest.fixture(scope="module")
def nlp():
    return default_pipeline()


def tagged(tagger: PlaceTagger, text: str, url: str | None = None) -> Doc:
    return tagger(Doc(id="t", text=text, url=url))


def where(tagger: PlaceTagger, text: str, url: str | None = None) -> dict:
    doc = tagged(tagger, text, url)
    sentence = doc.span("sentences", 0, len(doc.text), "sentence", index=0, paragraph=0)
    loc = locate(doc, [sentence])
    assert loc is not None
    return loc


# ---------------------------------------------------------------- outlet home
def test_host_names_and_the_curated_list_give_a_home_state():
    assert outlet_home("http://www.nbcmiami.com/news/x", None).state == "Florida"
    assert outlet_home("http://www.nbcmiami.com/news/x", None).city == "Miami"
    assert outlet_home("https://kansascity.com/a", None).state == "Missouri"  # not Kansas
    assert outlet_home("http://www.wsmv.com:80/story/1", None).state == "Tennessee"
    assert outlet_home("http://fox5atlanta.com/x", None).city == "Atlanta"
    # An edition per city in the path.
    assert outlet_home("https://www.dnainfo.com/chicago/2017/x", None).city == "Chicago"


def test_no_home_for_national_foreign_or_misleading_hosts():
    assert outlet_home("http://www.reuters.com/x", None) is None
    assert outlet_home("http://georgiatoday.ge/x", None) is None  # a country's own domain
    assert outlet_home("http://www.jamestownsun.com/x", None).state != "Iowa"  # not "Ames"
    assert outlet_home(None, None) is None


def test_the_outlet_settles_a_homonym_the_text_leaves_open(tagger):
    text = "A teenager was shot in Springfield on Saturday night, police said."
    assert where(tagger, text, "http://www.springfieldnewsexample.com/x")["name"] == "Springfield"
    # The same sentence from a station at home in Illinois and in Missouri.
    il = where(tagger, text, "http://www.wandtv.com/story/1")
    mo = where(tagger, text, "http://www.ky3.com/story/1")
    assert il["admin1"] == "Illinois"
    assert mo["admin1"] == "Missouri"


def test_the_outlet_never_overrules_a_state_the_text_names(tagger):
    loc = where(tagger, "A man was shot in Springfield, Massachusetts, on Friday.",
                "http://www.wandtv.com/story/1")
    assert loc["admin1"] == "Massachusetts"


def test_a_story_that_names_no_place_gets_the_outlet_state(nlp):
    doc = nlp(make_doc("o", "Boy, 6, hurt by a stray bullet\n\nA six-year-old boy was shot "
                            "in the leg while he slept on Sunday, police said.",
                       published="2016-05-02", outlet="http://www.wsmv.com/story/123/boy"))
    assert document_admin1(doc) == "Tennessee"
    assert doc.events and doc.events[0].admin1 == "Tennessee"


def test_a_quarter_of_the_outlet_city_is_not_a_town_of_another_state(tagger):
    text = "A 15-year-old boy was shot in Austin late Friday, police said."
    loc = where(tagger, text, "https://chicago.suntimes.com/news/boy-shot")
    assert loc["name"] == "Chicago" and loc["admin1"] == "Illinois"
    # ... unless the text gives the state.
    loc = where(tagger, "A 15-year-old boy was shot in Austin, Texas, late Friday.",
                "https://chicago.suntimes.com/news/boy-shot")
    assert loc["admin1"] == "Texas"


def test_a_town_across_the_state_line_from_the_outlet_city_stays_itself(tagger):
    # A Kansas City station covers Kansas suburbs; a Nebraska one covers Iowa's side.
    loc = where(tagger, "A woman was wounded by gunfire in Olathe on Sunday evening.",
                "https://www.kctv5.com/news/woman-wounded")
    assert loc["name"] == "Olathe" and loc["admin1"] == "Kansas"
    loc = where(tagger, "Two men were hurt in a shooting in Council Bluffs on Tuesday.",
                "https://www.ketv.com/article/two-hurt")
    assert loc["admin1"] == "Iowa"


def test_a_county_of_another_state_is_no_quarter_of_the_outlet_city(tagger):
    loc = where(tagger, "Three people were wounded at a party in Panola County on Saturday.",
                "https://www.wmcactionnews5.com/story/party-shooting")
    assert loc["admin1"] == "Mississippi"


def test_the_outlet_state_lends_a_village_little_against_a_big_city(tagger):
    # A New York station's story: the outlet's state is no reason for the upstate village
    # over the big New Jersey city of the same name.
    loc = where(tagger, "Two teenagers were shot in Newark late Saturday, police said.",
                "https://pix11.com/news/two-teens-shot")
    assert loc["admin1"] == "New Jersey"


def test_the_outlet_state_breaks_a_tie_between_like_sized_homonyms(tagger):
    # Englewood is both a Chicago quarter and a New Jersey town of about the same size; a
    # New Jersey town elsewhere in the sentence must not decide it in a Chicago paper.
    loc = where(tagger, "Two men were wounded in Englewood on Monday, and a Paterson man "
                "was arrested.", "https://www.dnainfo.com/chicago/20150101/englewood/x")
    assert loc["admin1"] == "Illinois"


def test_a_story_set_in_another_state_keeps_that_state(tagger):
    loc = where(tagger, "A driver was shot on a highway in New Jersey early Monday.",
                "https://6abc.com/news/driver-shot")
    assert loc["admin1"] == "New Jersey"


# ---------------------------------------------------------------- names
def test_abbreviated_saints_and_forts_are_found_and_written_out(tagger):
    loc = where(tagger, "Two men were wounded in a shooting in St. Louis on Monday night, "
                        "police in Missouri said.")
    assert loc["name"] == "Saint Louis" and loc["admin1"] == "Missouri"
    loc = where(tagger, "A woman was shot in St. Paul, Minnesota, on Friday.")
    assert loc["name"] == "Saint Paul" and loc["admin1"] == "Minnesota"
    names = {s.attrs["name"] for s in tagged(tagger, "Deputies in Ft. Worth, Texas, said.").get("places")}
    assert "Fort Worth" in names


def test_a_possessive_county_is_the_county(tagger):
    loc = where(tagger, "A man died after a shooting at a dice game in Prince George's County, "
                        "Maryland, police said.")
    assert loc["admin1"] == "Maryland"
    # (told alone, the county is its most populous town, and stays the admin2)
    assert loc["admin2"] == "Prince George's"
    assert loc["name"] == "Bowie"


def test_a_parish_name_keeps_its_unit(tagger):
    loc = where(tagger, "A St. Mary Parish deputy was killed by an accidental shot in Louisiana "
                        "on Thursday night.")
    assert loc["admin1"] == "Louisiana"


def test_a_state_abbreviation_is_no_place(tagger):
    doc = tagged(tagger, "SALEM, Ore. (KXYZ) — A woman died of a gunshot wound on Thursday.")
    names = {(s.attrs["name"], s.attrs["admin1"]) for s in doc.get("places")}
    assert ("Salem", "Oregon") in names
    assert not any(n == "Ore" for n, _ in names)


def test_paris_texas_is_not_the_stoplisted_word_parish(tagger):
    loc = where(tagger, "Four people were found shot dead in a home in Paris, Texas, on Monday.")
    assert loc["name"] == "Paris" and loc["admin1"] == "Texas"


# ---------------------------------------------------------------- counties and speakers
def test_a_county_told_first_gives_way_to_its_town_named_later(nlp):
    doc = nlp(make_doc("c", "Kaufman County deputies investigate a shooting\n\nKaufman County "
                            "deputies are investigating after a boy, 5, shot himself with a "
                            "handgun on Saturday.\n\nThe boy was at a paintball range in Forney "
                            "with his father when the gun went off, a spokesman said.",
                       published="2016-02-07", outlet="http://www.wfaa.com/story/1"))
    ev = doc.events[0]
    assert ev.location == "Forney"
    assert ev.admin2 == "Kaufman"


def test_a_name_that_speaks_is_a_person(tagger):
    doc = tagged(tagger, "A man was shot outside a bar in Houston, Texas, on Friday. Martinez "
                         "said he heard four shots. Police later spoke to Martinez at home.")
    names = {s.attrs["name"] for s in doc.get("places")}
    assert "Houston" in names and "Martinez" not in names


def test_a_place_after_a_preposition_still_speaks_for_its_police(tagger):
    doc = tagged(tagger, "A woman was wounded on Main Street. Police in Tyler said the shooter "
                         "fled, a Texas sheriff said.")
    assert "Tyler" in {s.attrs["name"] for s in doc.get("places")}


def test_an_unknown_first_name_before_a_family_surname(tagger):
    doc = tagged(tagger, "A girl was shot in Toledo, Ohio. Her grandmother, Tessa Canty, said "
                         "it happened at the home of Mecca Canty, the girl's mother.")
    names = {s.attrs["name"] for s in doc.get("places")}
    assert "Toledo" in names and "Makkah" not in names


def test_a_small_quarter_close_to_a_big_city_the_text_names_is_that_city(tagger):
    loc = where(tagger, "Four people were wounded in a shooting in Morgan Park late Saturday, "
                        "the latest of a violent weekend in Chicago, Illinois.")
    assert loc["name"] == "Chicago"


def test_the_headline_town_wins_over_the_hospital_town(nlp):
    doc = nlp(make_doc("h", "Xenia teen hurt by a stray round on Saturday\n\nA 14-year-old boy "
                            "from the area was flown to a hospital in Dayton, Ohio, after a stray "
                            "bullet struck him in the arm on Saturday, deputies said.",
                       published="2016-05-02", outlet="http://www.whio.com/news/1"))
    ev = doc.events[0]
    assert ev.admin1 == "Ohio"
    assert ev.location == "Xenia"
