"""A group that only speaks of the event is no side of it: a generic attacker it tells of is not
its own man, and it is not the side hit either."""

from __future__ import annotations

from roles_helpers import doc_of

from sitrep.nlp.actors import ActorTagger
from sitrep.nlp.roles import assign_roles


def _roles(sub: str, country: str, *sentences: str) -> dict:
    doc = doc_of(*sentences)
    ActorTagger(country=country)(doc, country=country, event_date="2016-05-01")
    return assign_roles(doc, doc.sentences, None, sub, country, "2016-05-01")


def test_a_speaking_group_is_not_the_generic_attacker_it_tells_of() -> None:
    r = _roles("Suicide bomb", "Syria",
               "Hezbollah said a suicide attacker drove a van of explosives into the queue.")
    assert r["actor1"] == "Unidentified Armed Group (Syria)"
    assert r["actor2"] != "Hezbollah"


def test_a_group_claiming_its_own_attack_still_leads() -> None:
    r = _roles("Attack", "Kenya",
               "Al Shabaab claimed the raid on the quarry. The gunmen then fled towards the border.")
    assert r["actor1"] == "Al Shabaab"
