"""A clash whose own sentences name both its sides: a third side seen acting in the story's
lead (a foreign air force in the frame of the article) is no party to it. All sentences are
invented."""

from __future__ import annotations

from roles_helpers import doc_of

from sitrep.nlp.roles import assign_roles


def test_lead_air_force_is_no_side_of_a_named_clash() -> None:
    doc = doc_of("Russian warplanes bombed rebel positions around Idlib for a third week.",
                 "Far to the east, monitors reported heavy fighting between a Kurdish-led "
                 "coalition that includes the YPG and Islamic State fighters near a village.")
    r = assign_roles(doc, [doc.sentences[1]], None, "Armed clash", "Syria", "2016-03-01")
    assert {r["actor1"], r["actor2"]} == {"YPG: People's Protection Units",
                                          "Islamic State (Syria)"}
    assert "Russia" not in r["actor1"]


def test_lead_agent_still_fills_a_clash_with_one_named_side() -> None:
    doc = doc_of("Syrian army troops launched an assault on Islamic State positions east of "
                 "Palmyra.",
                 "Heavy fighting with Islamic State fighters went on near the village all night.")
    r = assign_roles(doc, [doc.sentences[1]], None, "Armed clash", "Syria", "2016-03-01")
    assert r["actor1"] == "Military Forces of Syria (2000-)"
    assert r["actor2"] == "Islamic State (Syria)"
