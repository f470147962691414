"""assign_roles: a side that acts together with actor1 ("X and Y forces raided", "X, backed by
Y, stormed") is actor1's associate, never the other side; conjuncts that fight each other stay
opponents."""

from __future__ import annotations

from sitrep.doc import Doc
from sitrep.nlp.roles import assign_roles


def roles(text: str, sub: str, country: str = "Syria") -> dict:
    doc = Doc(id="t", text=text)
    doc.span("sentences", 0, len(text), "sentence", index=0, paragraph=0)
    return assign_roles(doc, doc.sentences, None, sub, country, "2022-01-01")


def test_conjoined_partners_are_not_opponents() -> None:
    r = roles("SDF and coalition forces killed a wanted man in a village east of the river.",
              "Armed clash")
    assert r["actor1"] == "SDF: Syrian Democratic Forces"
    assert "Coalition" in r["assoc_actor_1"]
    assert "Coalition" not in r["actor2"]


def test_backing_partner_is_not_the_opponent() -> None:
    r = roles("SDF fighters, backed by coalition helicopters, stormed a house held by ISIS "
              "cells in the town.", "Armed clash")
    sides = {r["actor1"], r["actor2"]}
    assert not {"SDF: Syrian Democratic Forces",
                "Forces of the United States-led Coalition"} <= sides
    assert "Islamic State" in r["actor2"] or "Islamic State" in r["actor1"]


def test_conjuncts_that_clash_stay_opponents() -> None:
    r = roles("Turkana and Samburu raiders clashed at a watering point near the hills.",
              "Armed clash", country="Kenya")
    assert r["actor1"] == "Turkana Ethnic Militia (Kenya)"
    assert r["actor2"] == "Samburu Ethnic Militia (Kenya)"
    r = roles("There was a gunfight between Pokot raiders and police officers near the dam.",
              "Armed clash", country="Kenya")
    assert {r["actor1"].split(" (")[0], r["actor2"].split(" (")[0]} == {
        "Police Forces of Kenya", "Pokot Ethnic Militia"}


def test_two_sides_named_together_without_a_joint_act_stay_opponents() -> None:
    r = roles("KDF and Al Shabaab in the forest near the border: five killed on Tuesday.",
              "Armed clash", country="Kenya")
    assert r["actor1"].startswith("Military Forces of Kenya")
    assert r["actor2"] == "Al Shabaab"
