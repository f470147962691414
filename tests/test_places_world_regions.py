"""Place readings on short invented reports from around the world: names that are no place
to code (continents, regions larger than a country, a ceasefire line, an agency named like
towns, a town's three-letter other names, an article name without its article), a country
that says whose an armed body is, the names of the Congo, and a town spelled as its own
unit."""

from __future__ import annotations

import pytest
from places_helpers import located

from sitrep.nlp.gazetteer import get_gazetteer, norm_key
from sitrep.nlp.places import PlaceTagger


@pytest.fixture(scope="module")
def tagger() -> PlaceTagger:
    return PlaceTagger()


def _names(tagger: PlaceTagger, text: str) -> list[str]:
    doc, _ = located(tagger, text)
    return [s.attrs["name"] for s in doc.get("places")]


@pytest.mark.parametrize("text", [
    "Insurgents ambushed an army patrol somewhere in West Africa last week.",
    "The militia has fighters across East Africa and Asia.",
    "A convoy was attacked in the Horn of Africa on Sunday.",
    "Cartel violence across Latin America and Central America rose this year.",
    "Artillery fire hit hamlets along the Line of Control overnight.",
])
def test_a_part_of_the_world_is_no_place(tagger: PlaceTagger, text: str) -> None:
    assert _names(tagger, text) == []


def test_a_country_beside_a_region_is_still_found(tagger: PlaceTagger) -> None:
    names = _names(tagger, "Gunmen killed six herders in Nigeria, the largest country in West "
                           "Africa, on Monday.")
    assert names == ["Nigeria"]


def test_an_agency_is_no_town(tagger: PlaceTagger) -> None:
    assert _names(tagger, "Police killed two robbers in a shootout, Xinhua reported.") == []


@pytest.mark.parametrize("word", ["Pak", "Des", "Jan"])
def test_a_town_s_three_letter_other_name_is_not_indexed(word: str) -> None:
    # (what news writes as an abbreviation, an article, a month)
    assert not get_gazetteer().lookup(norm_key(word))


def test_a_three_letter_main_name_is_still_indexed() -> None:
    assert any(p.cc == "ML" for p in get_gazetteer().lookup(norm_key("Gao")))


@pytest.mark.parametrize("text", [
    "Rebels killed nine villagers in DR Congo on Monday.",
    "Rebels killed nine villagers in northern Congo on Monday.",
    "Clashes broke out in eastern Congo, where the army is fighting rebels.",
])
def test_the_congo_is_found(tagger: PlaceTagger, text: str) -> None:
    _, loc = located(tagger, text)
    assert loc is not None and loc["country"] == "DR Congo"


def test_the_republic_of_congo_keeps_its_name(tagger: PlaceTagger) -> None:
    _, loc = located(tagger, "Armed men killed four people in Pointe-Noire, Republic of Congo.")
    assert loc is not None and loc["country"] != "DR Congo"


def test_pak_is_a_demonym_not_a_town(tagger: PlaceTagger) -> None:
    assert _names(tagger, "Pak troops fired mortars across the border overnight.") == []



def test_a_town_spelled_as_its_own_unit_is_read_in_that_country(tagger: PlaceTagger) -> None:
    # The city list spells the West Bank town another way; a Polish hamlet spells it as
    # written. The governorate of the same spelling says which country uses the name.
    _, loc = located(tagger, "Soldiers raided Jenin at dawn, killing two Palestinians.")
    assert loc is not None and loc["country"] == "Palestine"


@pytest.mark.parametrize(("text", "florida"), [
    ("Villages near the frontier were shelled overnight, killing two.", False),
    ("A man was shot outside a bar in The Villages, Florida.", True),
    ("Deputies said a man was shot in the Villages on Sunday.", True),
])
def test_a_town_named_with_its_article_needs_the_article(tagger: PlaceTagger, text: str,
                                                         florida: bool) -> None:
    assert ("The Villages" in _names(tagger, text)) is florida


@pytest.mark.parametrize(("text", "country"), [
    ("Uganda rebels killed 12 people in eastern Congo.", "DR Congo"),
    ("Uganda ADF rebels killed 12 people in eastern Congo.", "DR Congo"),
    ("Somalia militants killed ten herders in Mandera.", "Kenya"),
    # (no other place: the country is still the answer)
    ("Nigeria militants say they killed 20 soldiers.", "Nigeria"),
    # (a state's own troops fight at home)
    ("Syria troops killed 40 jihadists near Lebanon.", "Syria"),
    # (after "in" the noun is a verb: the war is in Sudan)
    ("The war in Sudan forces millions from their homes.", "Sudan"),
])
def test_a_country_before_an_armed_body_says_whose_it_is(tagger: PlaceTagger, text: str,
                                                          country: str) -> None:
    _, loc = located(tagger, text)
    assert loc is not None and loc["country"] == country
