"""An attack on an armed person is an armed clash (cues.armed_victim, classify._victim_side);
invented sentences."""

from __future__ import annotations

import numpy as np
import pytest

from sitrep.nlp.classify import _model, _victim_side
from sitrep.nlp.cues import armed_victim

ARMED_HIT = [
    "A reservist on night duty was shot dead by herders near the water point.",
    "Border guard killed while on night patrol near the river crossing.",
    "Gunmen on a motorbike killed a watchman at the timber yard.",
    "Raiders ambushed two soldiers escorting the relief lorry.",
    "Two rangers have now been wounded inside the conservancy by poachers.",
    "Armed youths attacked a police post and took four rifles.",
    "The bandits opened fire on a police vehicle at dawn.",
    "Militants stormed the town, killing four civilians and two soldiers.",
]

NOT_ARMED_HIT = [
    # the armed person does the harm
    "Police shot dead a suspected car thief in the market.",
    "A traffic constable shot and wounded a taxi driver over a bribe.",
    "Soldiers shot at the crowd outside the depot.",
    # an officer who is no force's man
    "Gunmen shot the presiding officer at the tallying centre.",
    # a report, an accusation, an aside
    "Police said the trader was shot at close range.",
    "The herdsman stood accused of killing two officers last year.",
    "Three villagers were wounded, police said.",
    # the victims are unarmed
    "Bandits gunned down a pair of herders and drove away their goats.",
    "Youths were injured in the scuffle before police arrived.",
]


@pytest.mark.parametrize("text", ARMED_HIT)
def test_an_armed_person_harmed_is_read(text: str) -> None:
    assert armed_victim(text)


@pytest.mark.parametrize("text", NOT_ARMED_HIT)
def test_no_armed_person_harmed(text: str) -> None:
    assert armed_victim(text) is None


def test_only_an_attack_reading_moves() -> None:
    classes = _model()["classes"]
    p = np.full(len(classes), 1.0 / len(classes))
    attack = classes.index("Attack")
    text = "Gunmen killed a police reservist at the borehole."
    best, share = _victim_side(p, attack, 0.6, text)
    assert classes[best] == "Armed clash"
    battles = sum(1 for c in classes if c in {
        "Armed clash", "Government regains territory", "Non-state actor overtakes territory"})
    assert share == pytest.approx(battles / len(classes))
    # Unarmed victims: the attack reading stands, with its own score.
    assert _victim_side(p, attack, 0.6, "Gunmen killed a trader at the borehole.") == (
        attack, 0.6)
    # Other readings are never touched.
    for label in ("Abduction/forced disappearance", "Mob violence", "Armed clash"):
        best = classes.index(label)
        assert _victim_side(p, best, 0.5, text) == (best, 0.5)


def test_attackers_hit_in_return_are_armed() -> None:
    assert armed_victim("Police arrived and shot dead two of the raiders near the kraal.")
    assert armed_victim("The attackers were repulsed; three assailants were killed.")
    # A suspect or robber shot by police is not read as armed (ACLED codes both ways).
    assert armed_victim("Police shot dead two suspected robbers in the estate.") is None


ONE_SIDED = [
    "Unknown gunmen shot dead two labourers on a farm outside the town.",
    "Raiders stormed the village at night and killed three herders.",
    # (a force the victims were said to serve is no side that fought)
    "Insurgents stormed a farm and shot five labourers accused of collaborating with the army.",
    "Gunmen killed a shopkeeper over his alleged links to the police, residents said.",
]

TWO_SIDED = [
    "Gunmen exchanged fire with herders guarding the wells.",  # fighting told
    "Militiamen killed two soldiers at the bridge.",  # an armed person hit
    "Bandits attacked a police convoy near the border.",  # a state force named
    "Two rival clans fought over grazing land; four died.",  # two sides
    "Gunmen killed a farmer in revenge for a cattle theft.",
    # (a force in league with the attackers, with no accusation, is still a side)
    "Militiamen working with the army burned a hamlet and killed two elders.",
]


@pytest.mark.parametrize("text", ONE_SIDED)
def test_one_armed_side(text: str) -> None:
    from sitrep.nlp.cues import one_sided

    assert one_sided(text)


@pytest.mark.parametrize("text", TWO_SIDED)
def test_two_sides_named(text: str) -> None:
    from sitrep.nlp.cues import one_sided

    assert not one_sided(text)


def test_a_state_actor_only_served_by_the_victims_is_no_side() -> None:
    from sitrep.nlp.cues import one_sided

    text = "Rebels executed four traders suspected of spying for the 9th Brigade."
    at = text.index("9th")
    assert one_sided(text, [(at, at + 11, "state")])


def test_a_state_actor_is_a_second_side() -> None:
    from sitrep.nlp.cues import one_sided

    text = "Gunmen killed two men near Kafu; the 5th Brigade arrived later."
    assert one_sided(text)
    assert not one_sided(text, [(38, 49, "state")])


def test_a_clash_reading_with_one_armed_side_is_an_attack() -> None:
    classes = _model()["classes"]
    p = np.full(len(classes), 1.0 / len(classes))
    clash = classes.index("Armed clash")
    best, _ = _victim_side(p, clash, 0.6, ONE_SIDED[0])
    assert classes[best] == "Attack"
    assert _victim_side(p, clash, 0.6, TWO_SIDED[0]) == (clash, 0.6)
