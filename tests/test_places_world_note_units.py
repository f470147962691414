"""Places of terse coder's notes from the busiest conflict countries: a place given with its
units in brackets, of which the city list lacks the smaller ones; Darfur, its newer state and
its mountain; Rio for Rio de Janeiro; a building's name that is no town. Invented notes."""

from __future__ import annotations

import pytest
from places_helpers import located

from sitrep.nlp.places import PlaceTagger


@pytest.fixture(scope="module")
def tagger() -> PlaceTagger:
    return PlaceTagger()


def _where(tagger: PlaceTagger, text: str) -> tuple[str | None, str | None]:
    _, loc = located(tagger, text)
    return (loc or {}).get("admin1"), (loc or {}).get("country")


def test_a_town_given_with_its_units_in_brackets_belongs_to_the_last_unit(
        tagger: PlaceTagger) -> None:
    # (Pyatykhatky the city lies in Dnipropetrovsk: the village meant here is another)
    text = "Artillery units exchanged fire near Piatykhatky (Polohivskyi, Zaporizhia)."
    assert _where(tagger, text) == ("Zaporizhia", "Ukraine")


def test_a_town_inside_its_bracketed_unit_keeps_its_reading(tagger: PlaceTagger) -> None:
    doc, loc = located(tagger, "Drones struck Nikopol (Nikopolskyi, Dnipropetrovsk) at night.")
    assert loc is not None and (loc["name"], loc["admin1"]) == ("Nikopol", "Dnipropetrovsk")


@pytest.mark.parametrize(("text", "admin1"), [
    ("Rebels clashed with the army near Jebel Marra in Central Darfur.", "Central Darfur"),
    ("Gunmen raided two villages in Jebel Marra, killing five.", "Central Darfur"),
    ("Militiamen shot dead three farmers near Zalingei on Monday.", "Central Darfur"),
])
def test_darfur_places(tagger: PlaceTagger, text: str, admin1: str) -> None:
    assert _where(tagger, text) == (admin1, "Sudan")


def test_darfur_is_a_region_of_sudan_with_no_one_state(tagger: PlaceTagger) -> None:
    _, loc = located(tagger, "Militias burnt villages across Darfur last month.")
    assert loc is not None and loc["country"] == "Sudan" and not loc.get("admin1")


def test_rio_alone_is_rio_de_janeiro(tagger: PlaceTagger) -> None:
    assert _where(tagger, "Police shot dead four suspects during a raid in Rio.") == (
        "Rio de Janeiro", "Brazil")


def test_rio_among_greek_towns_stays_greek(tagger: PlaceTagger) -> None:
    assert _where(tagger, "Dockers marched in Patras and Rio on Sunday.")[1] == "Greece"


def test_a_castle_is_a_building_not_a_town(tagger: PlaceTagger) -> None:
    _, loc = located(tagger, "A sniper fired from the Old Castle at passers-by.")
    assert loc is None or loc.get("country") != "United States"


def test_a_town_opening_the_brackets_is_no_unit_of_the_place(tagger: PlaceTagger) -> None:
    # ("Lanao" is also a hamlet of another region: the province named in the brackets is no
    # reason to drop the city before them)
    _, loc = located(tagger, "A bomb went off in Marawi City (Lanao del Sur, BARMM), "
                             "killing two.")
    assert loc is not None and loc["name"] == "Marawi City"
    assert loc["admin1"] == "Bangsamoro Autonomous Region in Muslim Mindanao"


def test_mosul_is_in_ninewa_as_acled_spells_it(tagger: PlaceTagger) -> None:
    assert _where(tagger, "Security forces arrested two suspects in Mosul.") == (
        "Ninewa", "Iraq")


def test_the_place_after_a_citys_possessive_is_where(tagger: PlaceTagger) -> None:
    _, loc = located(tagger, "Artillery shells hit Khartoum's Omdurman district, killing six.")
    assert loc is not None and (loc["name"], loc["admin1"]) == ("Omdurman", "Khartoum")


def test_a_citys_possessive_before_no_place_keeps_the_city(tagger: PlaceTagger) -> None:
    _, loc = located(tagger, "Shells hit Khartoum's main market, killing six.")
    assert loc is not None and loc["name"] == "Khartoum"


def test_three_names_in_brackets_commune_province_region(tagger: PlaceTagger) -> None:
    # (the village and its commune are unknown to the city list; the province and the region
    # of common words still place it)
    text = "Gunmen raided Koulbila (Yalgo, Namentenga, Centre-Nord), killing three herders."
    assert _where(tagger, text) == ("Centre-Nord", "Burkina Faso")


def test_a_town_in_brackets_vouches_for_a_unit_of_common_words(tagger: PlaceTagger) -> None:
    # ("Al Jazirah" alone is words, and a region of Syria in the supplement: the Sudanese
    # town before it says which)
    text = "Militiamen looted shops in Wad Nuri (Rufaa, Al Jazirah) on Monday."
    assert _where(tagger, text) == ("Al Jazirah", "Sudan")


def test_a_units_abbreviation_closing_the_brackets(tagger: PlaceTagger) -> None:
    text = "A roadside bomb hit a police van near Datta Mela (South Waziristan, KP)."
    assert _where(tagger, text) == ("Khyber Pakhtunkhwa", "Pakistan")
    # all capitals outside the brackets stay no place
    doc, loc = located(tagger, "KP officials said the talks would resume.")
    assert loc is None
