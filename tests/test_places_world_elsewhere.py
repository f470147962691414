"""Place readings on more invented one-line reports from conflicts outside the evaluation
sets: a village the city list knows only abroad in a report that names its own country, a
country that shares its name with a US state, a village said to lie in a country it is not
listed in, a name that is both a word and a town, a two-word demonym, a lake that four
countries share, and features of wars the city list lacks."""

from __future__ import annotations

import pytest
from places_helpers import located

from sitrep.nlp.places import PlaceTagger


@pytest.fixture(scope="module")
def tagger() -> PlaceTagger:
    return PlaceTagger()


def _where(tagger: PlaceTagger, text: str) -> dict:
    _, loc = located(tagger, text)
    assert loc is not None, text
    return loc


@pytest.mark.parametrize(("text", "country"), [
    # (the village is known only in India: it is a village of Syria the list lacks)
    ("Yemen truce falters as two fighters die near Morak hamlet.", "Yemen"),
    # (the province is known only as a Ukrainian district)
    ("Communist guerrillas raided an army camp in Samar province, Philippines.", "Philippines"),
    # (the region is known only as a Venezuelan municipality)
    ("Dissidents burned trucks in the Catatumbo area of Colombia.", "Colombia"),
])
def test_a_lone_foreign_village_does_not_carry_a_named_country_abroad(
        tagger: PlaceTagger, text: str, country: str) -> None:
    assert _where(tagger, text)["country"] == country


def test_a_lone_foreign_village_stays_when_no_country_is_named(tagger: PlaceTagger) -> None:
    loc = _where(tagger, "Two fighters died near Morak on Sunday.")
    assert loc["country"] == "India"


def test_a_town_of_the_named_country_keeps_its_reading(tagger: PlaceTagger) -> None:
    loc = _where(tagger, "Police shot dead three robbers in Garissa near the border with Somalia.")
    assert loc["country"] == "Kenya"


@pytest.mark.parametrize(("text", "country"), [
    ("Russian tanks rolled into villages in Georgia during the short war.", "Georgia"),
    ("Turkish and Iranian envoys met in Georgia to discuss the pipeline attack.", "Georgia"),
    # (no sign of another country: the US state)
    ("A deputy shot a suspect in Georgia on Saturday.", "United States"),
    # (a sign of the US besides the name itself: the state)
    ("A Mexican national was shot in Georgia near Savannah.", "United States"),
])
def test_a_country_named_like_a_us_state(tagger: PlaceTagger, text: str, country: str) -> None:
    assert _where(tagger, text)["country"] == country


@pytest.mark.parametrize(("text", "man"), [
    ("Soldiers and ex-rebels exchanged fire in Man, western Ivory Coast.", True),
    ("Man shot dead outside a bar, police say.", False),
    ("The man was shot in the leg in Man City colours.", False),
])
def test_man_is_a_town_only_after_a_preposition(tagger: PlaceTagger, text: str,
                                               man: bool) -> None:
    doc, _ = located(tagger, text)
    assert any(s.text == "Man" for s in doc.get("places")) is man


def test_a_name_keyed_like_a_stoplisted_town_is_no_word(tagger: PlaceTagger) -> None:
    # ("Ma'an" keys like "Man"; only the English word itself needs a preposition)
    loc = _where(tagger, "Lorry drivers burned tyres on the highway near Ma'an (Ma'an).")
    assert (loc["country"], loc["admin1"]) == ("Jordan", "Maan")


@pytest.mark.parametrize(("text", "country"), [
    # (the village is known only as a Kenyan forest and Chinese and Guinean towns)
    ("Gunmen killed five herders near Boni in Mali on Sunday.", "Mali"),
    ("Gunmen killed five herders in Moura, Mali, on Sunday.", "Mali"),
    # (a US town given with a state that is also a country's name)
    ("A man was shot in Washington, Georgia, late on Friday.", "United States"),
])
def test_a_name_said_to_lie_in_a_country_it_has_no_reading_in(
        tagger: PlaceTagger, text: str, country: str) -> None:
    assert _where(tagger, text)["country"] == country


def test_a_two_word_demonym(tagger: PlaceTagger) -> None:
    mentions, _, demonyms = tagger._scan("South Sudanese troops shelled rebel positions.")
    assert demonyms == {"SS": 1}


def test_a_state_that_speaks_is_no_scene(tagger: PlaceTagger) -> None:
    # (the town is Indian; the country after it only denies)
    loc = _where(tagger, "Troops shot two infiltrators in Kupwara; Pakistan denied any role.")
    assert loc["country"] == "India"


@pytest.mark.parametrize(("text", "country"), [
    ("Jihadists raided an island fishing camp on Lake Chad on Friday.", "Chad"),
    ("Jihadists raided a fishing camp on Lake Chad in Cameroon on Friday.", "Cameroon"),
])
def test_a_shared_lake_said_to_lie_in_a_country(tagger: PlaceTagger, text: str,
                                                country: str) -> None:
    assert _where(tagger, text)["country"] == country


def test_a_region_around_a_shared_lake_is_no_place(tagger: PlaceTagger) -> None:
    loc = _where(tagger, "The group, present around the Lake Chad Basin, hit a base in Borno.")
    assert loc["country"] == "Nigeria" and loc["admin1"] == "Borno"


@pytest.mark.parametrize(("text", "country", "admin1"), [
    ("Rebels took the border town of Bunagana after a day of fighting.", "DR Congo", "Nord-Kivu"),
    ("Insurgents overran Palma in a three-day assault.", "Mozambique", "Cabo Delgado"),
    ("Troops bombed hideouts deep in the Sambisa forest.", "Nigeria", "Borno"),
    ("Gunmen kidnapped oil workers in the Niger Delta.", "Nigeria", "Bayelsa"),
    ("Militants ambushed a convoy in the Sinai Peninsula.", "Egypt", "North Sinai"),
    ("Militants attacked a police post in the Swat valley.", "Pakistan", "Khyber Pakhtunkhwa"),
    ("Shelling resumed across the Nuba Mountains overnight.", "Sudan", "South Kordofan"),
    ("Gangs torched houses in Cite Soleil overnight.", "Haiti", "Ouest"),
])
def test_features_of_wars_elsewhere(tagger: PlaceTagger, text: str, country: str,
                                    admin1: str) -> None:
    loc = _where(tagger, text)
    assert (loc["country"], loc["admin1"]) == (country, admin1)
