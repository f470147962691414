"""Words that look like an actor but name none: a bare force noun in "movement of forces", a
capital used as a modifier or inside a longer name ("a Nairobi suburb", "the Nairobi Hotel"),
"the regime" in a report about another country than Syria."""

from __future__ import annotations

from sitrep.doc import Doc
from sitrep.nlp.actors import ActorTagger


def names(text: str) -> list[str]:
    doc = Doc(id="t", text=text)
    ActorTagger()(doc, country="Kenya", event_date="2016-05-01")
    return [s.attrs["name"] for s in doc.get("actors")]


def test_movement_of_forces_names_no_state_force() -> None:
    got = names("Movement of forces: OLF rebels were seen crossing near Moyale.")
    assert not any(n.startswith("Military Forces") for n in got)
    assert "OLF: Oromo Liberation Front" in got


def test_forces_that_move_are_still_tagged() -> None:
    got = names("Government forces moved into the town of Moyale on Tuesday.")
    assert any(n.startswith("Military Forces of Kenya") for n in got)


def test_capital_as_modifier_or_in_a_name_is_not_the_government() -> None:
    assert not names("Thieves robbed a shop in a Nairobi suburb on Friday.")
    assert not names("A grenade went off near the Nairobi Hotel in Mandera.")


def test_capital_standing_for_its_government_is_still_tagged() -> None:
    doc = Doc(id="t", text="Moscow denied that its jets had struck the bakery.")
    ActorTagger()(doc, event_date="2019-06-01")
    assert [s.attrs["name"] for s in doc.get("actors")] == ["Military Forces of Russia (2000-)"]


def test_the_regime_is_syrias_only_where_syria_is_the_subject() -> None:
    doc = Doc(id="t", text="Students marched against the regime in Tehran on Friday.")
    ActorTagger()(doc, country="Iran", event_date="2019-06-01")
    assert not any("Syria" in s.attrs["name"] for s in doc.get("actors"))
    doc = Doc(id="t", text="The regime shelled villages in Idlib, Syria, on Friday.")
    ActorTagger()(doc, country="Syria", event_date="2019-06-01")
    assert any("Syria" in s.attrs["name"] for s in doc.get("actors"))
