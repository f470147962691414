"""US stories whose sentences name only a state or a county, and US local outlets' stories
whose only place readings lie abroad (invented sentences and invented outlet URLs)."""

from __future__ import annotations

import pytest
from places_helpers import first_sentence_located

from sitrep.doc import Doc
from sitrep.nlp.places import PlaceTagger, document_country


@pytest.fixture(scope="module")
def tagger() -> PlaceTagger:
    return PlaceTagger()


def test_a_state_told_again_and_again_gives_way_to_the_town_of_that_state(tagger) -> None:
    text = ("Three people were found shot dead in a farmhouse in Vermont on Sunday. "
            "Vermont State Police said the family had lived outside Bennington for years. "
            "Vermont has seen few such killings, and Vermont officials asked for calm.")
    loc = first_sentence_located(tagger, text)
    assert loc is not None
    assert (loc["name"], loc["admin1"]) == ("Bennington", "Vermont")


def test_a_state_told_alone_stays_the_state_without_a_town_of_it(tagger) -> None:
    text = ("Three people were found shot dead in a farmhouse in Vermont on Sunday. "
            "A cousin who lives in Boston said the family kept to themselves.")
    loc = first_sentence_located(tagger, text)
    assert loc is not None
    assert (loc["name"], loc["feature"]) == ("Vermont", "admin1")


def test_a_rural_county_told_alone_is_its_main_town(tagger) -> None:
    text = ("A boy was wounded by a stray bullet in Troup County, Georgia, on Friday. "
            "Deputies are asking hunters in the area to come forward.")
    loc = first_sentence_located(tagger, text)
    assert loc is not None
    assert (loc["name"], loc["admin1"], loc["admin2"]) == ("LaGrange", "Georgia", "Troup")


def test_a_county_beside_a_town_of_its_state_keeps_that_town(tagger) -> None:
    text = ("A boy was wounded by a stray bullet near Hogansville in Troup County, Georgia, "
            "on Friday. Deputies are asking hunters in the area to come forward.")
    loc = first_sentence_located(tagger, text)
    assert loc is not None
    assert loc["name"] == "Hogansville"


def test_a_local_outlets_story_read_only_as_foreign_towns_is_its_own_city(tagger) -> None:
    # "Metro" (the city's police) is a town in Indonesia, the only reading the list has
    text = ("Metro police said a man was shot in the leg outside a casino garage on Friday. "
            "Metro detectives are still looking for the driver of a grey sedan.")
    url = "http://www.lasvegassun.com/news/2016/jan/08/man-shot-outside-casino/"
    doc = tagger(Doc(id="t", text=text, url=url))
    assert document_country(doc) == "United States"
    loc = first_sentence_located(tagger, text, url)
    assert loc is not None
    assert (loc["name"], loc["admin1"]) == ("Las Vegas", "Nevada")


def test_a_local_outlets_story_set_in_a_named_foreign_country_stays_there(tagger) -> None:
    text = ("A student from the valley was shot dead in Marseille, France, on Friday. "
            "French police said the gunman fled on a scooter.")
    url = "http://www.lasvegassun.com/news/2016/jan/08/student-killed-abroad/"
    doc = tagger(Doc(id="t", text=text, url=url))
    assert document_country(doc) == "France"


@pytest.mark.parametrize(("text", "town", "state"), [
    ("A teenager was shot dead at a party in Killingly on Saturday, troopers said.",
     "Killingly", "Connecticut"),
    ("Police in Hamilton Township said a man was wounded outside a diner on Route 33.",
     "Hamilton Township", "New Jersey"),
    ("A man was shot in the arm in Upper Darby early Friday, police said.",
     "Upper Darby", "Pennsylvania"),
])
def test_townships_that_the_city_list_files_as_units_are_towns(tagger, text, town, state) -> None:
    loc = first_sentence_located(tagger, text + " ")
    assert loc is not None
    assert (loc["name"], loc["admin1"], loc["feature"]) == (town, state, "city")


def test_us_names_are_written_as_gva_writes_them() -> None:
    from sitrep.nlp.places import _us_name

    assert _us_name("St. Louis") == "Saint Louis"
    assert _us_name("New York City") == "New York"
    assert _us_name("Stockton") == "Stockton"


def test_the_outlets_own_city_is_written_out_in_full(tagger) -> None:
    # a story that names only its state takes the outlet's city, spelled like any other
    text = "A man was shot dead in his car in Missouri on Friday, police said. "
    loc = first_sentence_located(tagger, text, "http://www.stltoday.com/news/local/crime/x.html")
    assert loc is not None
    assert (loc["name"], loc["admin1"]) == ("Saint Louis", "Missouri")


@pytest.mark.parametrize("url", ["http://www.nbcnewyork.com/news/local/man-shot-outside-store.html",
                                 "http://pix11.com/2016/05/02/man-shot-outside-store/"])
def test_a_new_york_city_outlets_quarter_is_its_borough(tagger, url) -> None:
    text = "A man was shot twice outside a bodega in Crown Heights on Sunday, police said. "
    loc = first_sentence_located(tagger, text, url)
    assert loc is not None
    assert (loc["name"], loc["admin1"]) == ("Brooklyn", "New York")


def test_a_city_named_for_its_trauma_center_is_not_the_setting(tagger) -> None:
    text = ("A volunteer firefighter was flown to a shock trauma center in Baltimore after he "
            "was shot at a house in Temple Hills, Prince George's County police said. ")
    loc = first_sentence_located(tagger, text)
    assert loc is not None
    assert (loc["name"], loc["admin1"]) == ("Temple Hills", "Maryland")


def test_a_town_read_in_another_state_is_its_namesake_in_the_storys_state(tagger) -> None:
    text = ("A teenager died of a gunshot wound at home in New Hampshire on Friday. "
            "Relatives in Durham said he loved hockey, and New Hampshire officials said "
            "no one would be charged. New Hampshire has few such deaths.")
    doc = tagger(Doc(id="t", text=text))
    durham = next(p for p in doc.get("places") if p.text == "Durham")
    assert durham.attrs["admin1"] == "North Carolina"  # the bigger namesake, on its own
    loc = first_sentence_located(tagger, text)
    assert loc is not None
    assert (loc["name"], loc["admin1"]) == ("Durham", "New Hampshire")


def test_the_county_town_table_names_the_town_not_a_census_area_around_it() -> None:
    from sitrep.nlp.geo_normalize import norm_key
    from sitrep.nlp.places import _us_county_towns

    towns = _us_county_towns()
    assert towns[("Georgia", norm_key("Troup"))] == "LaGrange"
    # GeoNames counts "Metairie Terrace" a little bigger than Metairie itself
    assert towns[("Louisiana", norm_key("Jefferson"))] == "Metairie"
