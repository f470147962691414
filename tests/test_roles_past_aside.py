"""A relative clause about an earlier event ("..., where an attack by X last month ...") names
no agent of the event the sentence reports. All sentences are invented."""

from __future__ import annotations

from roles_helpers import doc_of

from sitrep.nlp.roles import assign_roles


def test_agent_of_an_earlier_event_in_a_where_clause_is_not_the_agent() -> None:
    doc = doc_of("Turkey shelled Kurdish positions in northern Syria on Tuesday.",
                 "The shells hit a grain silo near Amuda, where an assault by Islamic State "
                 "fighters last month left dozens dead.")
    r = assign_roles(doc, [doc.sentences[1]], None, "Shelling/artillery/missile attack", "Syria",
                     "2022-02-01")
    assert r["actor1"].startswith("Military Forces of Turkey")


def test_aside_naming_the_worst_attack_in_years() -> None:
    doc = doc_of("Ankara said it shelled positions in Syria, where fighters are still reeling "
                 "from the deadliest Islamic State attack in nearly four years.")
    r = assign_roles(doc, doc.sentences, None, "Shelling/artillery/missile attack", "Syria",
                     "2022-02-01")
    assert r["actor1"].startswith("Military Forces of Turkey")


def test_a_where_clause_of_the_same_time_keeps_its_agent() -> None:
    # No earlier time: the clause tells the event itself.
    doc = doc_of("Residents fled the market in Tadef, where Islamic State fighters attacked "
                 "a checkpoint on Sunday.")
    r = assign_roles(doc, doc.sentences, None, "Armed clash", "Syria", "2022-02-01")
    assert "Islamic State" in (r["actor1"] + r["actor2"])
