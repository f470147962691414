"""A state force that only came in on a group's violence (it "intervened", "responded")
answered that group: the group leads the battle, whatever the year. And in an air strike, the
side the text gives aircraft flew, however often a ground side beside it is named."""

from __future__ import annotations

import pytest
from roles_helpers import doc_of

from sitrep.nlp.roles import assign_roles


def _roles(sub: str, country: str, *sentences: str) -> dict:
    doc = doc_of(*sentences)
    return assign_roles(doc, doc.sentences, None, sub, country, None)


@pytest.mark.parametrize("sentences, actor1", [
    (("Bandits torched three homes near Kaloleni market.",
      "Police intervened, shooting dead two of the attackers."),
     "Unidentified Armed Group (Kenya)"),
    (("Police respond to an attack by Mungiki adherents on a bus stage; one adherent killed.",),
     "Mungiki Militia"),
    (("Gunmen raided a ranch near Kinna and clashed with police officers who responded to the "
      "distress call.",),
     "Unidentified Armed Group (Kenya)"),
])
def test_the_group_leads_when_the_police_intervened(sentences: tuple[str, ...],
                                                    actor1: str) -> None:
    r = _roles("Armed clash", "Kenya", *sentences)
    assert r["actor1"] == actor1
    assert r["actor2"] == "Police Forces of Kenya"  # undated: no era


def test_the_police_still_lead_a_battle_they_started() -> None:
    r = _roles("Armed clash", "Kenya", "Police battle Mungiki adherents at a bus stage; one "
               "adherent killed.")
    assert r["actor1"] == "Police Forces of Kenya"  # undated: no era
    assert r["actor2"] == "Mungiki Militia"


def test_the_side_with_aircraft_flew_the_air_strike() -> None:
    r = _roles("Air/drone strike", "Syria",
               "Regime forces fired rockets at a camp near the town, killing four people.",
               "Regime forces also attacked two villages to the east.",
               "Russian jets carried out two raids on a forest nearby.")
    assert r["actor1"] == "Military Forces of Russia (2000-) Air Force"


def test_a_ground_side_alone_still_strikes_when_no_side_flies() -> None:
    r = _roles("Air/drone strike", "Syria",
               "Regime forces pounded the village with rockets, the monitor said.",
               "Warplanes struck the hills nearby.")
    assert r["actor1"].startswith("Military Forces of Syria")


@pytest.mark.parametrize("sentence", [
    "Unknown gunmen shot and killed a police officer at a fuel station in Garissa town.",
    "Youths attacked a police patrol with machetes near Kiptere, wounding two officers.",
])
def test_a_state_force_hit_in_an_attack_leads_as_in_a_battle(sentence: str) -> None:
    # Read as an attack (the type may be wrong), the police the attackers clearly hit make
    # it a battle by ACLED's definitions, and a battle names the state side first.
    doc = doc_of(sentence)
    r = assign_roles(doc, doc.sentences, None, "Attack", "Kenya", "2015-04-02")
    assert r["actor1"] == "Police Forces of Kenya (2013-)"
    assert r["actor2"] == "Unidentified Armed Group (Kenya)"


def test_the_attacker_leads_when_the_force_was_not_hit_or_in_the_attacker_first_years() -> None:
    doc = doc_of("Unknown gunmen shot and killed a police officer at a fuel station in Garissa town.")
    r = assign_roles(doc, doc.sentences, None, "Attack", "Kenya", "2018-04-02")
    assert r["actor1"] == "Unidentified Armed Group (Kenya)"
    doc = doc_of("Gunmen shot and killed a police informant at a fuel station in Garissa town.")
    r = assign_roles(doc, doc.sentences, None, "Attack", "Kenya", "2015-04-02")
    assert r["actor1"] == "Unidentified Armed Group (Kenya)"
    assert r["actor2"] == "Civilians (Kenya)"
