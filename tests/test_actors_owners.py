"""Whose forces a bare force noun names: a non-state modifier ("rebel forces") makes it no
state's army, a possessive owner ("the coalition's special forces") makes it the owner's, and
aircraft "from" / "belonging to" a side make that side the air striker."""

from __future__ import annotations

from sitrep.doc import Doc
from sitrep.nlp.actors import ActorTagger
from sitrep.nlp.roles import assign_roles, belligerent


def tagged(text: str, country: str = "Syria") -> list[tuple[str, str]]:
    doc = ActorTagger(country=country)(Doc(id="t", text=text), country=country,
                                       event_date="2022-06-01")
    return [(s.text, s.attrs["name"]) for s in doc.get("actors")]


def one_sentence(text: str, sub: str, country: str = "Syria") -> dict:
    doc = Doc(id="t", text=text)
    doc.span("sentences", 0, len(text), "sentence", index=0, paragraph=0)
    return assign_roles(doc, doc.sentences, None, sub, country, "2022-06-01")


def test_non_state_modifier_is_not_the_state_army() -> None:
    for text in ("Rebel forces shelled a checkpoint near the town.",
                 "Opposition troops advanced on the hill.",
                 "Iran-backed forces fired rockets at the base."):
        names = [n for _, n in tagged(text)]
        assert "Military Forces of Syria (2000-)" not in names, text
    # The bare noun alone still names the document country's forces.
    assert ("soldiers", "Military Forces of Syria (2000-)") in tagged(
        "Two soldiers were wounded near the town.")


def test_possessive_owner_names_the_force() -> None:
    got = tagged("Parachutists of the US-led coalition's special forces landed on a roof.")
    assert ("special forces", "Forces of the United States-led Coalition") in got
    got = tagged("Turkey's soldiers crossed the border at dawn.")
    assert any(n.startswith("Military Forces of Turkey") for t, n in got if t == "soldiers")
    # A civilian owner does not own a force.
    got = tagged("The villagers' guards were shot.")
    assert all("Coalition" not in n for _, n in got)


def test_owned_force_keeps_its_country_in_another_document_country() -> None:
    text = "Kenya's soldiers raided the camp."
    r = one_sentence(text, "Armed clash", country="Somalia")
    assert r["actor1"].startswith("Military Forces of Kenya")


def test_aircraft_from_a_side_make_it_the_striker() -> None:
    text = ("Two helicopter gunships from the US-led coalition fired on a house near the "
            "village, and then the soldiers raided it.")
    r = one_sentence(text, "Air/drone strike")
    assert belligerent(r["actor1"]) == "U.S.-led Coalition"


def test_rebel_forces_do_not_outvote_the_named_striker() -> None:
    text = ("Rebel forces targeted an army truck, and Israeli forces attacked an area "
            "held by the government near the city.")
    r = one_sentence(text, "Shelling/artillery/missile attack")
    assert belligerent(r["actor1"]) == "Israeli Military"


def test_agent_noun_is_not_a_verb() -> None:
    # "fighters" is not the verb "fight": the group's fighters died, they did not act.
    text = "Three Syrian Democratic Forces (SDF) fighters lost their lives in the ambush."
    r = one_sentence(text, "Armed clash")
    assert belligerent(r["actor1"]) != "Syrian Democratic Forces" or r["actor2"]
    doc = Doc(id="t", text=text)
    doc.span("sentences", 0, len(text), "sentence", index=0, paragraph=0)
    from sitrep.nlp.roles import candidates

    sdf = [c for c in candidates(doc, doc.sentences, None, "Syria") if c.name.startswith("SDF")]
    assert sdf and all(c.patient > c.agent for c in sdf[:1])


def test_raiding_participle_makes_the_attacker() -> None:
    r = one_sentence("Villagers took up arms against raiding Al Shabaab fighters near the well.",
                     "Armed clash", country="Kenya")
    assert r["actor1"] == "Al Shabaab" or r["actor2"] == "Al Shabaab"
    from sitrep.nlp.roles import candidates

    text = "Herders fought off the marauding Al Shabaab fighters at dawn."
    doc = Doc(id="t", text=text)
    doc.span("sentences", 0, len(text), "sentence", index=0, paragraph=0)
    shabaab = [c for c in candidates(doc, doc.sentences, None, "Kenya") if c.name == "Al Shabaab"]
    assert shabaab and shabaab[0].agent > shabaab[0].patient


def test_shells_from_a_side_make_it_the_agent() -> None:
    r = one_sentence("Shells from Turkish forces hit a village, wounding two women.",
                     "Shelling/artillery/missile attack")
    assert belligerent(r["actor1"]) == "Turkish Military"


def test_gc_is_the_coalition_only_where_named_in_full() -> None:
    text = ("The GC targeted a car with a drone near the town. Later GC forces led by the "
            "United States landed nearby.")
    names = [n for t, n in tagged(text) if t.startswith("GC")]
    assert names == ["Forces of the United States-led Coalition"] * 2
    # Alone, two capitals name nobody.
    assert all(t != "GC" for t, _ in tagged("The GC approved the budget on Monday."))


def test_named_side_right_before_a_bare_force_noun_owns_it() -> None:
    # "SDF forces", "HTS fighters": the named side's men, not the document country's army.
    got = tagged("SDF forces stormed a farm east of the river at dawn.")
    assert ("forces", "SDF: Syrian Democratic Forces") in got
    assert all(not n.startswith("Military Forces of Syria") for _, n in got)
    r = one_sentence("SDF forces, backed by coalition helicopters, raided a house and killed "
                     "a man inside.", "Attack")
    assert not r["actor1"].startswith("Military Forces of Syria")


def test_only_a_name_right_before_the_force_noun_owns_it() -> None:
    # Something between the name and the noun breaks the link: "the SDF; government forces".
    got = tagged("Residents fled the SDF; government forces then entered the town.")
    assert ("government forces", "Military Forces of Syria (2000-)") in got
    # A civilian word before the noun owns nothing ("villagers" are not a side).
    got = tagged("Two villagers soldiers had detained were released.")
    assert any(t == "soldiers" and n.startswith("Military Forces of Syria") for t, n in got)


def test_a_peoples_name_before_a_force_noun_does_not_make_it_a_militia() -> None:
    # "Samburu soldiers" are the state's soldiers of that people, not the people's militia.
    got = tagged("Three Samburu soldiers were hurt when their truck overturned.", "Kenya")
    assert any(t == "soldiers" and n.startswith("Military Forces of Kenya") for t, n in got)
    got = tagged("Turkana police reservists chased the raiders into the hills.", "Kenya")
    assert any(t == "police reservists" and n.startswith("Police Forces of Kenya")
               for t, n in got)
