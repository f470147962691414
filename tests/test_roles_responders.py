"""assign_roles: a state force named only for its response to an attack on civilians (it
arrested, questioned or rescued) is not the attacker; a crowd destroying property is rioters;
a capital in brackets or before its residents is the city, not its government."""

from __future__ import annotations

from roles_helpers import doc_of

from sitrep.doc import Doc
from sitrep.nlp.roles import assign_roles


def roles_of(doc: Doc, sub: str, country: str = "Kenya") -> dict:
    return assign_roles(doc, doc.sentences, None, sub, country, "2019-01-01")


def test_police_who_arrested_a_suspect_did_not_attack() -> None:
    doc = doc_of("Two men shot a county clerk outside his house in Kisii.",
                 "A week later a trader was arrested and questioned by police over the shooting.")
    r = roles_of(doc, "Attack")
    assert r["actor1"] == "Unidentified Armed Group (Kenya)"


def test_police_who_rescued_a_hostage_did_not_abduct() -> None:
    doc = doc_of("An aid worker was kidnapped outside a school in Garissa.",
                 "She was held for ransom and later rescued by police in a night operation.")
    r = roles_of(doc, "Abduction/forced disappearance")
    assert r["actor1"] == "Unidentified Armed Group (Kenya)"


def test_police_who_arrested_and_beat_did_attack() -> None:
    doc = doc_of("Police officers arrested a hawker and beat him with batons in the market.")
    r = roles_of(doc, "Attack")
    assert r["actor1"].startswith("Police Forces of Kenya")


def test_crowd_destroying_property_is_rioters() -> None:
    doc = doc_of("Residents of Kamuwongo torched the homes of two suspects freed by a court.")
    r = roles_of(doc, "Looting/property destruction")
    assert r["actor1"] == "Rioters (Kenya)"


def test_capital_in_brackets_after_a_place_is_no_government() -> None:
    doc = doc_of("Gunmen robbed a shop in Kileleshwa (Nairobi) and shot the owner.")
    r = roles_of(doc, "Attack")
    assert r["actor1"] == "Unidentified Armed Group (Kenya)"
    assert "Government" not in r["actor2"] and "Military" not in r["actor2"]


def test_capital_before_its_residents_is_no_government() -> None:
    doc = doc_of("Nairobi residents beat two conmen to death near the bus station.")
    r = roles_of(doc, "Attack")
    assert "Forces of Kenya" not in r["actor1"]
    assert "Government" not in r["actor1"]


def test_unnamed_attackers_in_ethnic_fighting_are_an_ethnic_militia() -> None:
    doc = doc_of("Six people were killed in renewed inter-tribal fighting near the hills.")
    r = roles_of(doc, "Armed clash")
    assert r["actor1"] == "Unidentified Ethnic Militia (Kenya)"
    assert r["actor2"] == "Unidentified Ethnic Militia (Kenya)"
    doc = doc_of("Gunmen killed three herders in what elders called ethnic violence.")
    assert roles_of(doc, "Attack")["actor1"] == "Unidentified Ethnic Militia (Kenya)"


def test_ethnic_violence_tied_to_an_election_stays_an_armed_group() -> None:
    doc = doc_of("Two traders were killed in post-election ethnic violence in the estate.")
    assert roles_of(doc, "Attack")["actor1"] == "Unidentified Armed Group (Kenya)"


def test_peoples_fighting_each_other_after_an_election_are_ethnic_militias() -> None:
    # The report tells the sides fighting as peoples: an election behind it does not make
    # them an armed group.
    doc = doc_of("Nine were killed in post-election ethnic clashes in the town's estates.")
    r = roles_of(doc, "Armed clash")
    assert r["actor1"] == r["actor2"] == "Unidentified Ethnic Militia (Kenya)"
    doc = doc_of("Fighting between rival ethnic groups near the market, linked to the vote.")
    assert roles_of(doc, "Armed clash")["actor1"] == "Unidentified Ethnic Militia (Kenya)"


def test_a_clash_told_as_ethnic_rivalry_is_ethnic_fighting() -> None:
    doc = doc_of("Two herders were hurt in an ethnically driven clash near a well.")
    assert roles_of(doc, "Armed clash")["actor1"] == "Unidentified Ethnic Militia (Kenya)"
    doc = doc_of("Houses were torched in a week of violence blamed on ethnic rivalry.")
    assert roles_of(doc, "Armed clash")["actor1"] == "Unidentified Ethnic Militia (Kenya)"


def test_land_dispute_still_makes_a_communal_militia() -> None:
    doc = doc_of("Armed men killed a farmer in a land dispute between two clans.")
    assert roles_of(doc, "Attack")["actor1"] == "Unidentified Communal Militia (Kenya)"
