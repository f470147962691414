"""Who leads a battle with a state force depends on the year ACLED coded it: before
``attacker_first_since`` the state side comes first whoever fired; from that year on an armed
group that clearly attacked a force that was clearly hit comes first. An event of unknown
year keeps the state-first convention; a clash with no clear attacker keeps it in any year."""

from __future__ import annotations

from sitrep.doc import Doc
from sitrep.nlp.roles import assign_roles


def _roles(text: str, date: str | None) -> dict:
    doc = Doc(id="t", text=text)
    doc.span("sentences", 0, len(text), "sentence", index=0, paragraph=0)
    return assign_roles(doc, doc.sentences, None, "Armed clash", "Kenya", date)


_AMBUSH = "Al Shabaab militants ambushed a police lorry near Rhamu, killing three officers."
_GUNMEN = "Unknown gunmen shot and wounded two police reservists at a water point near Kula."


def test_attacker_first_in_a_recent_battle() -> None:
    r = _roles(_AMBUSH, "2018-06-02")
    assert r["actor1"] == "Al Shabaab"
    assert r["actor2"] == "Police Forces of Kenya (2013-)"
    r = _roles(_GUNMEN, "2019-03-11")
    assert r["actor1"] == "Unidentified Armed Group (Kenya)"
    assert r["actor2"].startswith("Police Forces of Kenya")


def test_state_first_in_an_earlier_battle() -> None:
    r = _roles(_AMBUSH, "2015-06-02")
    assert r["actor1"] == "Police Forces of Kenya (2013-)"
    assert r["actor2"] == "Al Shabaab"


def test_state_first_when_the_year_is_unknown() -> None:
    r = _roles(_GUNMEN, None)
    assert r["actor1"].startswith("Police Forces of Kenya")


def test_state_first_in_a_mutual_clash_whatever_the_year() -> None:
    r = _roles("Police officers and Al Shabaab militants exchanged fire for an hour near Fino.",
               "2019-05-04")
    assert r["actor1"] == "Police Forces of Kenya (2013-)"
    assert r["actor2"] == "Al Shabaab"


def test_militia_in_a_mutual_clash_does_not_lead_the_state() -> None:
    # "clashed with police" hits nobody in particular: the state side first, as in any
    # battle; "ambushed police officers" (tests/test_roles_first_side.py) keeps the raiders.
    r = _roles("Cattle raiders clashed with police at a watering point near Garba Tula.",
               "2009-02-14")
    assert r["actor1"] == "Police Forces of Kenya (2002-2013)"
    assert r["actor2"] == "Unidentified Ethnic Militia (Kenya)"
