"""Who a bomb or an attack is put down to: a force that only arrested people after a blast
did not plant it, and a named group the report blames is the author of what unnamed men
were first said to have done. Invented sentences."""

from __future__ import annotations

from roles_helpers import doc_of

from sitrep.nlp.roles import assign_roles


def test_police_arresting_after_a_blast_did_not_plant_it() -> None:
    doc = doc_of("Two blasts tore through a bus depot in Garissa town, killing four passengers.",
                 "Officers later arrested twenty people over the blasts.")
    r = assign_roles(doc, doc.sentences, None, "Remote explosive/landmine/IED", "Kenya",
                     "2019-05-01")
    assert r["actor1"] == "Unidentified Armed Group (Kenya)"


def test_police_hit_by_a_blast_are_still_its_target() -> None:
    doc = doc_of("A roadside bomb hit a police lorry near Elwak, wounding three officers.")
    r = assign_roles(doc, doc.sentences, None, "Remote explosive/landmine/IED", "Kenya",
                     "2019-05-01")
    assert not r["actor1"].startswith("Police")


def test_group_blamed_later_names_the_unknown_men_told_first() -> None:
    doc = doc_of("Unknown men planted a bomb on the road near Elwak that wounded three traders.",
                 "Police blamed the blast on Al Shabaab militants.")
    r = assign_roles(doc, doc.sentences, None, "Remote explosive/landmine/IED", "Kenya",
                     "2019-05-01")
    assert r["actor1"] == "Al Shabaab"


def test_gunmen_blamed_on_a_group_are_that_group() -> None:
    doc = doc_of("Gunmen shot dead two shopkeepers in Mandera town on Friday.",
                 "Police blamed the killings on Al Shabaab militants.")
    r = assign_roles(doc, doc.sentences, None, "Attack", "Kenya", "2019-05-01")
    assert r["actor1"] == "Al Shabaab"


def test_group_only_hit_does_not_name_the_gunmen() -> None:
    doc = doc_of("Gunmen shot dead two shopkeepers in Mandera town on Friday.",
                 "Soldiers later killed three Al Shabaab militants near the border.")
    r = assign_roles(doc, [doc.sentences[0]], None, "Attack", "Kenya", "2019-05-01")
    assert r["actor1"] == "Unidentified Armed Group (Kenya)"


def test_blame_put_on_a_group_after_a_long_object() -> None:
    doc = doc_of("Three traders were found hacked to death near a Nakuru market on Monday.",
                 "Residents blamed the killing of the three young traders on Mungiki.")
    r = assign_roles(doc, doc.sentences, None, "Attack", "Kenya", "2019-05-01")
    assert r["actor1"] == "Mungiki Militia"


def test_party_supporters_who_wrecked_property_are_their_party() -> None:
    doc = doc_of("ODM supporters torched a campaign bus of a rival candidate in "
                 "Kisumu town overnight.")
    r = assign_roles(doc, doc.sentences, None, "Looting/property destruction", "Kenya",
                     "2019-05-01")
    assert r["actor1"] == "ODM: Orange Democratic Movement"
