"""A capital that is also a place stands for its government only where the words after it
say so ("Kabul said", "Moscow launched", "Kabul's forces"); as the scene of an act, its
target or a word about the city, it is the city. All sentences are invented."""

from __future__ import annotations

import pytest

from sitrep.doc import Doc
from sitrep.pipeline import extract


def names(text: str) -> list[str]:
    return [s.attrs["name"] for s in extract(Doc(id="t", text=text)).get("actors")]


@pytest.mark.parametrize("text", [
    "On 3 May 2022, Kabul was hit by a car bomb that killed four civilians.",
    "On 3 May 2022, Russian missiles struck Kyiv overnight, killing two civilians.",
    "On 3 May 2022, drones attacked Moscow overnight; no one was hurt.",
    "On 3 May 2022, explosions rocked Kyiv before dawn, killing two people.",
    "On 3 May 2022, the attack on Kyiv killed two people.",
    "On 3 May 2022, Kabul police arrested ten suspects after a blast killed four.",
])
def test_the_city_as_scene_or_target_is_no_state_actor(text: str) -> None:
    got = names(text)
    assert not any(n.startswith("Military Forces of Afghanistan") for n in got)
    assert not any(n.startswith("Military Forces of Ukraine") for n in got)
    assert not any(n == "Military Forces of Russia (2000-)" for n in got)


@pytest.mark.parametrize(("text", "name"), [
    ("On 3 May 2022, Kabul said its forces had killed ten militants in Kunar.",
     "Military Forces of Afghanistan (2021-)"),
    ("On 3 May 2022, Moscow launched a wave of missiles at Lviv, killing three people.",
     "Military Forces of Russia (2000-)"),
    ("On 3 May 2022, Moscow's troops shelled Kharkiv, killing three people.",
     "Military Forces of Russia (2000-)"),
])
def test_the_capital_standing_for_its_government_is_the_state(text: str, name: str) -> None:
    ev = extract(Doc(id="t", text=text)).events[0]
    assert ev.actor1 == name


@pytest.mark.parametrize("text", [
    "On 3 May 2022, militants backed by Ankara attacked Kurdish positions near Manbij.",
    "On 3 May 2022, Moscow and Damascus said their jets would pause strikes on Idlib.",
])
def test_an_agent_after_by_or_a_pair_of_capitals_is_the_state(text: str) -> None:
    got = names(text)
    assert any(n.startswith(("Military Forces of Turkey", "Military Forces of Russia"))
               for n in got), got
