"""People of a place named by a civilian word ("Kapedo residents", "Tumbo villagers") are that
place's communal militia only where the word is seen acting; where they were killed, bussed
out or evicted they are civilians, never a side of the event. In a battle the people named as
a side fought, so the militia stays."""

from __future__ import annotations

from roles_helpers import doc_of

from sitrep.nlp.actors import ActorTagger
from sitrep.nlp.roles import assign_roles


def _roles(sub: str, country: str, *sentences: str) -> dict:
    doc = doc_of(*sentences)
    ActorTagger(country=country)(doc, country=country, event_date="2016-05-01")
    return assign_roles(doc, doc.sentences, None, sub, country, "2016-05-01")


def _names(r: dict) -> str:
    return " | ".join(r[k] for k in ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2"))


def test_residents_who_were_moved_out_are_no_militia() -> None:
    r = _roles("Attack", "Syria",
               "Bardan and Qusour residents were bussed out of the two besieged towns.")
    assert "Communal Militia" not in _names(r)


def test_residents_who_were_evicted_are_no_side() -> None:
    r = _roles("Looting/property destruction", "Kenya",
               "Around forty Mworoto residents were evicted by county officers on Monday.")
    assert r["actor1"] == "Police Forces of Kenya (2013-)"
    assert "Communal Militia" not in _names(r)


def test_residents_who_acted_stay_a_communal_militia() -> None:
    r = _roles("Attack", "Kenya", "Lomut residents torched three houses belonging to a trader.")
    assert r["actor1"] == "Lomut Communal Militia (Kenya)"


def test_residents_named_as_a_side_in_a_battle_stay_a_militia() -> None:
    r = _roles("Armed clash", "Kenya",
               "Herders from Tumbo fought running battles with Lomut residents over a well.")
    assert "Lomut Communal Militia (Kenya)" in (r["actor1"], r["actor2"])
