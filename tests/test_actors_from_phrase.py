"""Attackers named by where they came from: "armed men from Kaptet village raided ..." is the
Kaptet Communal Militia acting (the verb follows the whole phrase), and suspicion may stand
between the people and "from"."""

from __future__ import annotations

from sitrep.doc import Doc
from sitrep.pipeline import extract


def main(text: str):
    return extract(Doc(id="t", text=text)).events[0]


def test_verb_after_the_place_noun_makes_the_community_act() -> None:
    ev = main("Armed men from Kaptet village raided a homestead in Elgeyo Marakwet county, "
              "killing two herders.")
    assert ev.actor1 == "Kaptet Communal Militia (Kenya)"


def test_people_suspected_to_be_from_a_community() -> None:
    ev = main("A herder was killed near Kilgoris, Narok county, by people suspected to be from "
              "the Gabra community.")
    assert ev.actor1 is not None and ev.actor1.startswith("Gabra ")


def test_a_town_of_origin_is_not_a_community() -> None:
    doc = extract(Doc(id="t", text="Gunmen from Wajir town hijacked a lorry near Elwak, "
                                   "Mandera county."))
    names = [s.attrs["name"] for s in doc.get("actors")]
    assert not any("Communal Militia" in n for n in names)
