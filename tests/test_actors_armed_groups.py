"""Armed groups that news names by acronym (Sudan's RSF, eastern Congo's M23, CODECO and ADF,
Ethiopia's TPLF, Iraq's Kataib Hezbollah, the Central African anti-Balaka) take ACLED's names;
the bare "ADF" stays unread, as Cameroon's separatists use it too."""

from __future__ import annotations

import pytest

from sitrep.doc import Doc
from sitrep.nlp.actors import ActorTagger


def names(text: str, country: str) -> set[str]:
    doc = Doc(id="t", text=text)
    ActorTagger()(doc, country=country, event_date="2024-01-01")
    return {s.attrs["name"] for s in doc.get("actors")}


@pytest.mark.parametrize("text,country,name", [
    ("RSF fighters looted the market in the town at dawn.", "Sudan", "Rapid Support Forces"),
    ("M23 rebels shelled the hills above the camp.", "Democratic Republic of Congo",
     "M23: March 23 Movement"),
    ("CODECO militiamen raided the site at night.", "Democratic Republic of Congo",
     "CODECO: Cooperative for the Development of Congo"),
    ("ADF rebels ambushed a convoy on the road.", "Democratic Republic of Congo",
     "ADF: Allied Democratic Forces"),
    ("TPLF forces moved south towards the lake.", "Ethiopia",
     "TPLF: Tigray People's Liberation Front"),
    ("A depot used by Kataib Hezbollah was hit.", "Iraq", "Kataib Hezbollah"),
    ("Anti-Balaka militiamen burned the herders' camp.", "Central African Republic",
     "Anti-Balaka"),
])
def test_named_armed_groups(text: str, country: str, name: str) -> None:
    assert name in names(text, country)


def test_bare_adf_is_not_the_congolese_group() -> None:
    assert "ADF: Allied Democratic Forces" not in names(
        "The ADF said its fighters had left the checkpoint.", "Cameroon")


@pytest.mark.parametrize("text,name", [
    ("Insurgents overran the checkpoint before dawn.", "Unidentified Armed Group (Mali)"),
    ("The attack killed twelve government soldiers.", "Military Forces of Mali (2021-)"),
    ("Three government fighters died in the ambush.", "Military Forces of Mali (2021-)"),
])
def test_unnamed_insurgents_and_government_fighters(text: str, name: str) -> None:
    assert name in names(text, "Mali")


def test_national_army_factions_are_the_sna_not_the_state() -> None:
    found = names("Shells fell on a village held by Turkish forces and National Army factions.",
                  "Syria")
    assert "SNA: Syrian National Army" in found
    assert not any(n.startswith("Military Forces of Syria") for n in found)
