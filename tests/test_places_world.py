"""Places outside the United States: the country a text is set in, units given beside a
village, the rural twin of a capital, offices and origins that say who rather than where.
All sentences are invented."""

from __future__ import annotations

import pytest
from places_helpers import main_event

from sitrep.doc import PLACES, Doc
from sitrep.ingest import make_doc
from sitrep.nlp.places import PlaceTagger, document_country
from sitrep.pipeline import default_pipeline


@pytest.fixture(scope="module")
def tagger() -> PlaceTagger:
    return PlaceTagger()


def _tag(tagger: PlaceTagger, text: str) -> Doc:
    doc = Doc(id="t", text=text)
    tagger(doc)
    return doc


def _by_text(doc: Doc) -> dict[str, dict]:
    return {sp.text: sp.attrs for sp in doc.get(PLACES)}



@pytest.mark.parametrize("text", [
    "Jets struck farms in the Damascus countryside on Monday night.",
    "Shelling hit the western countryside of Damascus overnight.",
    "Rockets fell in Damascus’s countryside, a monitor said.",
])
def test_countryside_of_a_capital_is_its_rural_twin(tagger: PlaceTagger, text: str) -> None:
    got = _by_text(_tag(tagger, text))["Damascus"]
    assert got["admin1"] == "Rif Dimashq"
    assert got["feature"] == "admin1"


def test_the_city_itself_stays_the_city(tagger: PlaceTagger) -> None:
    got = _by_text(_tag(tagger, "A car bomb exploded in a market in Damascus."))["Damascus"]
    assert (got["admin1"], got["feature"]) == ("Damascus", "city")


def test_village_given_with_a_town_of_another_unit_is_a_homonym(tagger: PlaceTagger) -> None:
    # Kasarani is a Nairobi quarter in the gazetteer; "Kasarani area, Eldoret" is another one.
    doc = _tag(tagger, "Houses in the Kasarani area, Eldoret were set on fire by a gang.")
    names = _by_text(doc)
    assert "Kasarani" not in names
    assert names["Eldoret"]["admin1"] == "Uasin Gishu"


def test_list_of_units_is_not_a_chain(tagger: PlaceTagger) -> None:
    doc = _tag(tagger, "Mobs disrupted meetings in Kisumu, Migori and Homa Bay counties.")
    assert {"Kisumu", "Migori", "Homa Bay"} <= set(_by_text(doc))


def test_office_of_a_place_is_a_modifier(tagger: PlaceTagger) -> None:
    doc = _tag(tagger, "An aide to the Governor of Migori county was robbed in Nairobi.")
    names = _by_text(doc)
    assert names["Migori"]["modifier"] is True
    assert names["Nairobi"]["modifier"] is False


def test_unit_of_a_place_of_origin_is_an_origin(tagger: PlaceTagger) -> None:
    doc = _tag(tagger, "Raiders coming from Masol village in West Pokot attacked a Turkana "
                       "village at dawn.")
    assert _by_text(doc)["West Pokot"]["origin"] is True


def test_bracketed_name_after_a_place_is_its_province() -> None:
    ev = main_event("On 4 March 2020, gunmen shelled positions in Nihm district (Sanaa), killing "
               "two fighters.")
    assert ev["country"] == "Yemen"
    assert ev["admin1"] == "Sanaa"


def test_sentence_opening_adjective_is_no_first_name(tagger: PlaceTagger) -> None:
    doc = _tag(tagger, "Angry Meru residents beat up a suspected thief on Monday.")
    assert _by_text(doc)["Meru"]["country"] == "Kenya"


def test_people_of_a_place_say_where(tagger: PlaceTagger) -> None:
    ev = main_event("On 3 May 2018, Mombasa residents demonstrated against a plan to move cargo "
               "clearance to Nairobi's inland depot.")
    assert ev["admin1"] == "Mombasa"


def test_unit_word_gives_the_unit_spelled_as_written(tagger: PlaceTagger) -> None:
    # "Madera" is also a spelling of Kenya's Mandera: "Madera County" is California's.
    text = ("A deputy of Madera County was wounded in Fresno on Friday. Madera County "
            "officials said the deputy was off duty.")
    doc = _tag(tagger, text)
    assert document_country(doc) == "United States"


def test_foreign_homonym_in_a_syrian_text_does_not_win() -> None:
    # "Liwaa" (a brigade) is also Liwa in Oman; Hama's countryside sets the story in Syria.
    ev = main_event("Shelling on two villages in Hama wounds two women\n\n"
               "The Liwaa Uthman brigade shelled positions in two villages in the northern "
               "Hama countryside on Friday, wounding two women, a monitor said.")
    assert ev["country"] == "Syria"
    assert ev["admin1"] == "Hama"


def test_far_mentions_say_less_about_the_country() -> None:
    lead = ("A drone strike killed a militant riding a motorcycle near Sarmada in northwestern "
            "Syria on Tuesday, the defence ministry said.")
    filler = ("The crew waited until the road was clear of bystanders before it fired, and "
              "the ministry said it would publish further details in its weekly update. ")
    tail = ("The crew flew from a base in the UK. British officials in London praised the "
            "crew, and the UK will keep flying patrols, officials in London said.")
    doc = make_doc("t", "\n\n".join([lead, filler * 12, tail, filler * 12, tail]))
    default_pipeline()(doc)
    assert document_country(doc) == "Syria"


def test_subcounty_word_gives_the_second_level_unit() -> None:
    ev = main_event("On 2 May 2017, gunmen attacked herders in Lengesa village, Tiaty subcounty, "
               "killing one.")
    assert ev["admin1"] == "Baringo"


def test_place_with_no_reading_in_the_unit_named_after_it_does_not_vote() -> None:
    # "Salim" is a village abroad; the unit after it settles the country.
    ev = main_event("On 16 April 2019, militia forces shelled Abu Salim in Tripoli, killing three.")
    assert (ev["country"], ev["admin1"]) == ("Libya", "Tripoli")


@pytest.mark.parametrize(("text", "country", "admin1"), [
    ("On 1 October 2018, gunmen killed a teacher in Mbengwi, Momo division (North-West).",
     "Cameroon", "North-West"),
    ("On 15 May 2018, separatists killed two gendarmes in Kumba (Sud-Ouest).",
     "Cameroon", "South-West"),
    ("On 3 May 2019, militia attacked Kajuru village in Kajuru LGA (Kaduna), killing 11.",
     "Nigeria", "Kaduna"),
    ("On 14 February 2021, militants ambushed a convoy near Boni (Douentza, Mopti).",
     "Mali", "Mopti"),
])
def test_notes_from_other_countries(text: str, country: str, admin1: str) -> None:
    ev = main_event(text)
    assert (ev["country"], ev["admin1"]) == (country, admin1)


def test_turkish_case_endings_and_country_name(tagger: PlaceTagger) -> None:
    doc = _tag(tagger, "Ajan, Suriye'nin Kamışlı bölgesinde yakalandı; Kamışlı'da patlama oldu.")
    names = _by_text(doc)
    assert names["Suriye"]["country"] == "Syria"
    assert (names["Kamışlı"]["name"], names["Kamışlı"]["country"]) == ("Al Qamishli", "Syria")


def test_arabic_apostrophes_are_kept(tagger: PlaceTagger) -> None:
    names = _by_text(_tag(tagger, "Shelling hit Dar'a and Ma'arrat al-Numan on Friday."))
    assert names["Dar'a"]["admin1"] == "Daraa"
    assert names["Ma'arrat al-Numan"]["admin1"] == "Idlib"


@pytest.mark.parametrize(("text", "name"), [
    ("Jets struck a school in rebel-held Idlib on Monday.", "Idlib"),
    ("Shelling hit farms in the northern Hama countryside.", "Hama"),
    ("Government artillery shelled Kafr Nabl overnight.", "Kafr Nabl"),
])
def test_preposition_reaches_past_epithets_and_attack_verbs(tagger: PlaceTagger, text: str,
                                                            name: str) -> None:
    assert _by_text(_tag(tagger, text))[name]["prep"] is True


def test_a_unit_named_with_its_unit_word_outvotes_a_foreign_homonym() -> None:
    # "Solhan" is also a Turkish town; the note names its Burkinabe region with the unit word.
    ev = main_event("Gunmen on motorbikes raided the market of Solhan, Yagha province (Sahel region), "
               "killing 9 traders.")
    assert ev["country"] == "Burkina Faso" and ev["admin1"] == "Sahel"


def test_a_quarter_named_with_its_city_is_not_a_homonym_town_elsewhere() -> None:
    # Brazil's city list has a town called Jacarezinho in Parana; the favela is in Rio.
    ev = main_event("Police raided the Jacarezinho favela in Rio de Janeiro on Thursday, and 5 men "
               "were killed in the shootout.")
    assert ev["country"] == "Brazil" and ev["admin1"] == "Rio de Janeiro"



def test_a_name_with_los_is_one_place(tagger: PlaceTagger) -> None:
    # Spanish and Portuguese names keep their lower-case articles inside the name: the whole
    # name is looked up, not its first word alone ("Santiago" is Chile's capital region).
    doc = _tag(tagger, "Farmers blocked the highway near Santiago de los Caballeros on Monday.")
    assert _by_text(doc)["Santiago de los Caballeros"]["country"] == "Dominican Republic"
