"""assign_roles: the people a place is home to ("a hamlet inhabited by X") or who keep it ("a
road patrolled by police") did not strike it."""

from __future__ import annotations

from roles_helpers import doc_of

from sitrep.doc import Doc
from sitrep.nlp.roles import assign_roles


def roles_of(doc: Doc, sub: str, country: str = "Kenya") -> dict:
    return assign_roles(doc, doc.sentences, None, sub, country, "2019-01-01")


def test_people_living_in_a_village_did_not_attack_it() -> None:
    doc = doc_of("Turkana raiders stormed a hamlet inhabited by members of the Samburu "
                 "community and shot dead two herdsmen.")
    r = roles_of(doc, "Attack")
    assert r["actor1"] == "Turkana Ethnic Militia (Kenya)"


def test_road_patrolled_by_police_is_not_their_attack() -> None:
    doc = doc_of("Gunmen ambushed a bus on a road patrolled by police and killed a driver.")
    r = roles_of(doc, "Attack")
    assert r["actor1"] == "Unidentified Armed Group (Kenya)"
