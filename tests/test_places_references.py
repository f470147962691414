"""A place named only to say where another lies ("the town of X near Y", "X, north of Y"),
and a wire or station dateline whose city the story never names again (invented sentences)."""

from __future__ import annotations

import pytest
from places_helpers import first_sentence_place, located, places_by_text, where

from sitrep.doc import Doc
from sitrep.nlp.places import PlaceTagger, _as_written, _references, locate


@pytest.fixture(scope="module")
def tagger() -> PlaceTagger:
    return PlaceTagger()


# ------------------------------------------------------------- "X near Y": Y is a reference
@pytest.mark.parametrize("text, name", [
    ("Hama was calm on Sunday. Hama markets opened. Jets hit a bakery in the town of "
     "Maarat al-Numan near Hama on Monday, killing six.", "Maarrat an Numan"),
    ("Shells fell on Manbij, north of Aleppo, wounding four farmers.", "Manbij"),
    ("A car bomb went off in Azaz, 30 km north of Aleppo, killing three.", "Izaz"),
])
def test_place_after_near_only_locates_the_one_before(tagger: PlaceTagger, text: str,
                                                      name: str) -> None:
    assert where(tagger, text)["name"] == name


def test_reference_place_alone_is_still_the_setting(tagger: PlaceTagger) -> None:
    # Nothing before "near": the place after it is where things happened.
    assert where(tagger, "Gunmen ambushed a bus near Homs on Sunday.")["admin1"] == "Homs"


def test_place_near_a_province_is_no_reference(tagger: PlaceTagger) -> None:
    doc, _ = located(tagger, "Fighting raged in Idlib province near Saraqib for a week.")
    assert _references(doc, doc.get("places")) == {}
    doc, _ = located(tagger, "Fighting raged in Saraqib near Idlib for a week.")
    assert len(_references(doc, doc.get("places"))) == 1


def test_modifier_before_near_makes_no_reference(tagger: PlaceTagger) -> None:
    # "Damascus" stands for the government; "near Homs" is where the strike was.
    text = "Despite Damascus pledges of calm, jets struck a village near Homs on Friday."
    assert where(tagger, text)["admin1"] == "Homs"


# ------------------------------------------------- an agency's dateline named nowhere else
def test_agency_dateline_gives_way_to_the_scene_town(tagger: PlaceTagger) -> None:
    text = ("COLUMBUS, Ohio (AP) - Two men were wounded at a Dayton night club early Sunday, "
            "police said. Officers found both men in the parking lot.")
    assert first_sentence_place(tagger, text)["name"] == "Dayton"


def test_agency_dateline_gives_way_to_a_town_set_with_in(tagger: PlaceTagger) -> None:
    text = ("DENVER (KXYZ) - A woman was shot dead on Friday night. The shooting happened "
            "in Greeley, deputies said.")
    assert first_sentence_place(tagger, text)["name"] == "Greeley"


@pytest.mark.parametrize("text", [
    # the dateline's city is named again: it is the story's town
    ("COLUMBUS, Ohio (AP) - A man was shot outside a Columbus bar on Sunday. Police in "
     "Dayton were not involved, and Columbus officers are investigating."),
    # the other town is only where the state police sit
    ("HARRISBURG, Pa. (WXYZ) - A girl was shot during an eviction on Monday. State police "
     "in Carlisle said the officer fired once."),
    # the other town is only a bearing ("west of Atlanta")
    ("MARIETTA, Ga. (AP) - Four people were shot on a quiet street. The shooting happened "
     "in a subdivision about 20 miles west of Atlanta, deputies said."),
])
def test_agency_dateline_stays(tagger: PlaceTagger, text: str) -> None:
    head = text.split(",")[0].split(" (")[0].title()
    assert first_sentence_place(tagger, text)["name"] == head


def test_far_reading_is_no_place_a_reference_locates(tagger: PlaceTagger) -> None:
    # The city list's Shahba lies in As-Suwayda, far from Aleppo: "near Aleppo" says that
    # reading is a homonym, so Aleppo is not demoted to a mere reference.
    doc, _ = located(tagger, "Shells hit Shahba near Aleppo on Monday.")
    assert _references(doc, doc.get("places")) == {}


# ------------------------------------- a big city named only for a county office or custody
def test_city_named_for_its_sheriff_takes_no_town(tagger: PlaceTagger) -> None:
    text = ("Three men were shot in Guadalupe, Arizona, on Saturday night, the Phoenix "
            "Sheriff's Office said.")
    assert where(tagger, text)["name"] == "Guadalupe"


def test_city_named_for_custody_takes_no_town(tagger: PlaceTagger) -> None:
    text = ("Three men were shot in Lynwood on Saturday night. The suspect was jailed in "
            "downtown Los Angeles without bail.")
    assert where(tagger, text)["name"] == "Lynwood"


def test_quarter_of_a_city_named_as_a_setting_is_the_city(tagger: PlaceTagger) -> None:
    # (the convention the two tests above must not break: a quarter the city's police work)
    text = "A teenager was shot in Englewood on Friday, Chicago police said."
    assert where(tagger, text)["name"] == "Chicago"


# ------------------------------- a town with its own police is no quarter of the outlet's city
def test_town_with_its_own_police_is_no_quarter_of_the_outlet_city(tagger: PlaceTagger) -> None:
    url = "http://www.nbcmiami.com/news/local/boy-shot"
    text = "A 15-year-old boy was shot in Bessemer late Friday, Bessemer Police said."
    doc = tagger(Doc(id="t", text=text, url=url))
    sentence = doc.span("sentences", 0, len(text), "sentence", index=0, paragraph=0)
    loc = locate(doc, [sentence])
    assert loc is not None and loc["name"] == "Bessemer"
    # (the same story with no force named is read as a quarter of the outlet's city)
    text = "A 15-year-old boy was shot in Bessemer late Friday, officers said."
    doc = tagger(Doc(id="t", text=text, url=url))
    sentence = doc.span("sentences", 0, len(text), "sentence", index=0, paragraph=0)
    loc = locate(doc, [sentence])
    assert loc is not None and loc["name"] == "Miami"


# ------------------------------------ "the Clyde Kroger store": a town naming a thing, no person
def test_town_before_a_business_after_an_article_is_a_place(tagger: PlaceTagger) -> None:
    found = places_by_text(tagger, "A woman was robbed at gunpoint outside the Clyde Kroger "
                                   "store, Ohio police said on Sunday.")
    assert found.get("Clyde", {}).get("admin1") == "Ohio"


def test_first_name_before_a_surname_after_an_article_is_a_person(tagger: PlaceTagger) -> None:
    found = places_by_text(tagger, "A gunman shot two men outside the Austin Smith home in "
                                   "Dallas on Sunday.")
    assert "Austin" not in found and found["Dallas"]["admin1"] == "Texas"


# ------------------------------ a dateline town told often keeps the story from another's police
def test_dateline_town_told_often_outweighs_another_towns_police(tagger: PlaceTagger) -> None:
    text = ("MARIETTA -- A man was shot outside a bar in Marietta on Friday night. He had reported a "
            "stolen pistol to the Dayton Police Department a week earlier. Marietta residents "
            "said the bar had seen fights before.")
    assert where(tagger, text)["name"] == "Marietta"


def test_town_whose_police_investigate_replaces_a_town_named_once(tagger: PlaceTagger) -> None:
    text = ("A man from Xenia was shot outside a bar on Friday night, the Dayton Police "
            "Department said.")
    assert where(tagger, text)["name"] == "Dayton"


# ------------------------------------ a Title Case headline's word is no town the story is in
def _titled(title: str, body: str) -> dict:
    text = f"{title}\n\n{body}"
    doc = PlaceTagger()(Doc(id="t", text=text, title=title))
    start = len(title) + 2
    sentence = doc.span("sentences", start, len(text), "sentence", index=1, paragraph=1)
    loc = locate(doc, [sentence])
    assert loc is not None
    return loc


def test_title_case_headline_word_named_nowhere_else_is_a_word() -> None:
    loc = _titled("Four Wounded During Holiday Celebration",
                  "MIAMI (WXYZ) - Four men were shot at a park in Miami on Monday.")
    assert loc["name"] == "Miami"


def test_headline_town_the_story_names_again_is_the_town() -> None:
    loc = _titled("Two Hurt In Kettering Shooting",
                  "DAYTON (WXYZ) - Two men were shot on Monday. Kettering police are "
                  "investigating.")
    assert loc["name"] == "Kettering"


# ------------------------------------------ a town's "City" that the city list leaves out
def test_town_keeps_the_city_word_the_text_gives_it(tagger: PlaceTagger) -> None:
    # GeoNames lists Suisun City as "Suisun": the town's own name is the longer one.
    assert where(tagger, "Two teens were hurt by gunfire near a school in Suisun City, "
                         "California, on Tuesday.")["name"] == "Suisun City"
    # (a short form the text uses keeps the list's full name)
    assert where(tagger, "A man was shot in Kansas City, Missouri, on Friday.")["name"] == \
        "Kansas City"


def test_as_written_adds_only_the_city_word() -> None:
    assert _as_written("FOO CITY", "Foo") == "Foo City"
    assert _as_written("West Valley", "West Valley City") == "West Valley City"
    assert _as_written("Dayton", "Dayton") == "Dayton"
