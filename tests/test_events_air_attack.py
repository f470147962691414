"""Civilians killed by an air force are an air strike, whatever word told the killing."""

from __future__ import annotations

from sitrep.doc import Doc
from sitrep.pipeline import extract


def test_homes_targeted_by_foreign_jets_is_an_air_strike() -> None:
    doc = extract(Doc(id="t", text="Four farmers died when their houses were targeted by "
                                   "Russian jets near Saraqib, Idlib, on Sunday."))
    ev = doc.events[0]
    assert ev.actor1 == "Military Forces of Russia (2000-) Air Force"
    assert ev.sub_event_type == "Air/drone strike"
    assert ev.event_type == "Explosions/Remote violence"


def test_ground_attack_on_civilians_stays_an_attack() -> None:
    doc = extract(Doc(id="t", text="Gunmen shot dead four farmers near Saraqib, Idlib, on "
                                   "Sunday."))
    assert doc.events[0].sub_event_type == "Attack"
