"""A curated second-level unit named like a town of its admin1 is left to the town (ACLED
codes the town whichever is meant), and the unit's other names lead to that town too: a
note that names a Kenyan sub-county by its newer or older name is placed. The sentence is
invented."""

from __future__ import annotations

import pytest

from sitrep.doc import Doc
from sitrep.nlp.gazetteer import get_gazetteer
from sitrep.nlp.geo_normalize import norm_key
from sitrep.nlp.places import PlaceTagger, document_admin1, document_country


@pytest.mark.parametrize(("alias", "town", "admin1"), [
    ("Tana Delta", "Garsen", "Tana River"),
    ("Koibatek", "Eldama Ravine", "Baringo"),
    ("Lungalunga", "Lunga-Lunga", "Kwale"),
])
def test_a_unit_s_other_name_finds_the_town_that_stands_for_it(alias: str, town: str,
                                                              admin1: str) -> None:
    got = [(p.name, p.admin1, p.feature) for p in get_gazetteer().lookup(norm_key(alias))
           if p.cc == "KE"]
    assert got == [(town, admin1, "city")]


def test_the_town_itself_is_listed_once() -> None:
    garsen = [p for p in get_gazetteer().lookup(norm_key("Garsen")) if p.cc == "KE"]
    assert len(garsen) == 1


def test_a_note_naming_the_unit_s_other_name_is_placed() -> None:
    text = "Farmers in Tana Delta district marched to the chief's office over a land dispute."
    doc = PlaceTagger()(Doc(id="t", text=text, country_prior="Kenya"))
    assert document_country(doc) == "Kenya"
    assert document_admin1(doc) == "Tana River"
