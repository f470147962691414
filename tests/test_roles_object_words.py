"""Words before a mention that make it the object of the act, not its author: "suspected"
as an adjective of the verb's object ("flush out suspected X members"), a gerund after a
preposition ("punished for invading X"); and a later definite noun ("the militants") stands
for the one group named, even when that group was the side hit."""

from __future__ import annotations

from roles_helpers import doc_of

from sitrep.doc import Doc
from sitrep.nlp.roles import assign_roles, candidates


def _one(text: str, sub: str, date: str = "2010-05-01") -> dict:
    doc = Doc(id="t", text=text)
    doc.span("sentences", 0, len(text), "sentence", index=0, paragraph=0)
    return assign_roles(doc, doc.sentences, None, sub, "Kenya", date)


def _scores(text: str) -> dict[str, tuple[float, float]]:
    doc = Doc(id="t", text=text)
    doc.span("sentences", 0, len(text), "sentence", index=0, paragraph=0)
    return {c.span.text: (c.agent, c.patient)
            for c in candidates(doc, doc.sentences, None, "Kenya")}


def test_suspected_object_is_not_the_attacker() -> None:
    r = _one("Police torched huts in a forest camp to flush out suspected SLDF members.", "Attack")
    assert r["actor1"].startswith("Police Forces of Kenya")
    r = _one("Soldiers shot dead a suspected SLDF commander at a roadblock near the market.",
             "Attack")
    assert r["actor1"].startswith("Military Forces of Kenya")


def test_suspected_still_names_the_author() -> None:
    # After "by" and as the subject, "suspected X" is still who acted.
    agent, patient = _scores("Two herders were shot in an attack by the suspected SLDF "
                             "members near the river.")["SLDF"]
    assert agent > patient
    r = _one("Suspected Mungiki members hacked a trader to death in a night raid.", "Attack")
    assert r["actor1"] == "Mungiki Militia"


def test_gerund_object_is_hit() -> None:
    # A country named as the object is no belligerent: its mention is left out.
    got = _scores("The cleric said the bombing was revenge on Kenya for invading Somalia "
                  "last year.")
    assert "Somalia" not in got
    agent, patient = _scores("Three youths were charged with attacking police officers at "
                             "a roadblock.")["police officers"]
    assert patient > agent
    # The participle as an adjective still makes the attacker.
    agent, patient = _scores("The raiding Pokot warriors drove off two hundred goats.")[
        "Pokot warriors"]
    assert agent > patient


def test_definite_noun_stands_for_the_group_hit() -> None:
    doc = doc_of("Soldiers killed four Al Shabaab fighters near a border post on Monday.",
                 "A lorry seized by the militants earlier was recovered in a gunfight.")
    r = assign_roles(doc, doc.sentences, None, "Armed clash", "Kenya", "2018-01-08")
    assert r["actor1"] == "Military Forces of Kenya (2013-)"
    assert r["actor2"] == "Al Shabaab"
