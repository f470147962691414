"""Actors of countries sitrep has no measured data for: ACLED names come from actors.yaml
(state forces with their regime period, named insurgents, cartels, ethnic militias)."""

from __future__ import annotations

import pytest

from sitrep.doc import Doc
from sitrep.nlp.actors import ActorTagger
from sitrep.nlp.roles import assign_roles


def names(text: str, country: str, date: str) -> list[str]:
    doc = ActorTagger(country=country)(Doc(id="t", text=text), country=country, event_date=date)
    return [s.attrs["name"] for s in doc.get("actors")]


def roles(text: str, sub: str, country: str, date: str) -> dict:
    doc = Doc(id="t", text=text)
    doc.span("sentences", 0, len(text), "sentence", index=0, paragraph=0)
    return assign_roles(doc, doc.sentences, None, sub, country, date)


@pytest.mark.parametrize(("text", "country", "date", "expected"), [
    ("CRPF jawans raided a hideout near the river.", "India", "2019-03-02",
     "Police Forces of India (2014-) Central Reserve Police Force"),
    ("Naxalites torched two trucks at a road site.", "India", "2018-07-01",
     "CPI (Maoist): Communist Party of India (Maoist)"),
    ("The Nigerian Army repelled an assault on its base.", "Nigeria", "2012-04-10",
     "Military Forces of Nigeria (2010-2015)"),
    ("Fulani herdsmen stormed a farming settlement at dawn.", "Nigeria", "2021-01-05",
     "Fulani Ethnic Militia (Nigeria)"),
    ("Gunmen of the Jalisco New Generation Cartel blocked a highway.", "Mexico", "2020-05-05",
     "CJNG: Jalisco New Generation Cartel"),
    ("The Tatmadaw burned a village overnight.", "Myanmar", "2022-11-11",
     "Military Forces of Myanmar (2021-)"),
    ("A local PDF ambushed a convoy near the bridge.", "Myanmar", "2022-11-11",
     "PDF: People's Defense Force"),
])
def test_named_actor_of_another_country(text: str, country: str, date: str,
                                        expected: str) -> None:
    assert expected in names(text, country, date)


def test_people_of_several_countries_take_the_document_country() -> None:
    # "home: null": Fulani militias are coded to the country the event is in.
    assert "Fulani Ethnic Militia (Mali)" in names(
        "Fulani militiamen attacked a hamlet.", "Mali", "2020-02-02")


def test_junta_is_the_document_countrys_military() -> None:
    assert "Military Forces of Myanmar (2021-)" in names(
        "Junta troops raided the township.", "Myanmar", "2023-03-03")


def test_national_guard_follows_the_document_country() -> None:
    assert "Military Forces of Mexico (2018-2024) National Guard" in names(
        "National Guard troops detained three men on the highway.", "Mexico", "2021-06-01")
    got = names("National Guard troops were sent to the city after the riot.",
                "United States", "2020-06-01")
    assert not any("Mexico" in n for n in got)


def test_regime_period_follows_the_event_date() -> None:
    assert "Military Forces of Ukraine (2014-2019)" in names(
        "Ukrainian forces shelled the outskirts.", "Ukraine", "2017-01-01")
    assert "Military Forces of Ukraine (2019-)" in names(
        "Ukrainian forces shelled the outskirts.", "Ukraine", "2022-04-01")


def test_foreign_forces_shelling_a_city_are_the_agent() -> None:
    r = roles("Russian forces shelled residential areas of the city, killing four civilians.",
              "Shelling/artillery/missile attack", "Ukraine", "2022-03-03")
    assert r["actor1"] == "Military Forces of Russia (2000-)"
    assert r["actor2"] == "Civilians (Ukraine)"


def test_police_clash_with_maoists() -> None:
    r = roles("CRPF personnel clashed with Maoists in a forest; two Maoists were killed.",
              "Armed clash", "India", "2021-04-12")
    assert r["actor1"] == "Police Forces of India (2014-) Central Reserve Police Force"
    assert r["actor2"] == "CPI (Maoist): Communist Party of India (Maoist)"


def test_army_against_boko_haram() -> None:
    # Dated before ``attacker_first_since``: the state side first although the group attacked
    # (from that year on the attacker leads, tests/test_roles_attacker_era.py).
    r = roles("Boko Haram fighters attacked Nigerian soldiers at a checkpoint.", "Armed clash",
              "Nigeria", "2016-06-05")
    assert r["actor1"] == "Military Forces of Nigeria (2015-2023)"
    assert r["actor2"] == "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"


def test_cartel_against_the_army() -> None:
    r = roles("Members of the Sinaloa Cartel clashed with the Mexican Army near a ranch.",
              "Armed clash", "Mexico", "2022-08-14")
    assert {r["actor1"], r["actor2"]} == {"Military Forces of Mexico (2018-2024)",
                                          "Sinaloa Cartel"}


def test_an_undated_report_names_a_state_force_without_claiming_an_era() -> None:
    # Syria's forces have two eras; with no date the name goes without the bracket, rather
    # than claim the latest. A country with one era keeps it, and a dated report its own.
    text = "Syrian army units and Russian jets shelled the hills near the town."
    undated = names(text, "Syria", None)  # type: ignore[arg-type]
    assert "Military Forces of Syria" in undated
    assert "Military Forces of Russia (2000-) Air Force" in undated
    assert "Military Forces of Syria (2000-)" in names(text, "Syria", "2019-05-01")
    assert "Military Forces of Syria (2024-)" in names(text, "Syria", "2025-02-01")


def test_collection_country_when_the_text_names_none() -> None:
    # No place, no nationality word: the collection's country (the prior the place step
    # also reads) is the document's, not a fixed default.
    doc = Doc(id="t", text="Fulani herdsmen burnt two granaries at dawn.", country_prior="Niger")
    ActorTagger()(doc)
    assert [s.attrs["name"] for s in doc.get("actors")] == ["Fulani Ethnic Militia (Niger)"]


def test_a_nationality_word_outweighs_the_collection_country() -> None:
    doc = Doc(id="t", text="Malian troops said Fulani herdsmen burnt two granaries.",
              country_prior="Niger")
    ActorTagger()(doc)
    assert "Fulani Ethnic Militia (Mali)" in [s.attrs["name"] for s in doc.get("actors")]


def test_a_peoples_militia_with_no_country_known_takes_no_default_country() -> None:
    # No place, no nationality word and no collection country: the name goes without a
    # bracket rather than a fixed default country.
    doc = Doc(id="t", text="Fulani herdsmen burnt two granaries at dawn.")
    ActorTagger()(doc)
    assert [s.attrs["name"] for s in doc.get("actors")] == ["Fulani Ethnic Militia"]
