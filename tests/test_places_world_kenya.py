"""Kenyan villages and trading centres from the curated table (admin2_KE_places.yaml), and
peoples' names that are no place. All sentences are invented."""

from __future__ import annotations

import pytest
import yaml
from places_helpers import main_event, places_by_text

from sitrep.nlp.gazetteer import get_gazetteer
from sitrep.nlp.places import PlaceTagger


@pytest.fixture(scope="module")
def tagger() -> PlaceTagger:
    return PlaceTagger()


def test_every_table_of_a_country_loads_into_its_admin1() -> None:
    gaz = get_gazetteer()
    fino = [p for p in gaz.search("Fino") if p.cc == "KE"]
    assert fino and fino[0].admin1 == "Mandera" and fino[0].feature == "city"
    assert 3.0 < fino[0].lat < 3.8 and 41.0 < fino[0].lon < 41.9
    # alternate spellings are keys too
    assert any(p.admin1 == "Wajir" for p in gaz.search("Dadaj Bula"))


def test_table_rows_are_well_formed_and_inside_kenya() -> None:
    from importlib import resources
    path = resources.files("sitrep.data").joinpath("gazetteer/admin2_KE_places.yaml")
    table = yaml.safe_load(path.read_text(encoding="utf-8"))
    gaz = get_gazetteer()
    for admin1, rows in table.items():
        assert ("KE", admin1) in gaz.admin1_by_name, admin1
        for row in rows:
            name, lat, lon, alts, kind = row
            assert kind == "town" and isinstance(alts, list), row
            assert -4.8 < lat < 5.1 and 33.9 < lon < 42.0, name


@pytest.mark.parametrize(("text", "admin1", "location"), [
    ("Suspected militants ambushed a police lorry near Sangailu on Friday, wounding three "
     "officers.", "Garissa", "Sangailu"),
    ("Two herders were shot dead when raiders struck a watering point at Kollowa.",
     "Baringo", "Kollowa"),
    ("Villagers in Turbi blocked the highway after a trader was killed by unknown gunmen.",
     "Marsabit", "Turbi"),
    ("An explosive device went off under a military truck between Basuba and Kiangwe.",
     "Lamu", "Basuba"),
])
def test_a_kenyan_village_places_the_event(text: str, admin1: str, location: str) -> None:
    ev = main_event(text)
    assert (ev["country"], ev["admin1"], ev["location"]) == ("Kenya", admin1, location)
    assert ev["geo_precision"] in (1, 2)  # ("near X", "between X and Y": 2)


def test_a_village_outranks_a_foreign_alternate_spelling() -> None:
    # "Lomelo" is also an alternate spelling of an Italian town; the Kenyan village wins.
    ev = main_event("A woman was killed in a shootout between rival herders near Lomelo.")
    assert (ev["country"], ev["admin1"]) == ("Kenya", "Turkana")


def test_the_before_a_peoples_name_makes_it_the_people(tagger: PlaceTagger) -> None:
    found = places_by_text(
        tagger, "Elders asked members of the Maasai to stay calm after the fight in Narok.")
    assert "Maasai" not in found  # (a Malaysian town is spelt Masai)
    assert found["Narok"]["country"] == "Kenya"


def test_a_misspelt_peoples_name_is_not_their_namesake_town(tagger: PlaceTagger) -> None:
    found = places_by_text(
        tagger, "Youths from the Maasai and Kikyu communities clashed at Mai Mahiu.")
    assert "Kikyu" not in found  # (fuzzy for Kikuyu, a town in Kiambu)
    assert found["Mai Mahiu"]["admin1"] == "Nakuru"


def test_a_peoples_name_after_in_is_still_its_county(tagger: PlaceTagger) -> None:
    found = places_by_text(tagger, "Raiders drove away two hundred goats in Turkana on Monday.")
    assert found["Turkana"]["admin1"] == "Turkana"


def test_a_sentence_opening_word_is_not_a_towns_alternate_name(tagger: PlaceTagger) -> None:
    # "Running" is an alternate spelling of a Chinese city; opening a sentence, with no
    # preposition, it is the word.
    found = places_by_text(
        tagger, "Students rioted in Maseno on Monday. Running battles with police went on.")
    assert "Running" not in found
    assert found["Maseno"]["admin1"] == "Kisumu"


def test_an_acronym_before_a_town_is_no_first_name(tagger: PlaceTagger) -> None:
    found = places_by_text(tagger, "14/03, PM Wajir: gunmen fired on a patrol near the airstrip.")
    assert found["Wajir"]["country"] == "Kenya"


def test_a_station_name_before_a_state_word_is_not_a_place(tagger: PlaceTagger) -> None:
    found = places_by_text(tagger, "A man was hurt in a shooting in Greenville, police said. "
                                   "Copyright 2016 FOX Carolina. All rights reserved.")
    assert "Carolina" not in found


def test_a_rulers_name_with_a_regnal_number_is_a_person(tagger: PlaceTagger) -> None:
    found = places_by_text(
        tagger, "King Abdullah II visited wounded soldiers in Irbid on Sunday.")
    assert "Abdullah" not in found  # (an alternate name of a Russian town)
    assert found["Irbid"]["country"] == "Jordan"


def test_a_sentence_opening_town_before_an_institution_is_the_place(tagger: PlaceTagger) -> None:
    found = places_by_text(tagger, "Maseno University students boycotted lectures on Friday.")
    assert found["Maseno"]["admin1"] == "Kisumu"


def test_a_county_not_named_after_a_town_sits_at_its_centre() -> None:
    # Laikipia's point is the county's middle, not Nanyuki in its south-eastern corner.
    gaz = get_gazetteer()
    unit = gaz.admin1_by_name[("KE", "Laikipia")]
    assert 0.2 < unit.lat < 0.5 and 36.6 < unit.lon < 36.95
    # a county named after its capital keeps the capital's point
    nakuru = gaz.admin1_by_name[("KE", "Nakuru")]
    assert abs(nakuru.lat - -0.307) < 0.05 and abs(nakuru.lon - 36.07) < 0.05
