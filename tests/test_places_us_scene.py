"""US local news: the scene against a resident's town, a hospital's town, a county's
unit word, a state the text names and a headline's capitalised words (invented sentences)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from places_helpers import first_sentence_place, where

from sitrep.doc import Doc
from sitrep.ingest import make_doc
from sitrep.nlp.places import PlaceTagger, locate
from sitrep.pipeline import default_pipeline


@pytest.fixture(scope="module")
def tagger() -> PlaceTagger:
    return PlaceTagger()


def located_doc(text: str, url: str | None = None) -> dict:
    """The main event's place for a whole article run through the pipeline."""
    title = text.split("\n", 1)[0]
    doc = default_pipeline()(make_doc("t", text, title=title, url=url))
    assert doc.events, text
    return doc.events[0].to_json()


def test_resident_town_gives_way_to_the_scene(tagger: PlaceTagger) -> None:
    # "A Plainfield man" says where he lives; "at a tavern in Avon" where it happened.
    loc = first_sentence_place(tagger, "A Plainfield man was charged Tuesday with murder. "
                                       "He shot a bartender at a tavern in Avon, Indiana, "
                                       "police said.")
    assert loc["name"] == "Avon"
    assert loc["admin1"] == "Indiana"


def test_resident_town_named_as_a_setting_too_stays(tagger: PlaceTagger) -> None:
    loc = first_sentence_place(tagger, "A Plainfield man was charged Tuesday with murder. "
                                       "He shot a neighbour outside a Plainfield home and "
                                       "fled to a motel in Avon, Indiana.")
    assert loc["name"] == "Plainfield"


def test_where_a_resident_lives_is_no_scene(tagger: PlaceTagger) -> None:
    # "lived with her aunt in Avon" is no more the scene than "a Plainfield teen" is.
    loc = first_sentence_place(tagger, "A Plainfield teen was wounded by a stray bullet. "
                                       "She lived with her aunt in Avon, Indiana, "
                                       "deputies said.")
    assert loc["name"] == "Plainfield"


def test_hospital_town_gives_way_to_the_dateline(tagger: PlaceTagger) -> None:
    text = ("NASHVILLE, Ga. - Deputies were called to a home on Monday. A 3-year-old boy was "
            "airlifted to a Macon hospital after he found a pistol.")
    doc = tagger(Doc(id="t", text=text))
    start = text.index("A 3-year")
    sentence = doc.span("sentences", start, len(text), "sentence", index=1, paragraph=0)
    loc = locate(doc, [sentence])
    assert loc is not None
    assert loc["name"] == "Nashville"
    assert loc["admin1"] == "Georgia"


def test_county_word_settles_the_state() -> None:
    # Greenville County is South Carolina's; North Carolina's big Greenville, near the
    # Charlotte station, has no county of that name.
    text = ("Student shot at high school\n\n"
            "A student was wounded at a high school on Friday morning, deputies said.\n\n"
            "The shooter was booked into the Greenville County Detention Center on Friday "
            "night, and Greenville County Schools said classes would resume.")
    ev = located_doc(text, url="http://www.wbtv.com/story/1/student-shot")
    assert ev["admin1"] == "South Carolina"


def test_town_read_in_the_one_state_the_text_names() -> None:
    text = ("Child shot in Highland Heights\n\n"
            "A 2-year-old girl was shot inside a home in Highland Heights on Monday afternoon, "
            "police in Northern Kentucky said. The girl was taken to a children's hospital.")
    ev = located_doc(text, url="http://www.fox19.com/story/1/child-shot")
    assert ev["location"] == "Highland Heights"
    assert ev["admin1"] == "Kentucky"


def test_headline_word_before_a_town_does_not_make_it_a_surname() -> None:
    # "Coverage Former Tucumcari" reads Tucumcari as a surname; the dateline, with its
    # state, is still the town.
    text = ("Shooting in small town leaves one dead\n\n"
            "Related Coverage Former Tucumcari athlete dies\n\n"
            "TUCUMCARI, N.M. - Two teenagers were shot on Thursday afternoon, leaving one dead, "
            "state police said.")
    ev = located_doc(text)
    assert ev["location"] == "Tucumcari"
    assert ev["admin1"] == "New Mexico"


def test_titled_name_read_abroad_does_not_carry_a_local_story_abroad() -> None:
    # A Utah paper's story whose police lieutenant's surname, said again and again, is also
    # a spelling of an Angolan city: with the person set aside the story stays in Ogden.
    # (A dev article, read at run time: the name's weight there is what this is about.)
    path = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "gva_documents.dev.jsonl"
    if not path.exists():
        pytest.skip(f"{path} is absent")
    row = next((json.loads(line) for line in path.open()
                if '"gva-7b811aedb48daa7cd35165bfabc769a9"' in line), None)
    if row is None:
        pytest.skip("the dev article is not in this copy of the dev set")
    ev = located_doc(row["title"] + "\n\n" + row["text"],
                     url="http://www.deseretnews.com/article/865637244/girl-shot.html")
    assert ev["location"] == "Ogden"


def test_headline_big_city_is_no_quarter_of_the_station_city() -> None:
    # A Louisville station runs a wire story about Charlotte: the headline's big city is the
    # place, not a quarter of Louisville the gazetteer lacks.
    text = ("Teen shot outside Charlotte dance hall - wave3.com-Louisville News\n\n"
            "An argument at a Charlotte dance hall ended with a 16-year-old being shot early "
            "Sunday, police said. The teen is expected to recover.")
    ev = located_doc(text, url="http://www.wave3.com/story/1/teen-shot-outside-dance-hall")
    assert ev["location"] == "Charlotte"
    assert ev["admin1"] == "North Carolina"


def test_title_word_across_a_full_stop_makes_no_person(tagger: PlaceTagger) -> None:
    # "Bishop Avenue." then a new paragraph: "Killeen" is no Bishop's first-named person.
    doc = tagger(Doc(id="t", text="A boy was wounded in the 300 block of Bishop Avenue.\n\n"
                                  "Killeen police said the shooting was an accident."))
    assert any(sp.attrs["name"] == "Killeen" for sp in doc.get("places"))


def test_cross_streets_are_no_towns(tagger: PlaceTagger) -> None:
    # Streets named after towns and states, told as an intersection, are the story town's.
    doc = tagger(Doc(id="t", text="Two men were shot near Vermont and Manchester avenues in "
                                  "South Los Angeles. Later a woman was hurt at the corner "
                                  "of Detroit and Nebraska in Toledo, Ohio."))
    names = {sp.attrs["name"] for sp in doc.get("places")}
    assert {"Vermont", "Manchester", "Detroit", "Nebraska"}.isdisjoint(names)
    assert "Toledo" in names


def test_a_street_in_a_town_keeps_the_town(tagger: PlaceTagger) -> None:
    doc = tagger(Doc(id="t", text="A woman was found shot in a car on an Antelope street, "
                                  "deputies in Sacramento County said."))
    assert any(sp.attrs["name"] == "Antelope" for sp in doc.get("places"))


def test_town_read_in_the_state_of_a_county_the_text_names() -> None:
    # La Porte is a town of Indiana and of Texas: an Indiana paper's wire story says
    # "Harris County", and that county is Texas's.
    text = ("Man wounded in La Porte\n\n"
            "A man was shot outside a bar in La Porte late Friday. Harris County deputies "
            "are looking for the gunman.")
    ev = located_doc(text, url="http://www.nwitimes.com/news/1/man-shot.html")
    assert ev["location"] == "La Porte"
    assert ev["admin1"] == "Texas"


def test_hospital_town_gives_way_to_the_scene(tagger: PlaceTagger) -> None:
    # No dateline: the event sentence names only the hospital's town, the next the scene.
    loc = first_sentence_place(tagger, "A toddler was flown to a hospital in Winston-Salem "
                                       "on Tuesday. The shooting happened at a home on "
                                       "Elm Road in Elkin, North Carolina, deputies said.")
    assert loc["name"] == "Elkin"


def test_second_half_of_a_double_surname_is_no_town(tagger: PlaceTagger) -> None:
    doc = tagger(Doc(id="t", text="Deputies booked Mario Ortega-Gonzalez into the county jail "
                                  "after a shooting in the Dallas-Fort Worth area."))
    names = {sp.attrs["name"] for sp in doc.get("places")}
    assert "Gonzalez" not in names
    assert "Fort Worth" in names


def test_dateline_town_known_only_as_a_county_elsewhere(tagger: PlaceTagger) -> None:
    # Letcher is a Kentucky county (needing its unit word) and a South Dakota village the
    # city list lacks: the dateline with its state makes it the village.
    text = "LETCHER, S.D. - A hunter was wounded in a field on Saturday, officers said."
    loc = where(tagger, text)
    assert loc["name"] == "Letcher"
    assert loc["admin1"] == "South Dakota"
