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


def test_herders_from_two_places_are_two_sides() -> None:
    ev = main("On 3 May 2022, herders from Isiolo and Marsabit clashed over grazing land near "
              "Merti, leaving two dead.")
    assert (ev.actor1, ev.actor2) == ("Isiolo Communal Militia (Kenya)",
                                      "Marsabit Communal Militia (Kenya)")


def test_the_two_sides_stand_over_a_later_generic_noun() -> None:
    # "the herders" could be either side: it names neither against the pair told first.
    ev = main("Pastoralists from Isiolo and Marsabit were feared dead after a long gun battle "
              "on Friday. Locals said the herders traded fire for hours.")
    assert (ev.actor1, ev.actor2) == ("Isiolo Communal Militia (Kenya)",
                                      "Marsabit Communal Militia (Kenya)")


def test_from_two_counties_is_no_second_community() -> None:
    doc = extract(Doc(id="t", text="Raiders from Isiolo and Marsabit counties stole 200 goats "
                                   "near Merti."))
    names = [s.attrs["name"] for s in doc.get("actors")]
    assert "Marsabit Communal Militia (Kenya)" not in names


def test_an_attacker_named_apart_stays_actor1() -> None:
    ev = main("On 3 May 2022, gunmen attacked herders from Isiolo and Marsabit near Merti, "
              "killing two.")
    assert ev.actor1 == "Unidentified Armed Group (Kenya)"
