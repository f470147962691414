"""Sentences around an event's own that name its author: a "suspected" aside between two of
the event's sentences, and the group a definite "the militants" stands for when the event's
own sentences name none."""

from __future__ import annotations

from roles_helpers import doc_of

from sitrep.nlp.roles import assign_roles


def test_suspect_named_between_the_events_own_sentences() -> None:
    doc = doc_of("A minibus struck a landmine on the road out of Wajir town.",
                 "Al Shabaab suspected.",
                 "A similar blast hit a police truck near the same spot.")
    own = [doc.sentences[0], doc.sentences[2]]
    r = assign_roles(doc, own, None, "Remote explosive/landmine/IED", "Kenya", "2019-05-01")
    assert r["actor1"] == "Al Shabaab"


def test_definite_militants_are_the_group_named_just_before() -> None:
    doc = doc_of("Al Shabaab fighters crossed into a village of Lamu county overnight.",
                 "The militants set fire to a school and two lorries.")
    r = assign_roles(doc, [doc.sentences[1]], None, "Looting/property destruction", "Kenya",
                     "2019-05-01")
    assert r["actor1"] == "Al Shabaab"


def test_no_back_reference_when_two_groups_came_before() -> None:
    doc = doc_of("Al Shabaab fighters and Oromo Liberation Front rebels crossed the border.",
                 "The militants set fire to a school.")
    r = assign_roles(doc, [doc.sentences[1]], None, "Looting/property destruction", "Kenya",
                     "2019-05-01")
    assert r["actor1"].startswith("Unidentified Armed Group")


def test_indefinite_gunmen_are_not_a_back_reference() -> None:
    doc = doc_of("Al Shabaab fighters crossed into a village of Lamu county overnight.",
                 "Elsewhere, gunmen set fire to a school.")
    r = assign_roles(doc, [doc.sentences[1]], None, "Looting/property destruction", "Kenya",
                     "2019-05-01")
    assert r["actor1"].startswith("Unidentified Armed Group")


def test_accused_of_a_violent_act_is_the_agent() -> None:
    doc = doc_of("Elders accused the police of torching ten houses while pursuing bandits.")
    r = assign_roles(doc, doc.sentences, None, "Looting/property destruction", "Kenya",
                     "2019-05-01")
    assert r["actor1"] == "Police Forces of Kenya (2013-)"


def test_attackers_presumed_to_be_a_named_group_are_that_group() -> None:
    doc = doc_of("Four herders were shot dead at a well near Moyale by attackers presumed to "
                 "be OLF rebels.")
    r = assign_roles(doc, doc.sentences, None, "Attack", "Kenya", "2019-05-01")
    assert r["actor1"] == "OLF: Oromo Liberation Front"
