"""ActorTagger: a people named with "ethnic militia" or in a bracket after unnamed attackers,
a surname after a title, and a party's own actor name."""

from __future__ import annotations

from sitrep.doc import Doc
from sitrep.nlp.actors import ActorTagger
from sitrep.nlp.roles import assign_roles


def tag(text: str) -> list[tuple[str, str]]:
    doc = Doc(id="t", text=text)
    ActorTagger()(doc, country="Kenya", event_date="2016-01-01")
    return [(s.text, s.attrs["name"]) for s in doc.get("actors")]


def roles(text: str, sub: str) -> dict:
    doc = Doc(id="t", text=text)
    doc.span("sentences", 0, len(text), "sentence", index=0, paragraph=0)
    return assign_roles(doc, doc.sentences, None, sub, "Kenya", "2008-01-05")


def test_unknown_people_before_ethnic_militia_is_that_militia() -> None:
    got = tag("The Lomuria ethnic militia raided a grazing camp at dawn.")
    assert ("Lomuria", "Lomuria Ethnic Militia (Kenya)") in got
    # The generic "ethnic militia" is the same mention, not a second, unnamed actor.
    assert not any(name.startswith("Unidentified") for _, name in got)


def test_two_peoples_before_ethnic_militias_both_fight() -> None:
    r = roles("Garre and Murulle ethnic militias fought over a water point.", "Armed clash")
    assert r["actor1"] == "Garre Ethnic Militia (Kenya)"
    assert r["actor2"] == "Murulle Ethnic Militia (Kenya)"


def test_bracket_after_unnamed_attackers_names_their_people() -> None:
    got = dict(tag("Armed youths (Kalenjin) burned ten houses in the valley."))
    assert got["Armed youths"] == "Kalenjin Ethnic Militia (Kenya)"
    r = roles("Two herders were shot dead by bandits (Pokot), the chief said.", "Attack")
    assert r["actor1"] == "Pokot Ethnic Militia (Kenya)"


def test_bracket_with_a_place_changes_nothing() -> None:
    got = dict(tag("Gunmen (about twenty of them) attacked a bus near the border."))
    assert got["Gunmen"] == "Unidentified Armed Group (Kenya)"


def test_people_name_as_surname_after_title_is_no_militia() -> None:
    got = [name for _, name in tag("Mr Peter Mwangi Kikuyu was found dead at his farm.")]
    assert not any("Kikuyu" in name for name in got)


def test_party_as_a_side_takes_its_actor_name() -> None:
    r = roles("PNU and ODM supporters clashed at a campaign rally in the town.", "Armed clash")
    assert "Party of National Unity" in (r["actor1"], r["actor2"])
    assert "PNU: Party of National Unity" not in (r["actor1"], r["actor2"])


def test_fighters_from_a_people_are_that_people() -> None:
    r = roles("Armed fighters from the Marakwet tribe attacked members of the Pokot tribe, "
              "and Pokot youths fought back.", "Armed clash")
    assert r["actor1"] == "Marakwet Ethnic Militia (Kenya)"
    assert r["actor2"] == "Pokot Ethnic Militia (Kenya)"


def test_party_followers_who_attack_are_the_party() -> None:
    r = roles("Wiper followers attacked a rival candidate's agents outside the tallying hall.",
              "Attack")
    assert r["actor1"] == "Wiper Democratic Movement"
    r = roles("LDP supporters beat up two youths at a polling station.", "Attack")
    assert r["actor1"] == "LDP: Liberal Democratic Party"


def test_region_before_ethnic_militia_is_no_people() -> None:
    got = [name for _, name in tag("Rift Valley ethnic militias burned homes near the farm.")]
    assert not any(name.startswith("Valley") for name in got)
    assert "Unidentified Ethnic Militia (Kenya)" in got


def test_country_name_before_militia_is_no_state() -> None:
    got = [name for _, name in tag("An Uganda militia stole cattle from herders at the border.")]
    assert not any(name.startswith("Military Forces of Uganda") for name in got)
    got = [name for _, name in tag("Uganda shelled a border post on Tuesday.")]
    assert any(name.startswith("Military Forces of Uganda") for name in got)


def test_lake_or_mountain_named_after_a_people_is_a_place() -> None:
    got = [name for _, name in tag("Gunmen killed two fishermen on Lake Turkana at dawn.")]
    assert not any(name.startswith("Turkana") for name in got)
    got = [name for _, name in tag("Soldiers were deployed to Mount Elgon after Sabaot raids.")]
    assert not any(name.startswith("Elgon") for name in got)


def test_two_places_joined_before_border_are_places() -> None:
    got = [name for _, name in tag("Raiders struck a camp along the Samburu-Isiolo border.")]
    assert not any(name.startswith("Samburu") for name in got)


def test_a_people_under_a_variant_spelling_is_no_foreign_town() -> None:
    # "Masaai" (a common spelling of Maasai) is the people, not a Malaysian town of that name.
    r = roles("Masaai youths clashed with traders at the cattle market.", "Armed clash")
    assert "Maasai Ethnic Militia (Kenya)" in (r["actor1"], r["actor2"])
    assert ("Masaai morans", "Maasai Ethnic Militia (Kenya)") in tag("Masaai morans raided the camp.")
