"""assign_roles: a crowd that acts in an attack, and herders hit in a clash of named peoples."""

from __future__ import annotations

from sitrep.doc import Doc
from sitrep.nlp.roles import assign_roles


def roles(text: str, sub: str, country: str = "Kenya") -> dict:
    doc = Doc(id="t", text=text)
    doc.span("sentences", 0, len(text), "sentence", index=0, paragraph=0)
    return assign_roles(doc, doc.sentences, None, sub, country, "2016-01-01")


def test_crowd_that_attacks_is_rioters_even_in_an_attack() -> None:
    r = roles("Villagers beat a suspected thief to death at the market on Sunday.", "Attack")
    assert r["actor1"] == "Rioters (Kenya)"
    assert r["actor2"] == "Civilians (Kenya)"


def test_crowd_of_an_identity_keeps_it_as_associate() -> None:
    r = roles("Angry students attacked and killed a watchman at the college gate.", "Attack")
    assert r["actor1"] == "Rioters (Kenya)"
    assert r["assoc_actor_1"] == "Students (Kenya)"


def test_one_person_is_no_crowd() -> None:
    r = roles("A man stabbed his neighbour during a quarrel over a goat.", "Attack")
    assert r["actor1"] == "Unidentified Armed Group (Kenya)"


def test_crowd_hit_is_not_the_attacker() -> None:
    r = roles("Villagers were attacked by unknown gunmen at a watering point.", "Attack")
    assert r["actor1"] == "Unidentified Armed Group (Kenya)"


def test_armed_group_beats_crowd() -> None:
    r = roles("Residents said Pokot raiders attacked the village and drove off cattle.", "Attack")
    assert r["actor1"] == "Pokot Ethnic Militia (Kenya)"


def test_herders_killed_in_a_clash_are_not_the_named_side() -> None:
    # Only one side is a people the dictionary knows: the herders must not become it.
    r = roles("Borana and Somalis clashed near the wells. Two young herders were killed.",
              "Armed clash")
    assert r["actor1"] == "Borana Ethnic Militia (Kenya)"
    assert r["actor2"] != "Borana Ethnic Militia (Kenya)"


def test_custody_by_police_is_no_part_in_a_clash() -> None:
    r = roles("Fighting broke out between Borana and Gabra herders after a suspect was released "
              "by police in the town.", "Armed clash")
    assert r["actor1"] == "Borana Ethnic Militia (Kenya)"
    assert "Police" not in r["actor2"]


def test_crowd_arrested_in_a_headline_is_no_attacker() -> None:
    r = roles("Two Town Residents Arrested In Downtown Shooting That Wounded A Man",
              "Attack", country="United States")
    assert not r["actor1"].startswith("Rioters")


def test_unnamed_attackers_in_a_land_feud_are_a_communal_militia() -> None:
    r = roles("A farmer was hacked to death over a piece of land near the river.", "Attack")
    assert r["actor1"] == "Unidentified Communal Militia (Kenya)"
    r = roles("Armed men torched six homes in a boundary dispute between two villages.",
              "Attack")
    assert r["actor1"] == "Unidentified Communal Militia (Kenya)"


def test_unnamed_attackers_elsewhere_stay_an_armed_group() -> None:
    r = roles("Armed men torched six homes in the village at night.", "Attack")
    assert r["actor1"] == "Unidentified Armed Group (Kenya)"


def test_herders_who_only_found_the_dead_are_not_the_attackers() -> None:
    r = roles("Herders near the dam discovered three bodies dumped in a ditch on Monday.",
              "Attack")
    assert r["actor1"] == "Unidentified Armed Group (Kenya)"
    r = roles("Armed herders shot dead two traders near the dam on Monday.", "Attack")
    assert r["actor1"] == "Unidentified Communal Militia (Kenya)"


def test_suspected_members_shot_dead_are_the_victims() -> None:
    r = roles("Three suspected Al Shabaab sympathisers were shot dead in the market by "
              "unknown gunmen on a motorbike.", "Armed clash")
    assert r["actor1"] == "Unidentified Armed Group (Kenya)"
    r = roles("Suspected Al Shabaab militants attacked a police post near the border.",
              "Armed clash")
    assert "Al Shabaab" in (r["actor1"], r["actor2"])
