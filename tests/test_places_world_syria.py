"""Places in Syria reports: photo captions, a capital standing for its government, people
who left a place, attack verbs that set an event in a place, and towns the city list lacks.
All sentences are invented."""

from __future__ import annotations

import pytest
from places_helpers import located, places_by_text

from sitrep.nlp.places import PlaceTagger, _caption_spans


@pytest.fixture(scope="module")
def tagger() -> PlaceTagger:
    return PlaceTagger()


# ---------------------------------------------------------------- captions
def test_caption_closed_by_a_photo_credit(tagger: PlaceTagger) -> None:
    text = ("Rockets fell on two villages on Friday. A boy walks past a burnt car in a "
            "street of Raqqa on 3 March 2016. (TRT World and Agencies) Rescuers said five died.")
    spans = [text[a:b] for a, b in _caption_spans(text, tagger._credit)]
    assert spans == ["A boy walks past a burnt car in a street of Raqqa on 3 March 2016. "
                     "(TRT World and Agencies)"]


def test_labelled_credit_closes_a_caption_without_a_full_stop(tagger: PlaceTagger) -> None:
    text = ("A drone hit a school near Hasakah.\n\nMourners gather at a grave in Kobani"
            "(Image: Reuters)\n\nThe students had gathered for an exam.")
    spans = [text[a:b] for a, b in _caption_spans(text, tagger._credit)]
    assert spans == ["Mourners gather at a grave in Kobani(Image: Reuters)"]


@pytest.mark.parametrize("text", [
    "BEIRUT (AFP) - Jets struck a market in Idlib on Monday.",
    "HAJIN, Syria. (AP) Jets struck a market on Monday.",
    "A spokesman told the news agency (AFP) that the road was shut.",
])
def test_datelines_and_asides_are_no_captions(tagger: PlaceTagger, text: str) -> None:
    assert _caption_spans(text, tagger._credit) == []


def test_caption_places_rank_below_the_story(tagger: PlaceTagger) -> None:
    text = ("Shelling killed four people on Tuesday. A woman sits in a tent near the city "
            "of Idlib on 2 May 2017. (File photo) (AFP) The shells hit a bakery in Aleppo, "
            "medics said.")
    got = places_by_text(tagger, text)
    assert got["Idlib"]["boilerplate"]
    assert not got["Aleppo"]["boilerplate"]
    _, where = located(tagger, text)
    assert where is not None and where["admin1"] == "Aleppo"


# ---------------------------------------------------------------- seat of government
@pytest.mark.parametrize(("text", "name"), [
    ("Fighting went on despite Damascus promises of a ceasefire in Hama.", "Damascus"),
    ("Moscow said its police had detained two men in Grozny and Kazan.", "Moscow"),
    ("Ankara has denied that its troops fired on a village near Hakkari in Turkey.", "Ankara"),
])
def test_capital_standing_for_its_government(tagger: PlaceTagger, text: str, name: str) -> None:
    assert places_by_text(tagger, text)[name]["modifier"]


@pytest.mark.parametrize(("text", "name"), [
    ("A car bomb exploded in Damascus said to be the third this month.", "Damascus"),
    ("Damascus was shaken by two blasts on Sunday.", "Damascus"),
    ("Homs said goodbye to its old market.", "Homs"),  # not a national capital
])
def test_capital_as_a_place_stays_a_place(tagger: PlaceTagger, text: str, name: str) -> None:
    assert not places_by_text(tagger, text)[name]["modifier"]


# ---------------------------------------------------------------- where people came from
def test_towns_people_left_are_origins(tagger: PlaceTagger) -> None:
    got = places_by_text(tagger, "Buses carrying families evacuated from the besieged towns "
                                 "of Madaya and Zabadani were hit near Aleppo.")
    assert got["Madaya"]["origin"] and got["Zabadani"]["origin"]
    assert not got["Aleppo"]["origin"]


# ---------------------------------------------------------------- attack verbs
def test_place_an_attack_struck_is_a_setting(tagger: PlaceTagger) -> None:
    got = places_by_text(tagger, "Missiles struck Jayrud before dawn, and a convoy later "
                                 "reached Homs.")
    assert got["Jayrud"]["prep"]


# ---------------------------------------------------------------- supplement towns
@pytest.mark.parametrize(("name", "admin1"), [
    ("Kfar Zeita", "Hama"),
    ("Al Quriyah", "Deir ez-Zor"),
    ("Efrin", "Aleppo"),
    ("Rashideen", "Aleppo"),
    ("Golan Heights", "Quneitra"),
    ("Jadeed Akidat", "Deir ez-Zor"),
    ("Khan Touman", "Aleppo"),
    ("Al-Waer", "Homs"),
])
def test_syrian_places_missing_from_the_city_list(tagger: PlaceTagger, name: str,
                                                  admin1: str) -> None:
    got = places_by_text(tagger, f"Two soldiers were killed by shelling near {name} in Syria.")
    assert got[name]["admin1"] == admin1


@pytest.mark.parametrize("name", ["al-Bab", "Al-Bab"])
def test_article_glued_to_a_stoplisted_prefix_word(tagger: PlaceTagger, name: str) -> None:
    # "Bab" alone is a word of names ("Bab al-Hawa"); "al-Bab" is the town.
    got = places_by_text(tagger, f"Turkish-backed fighters entered {name} after weeks of clashes "
                                 "in northern Syria.")
    assert got[name]["admin1"] == "Aleppo"


@pytest.mark.parametrize("name", ["al-Houl", "Al-Houl"])
def test_al_houl_spelling_is_the_syrian_town_without_country_cues(tagger: PlaceTagger,
                                                                  name: str) -> None:
    # Its key folds to Hull's ("ou" -> "u", "ll" -> "l"); the curated town must have the
    # spelling, or a bigger Hull (Quebec) wins when the text names no country.
    got = places_by_text(tagger, f"Heavy fighting was reported in the area of {name} near "
                                 "the border on Sunday.")
    assert got[name]["country"] == "Syria"
    assert got[name]["admin1"] == "Hasakah"


def test_hull_spelled_as_written_stays_hull(tagger: PlaceTagger) -> None:
    # The curated town shares Hull's key: a Hull spelled so, given with its state, stays.
    got = places_by_text(tagger, "Two men were stabbed outside a bar in Hull, Massachusetts, "
                                 "on Saturday night.")
    assert got["Hull"]["country"] == "United States"
