"""assign_roles: crowds whose own verb the agent patterns miss ("residents of X burnt",
"villagers cornered and killed", "attacked by a crowd"), and a state force seen acting in a
report of mob violence that tells of no crowd."""

from __future__ import annotations

from sitrep.doc import Doc
from sitrep.nlp.roles import assign_roles


def roles(text: str, sub: str, country: str = "Kenya") -> dict:
    doc = Doc(id="t", text=text)
    doc.span("sentences", 0, len(text), "sentence", index=0, paragraph=0)
    return assign_roles(doc, doc.sentences, None, sub, country, "2016-01-01")


def test_crowd_from_a_place_that_acts_is_rioters() -> None:
    r = roles("Residents of Kamuwongo burnt the shop of a trader accused of theft.", "Attack")
    assert r["actor1"] == "Rioters (Kenya)"


def test_crowd_with_a_first_verb_that_acts_is_rioters() -> None:
    r = roles("Villagers cornered and killed a suspected cattle thief near the river.",
              "Attack")
    assert r["actor1"] == "Rioters (Kenya)"


def test_crowd_as_agent_of_a_passive_verb_is_rioters() -> None:
    r = roles("A ward aspirant was attacked by an angry crowd outside the tallying centre.",
              "Attack")
    assert r["actor1"] == "Rioters (Kenya)"


def test_crowd_that_is_hit_stays_the_victim() -> None:
    r = roles("Residents of Kamuwongo were attacked by unknown men at night.", "Attack")
    assert r["actor1"] == "Unidentified Armed Group (Kenya)"
    r = roles("Residents fled and gunmen torched the market.", "Attack")
    assert r["actor1"] == "Unidentified Armed Group (Kenya)"


def test_state_force_acting_in_a_report_with_no_crowd_leads_mob_violence() -> None:
    r = roles("Police officers stormed a boarding school and beat up pupils in their dormitory.",
              "Mob violence")
    assert r["actor1"].startswith("Police Forces of Kenya")
    assert r["actor2"] == "Civilians (Kenya)"


def test_mob_violence_with_a_crowd_stays_rioters() -> None:
    r = roles("An angry mob beat a suspect before police officers rescued him.", "Mob violence")
    assert r["actor1"] == "Rioters (Kenya)"
    r = roles("Police dispersed rival youths who had attacked each other at the rally.",
              "Mob violence")
    assert r["actor1"] == "Rioters (Kenya)"


def test_people_as_a_crowd_that_attacked() -> None:
    r = roles("A ward aspirant was hurt after he was attacked by people said to back his rival.",
              "Attack")
    assert r["actor1"] == "Rioters (Kenya)"
    r = roles("Five people were killed by gunmen on the highway.", "Attack")
    assert r["actor1"] == "Unidentified Armed Group (Kenya)"


def test_crowd_before_a_passive_participle_is_no_attacker() -> None:
    r = roles("Residents of the town attacked by unknown men fled to the hills.", "Attack")
    assert r["actor1"] == "Unidentified Armed Group (Kenya)"
