"""A crowd of ordinary people harming someone is mob violence, and demonstrators in a clash
riot (cues.crowd_harm, cues.demonstrators_named, classify._mob_side); invented sentences."""

from __future__ import annotations

import numpy as np
import pytest

from sitrep.nlp.classify import _mob_side, _model, actor_mentions
from sitrep.nlp.cues import crowd_harm, crowd_named, demonstrators_named
from sitrep.record import event_type_of

CROWD_HARMS = [
    "Villagers cornered and stoned a man they accused of stealing a goat.",
    "A cattle trader was lynched by an angry crowd at the livestock market.",
    "Angry boda-boda riders beat up a lorry driver after the crash.",
    "Residents of the estate torched the house of a suspected burglar.",
    "The shopkeeper was attacked by voters who accused him of buying ballots.",
    "A mob attacked and injured two men found with stolen phones.",
]

NO_CROWD_HARM = [
    # the crowd suffers
    "Two villagers killed in a night raid by bandits.",
    "Residents were attacked by gunmen on the road to the market.",
    "Five residents injured when the roof of the hall collapsed.",
    # the crowd is an object
    "A man fired into a crowd injuring a boy.",
    "Police dispersed the mob injuring three of them.",
    # the crowd is only named beside the act, or in another clause
    "Villagers and police searched the forest for the missing girl.",
    "Traders were targeted by mobs after the chief burned the permits.",
    # the verb is a noun: who carried out the attack is for the coder to say
    "Villagers carried out an attack on the family of the chief.",
    # no crowd
    "Gunmen shot dead a herder near the river.",
]


@pytest.mark.parametrize("text", CROWD_HARMS)
def test_a_crowd_harming_someone_is_read(text: str) -> None:
    assert crowd_harm(text)


@pytest.mark.parametrize("text", NO_CROWD_HARM)
def test_no_crowd_harm(text: str) -> None:
    assert crowd_harm(text) is None


def test_demonstrators_named() -> None:
    assert demonstrators_named("Protesters fought running battles with police at the depot.")
    assert demonstrators_named("Hawkers protesting the new levy clashed with county guards.")
    # a participle naming a period or an activity names no one
    assert not demonstrators_named("A fourth day of protesting; a guard was shot in a clash.")
    assert not demonstrators_named("Post-election protesting went on as gangs clashed.")
    assert not demonstrators_named("Two clans clashed over grazing land.")


def _uniform() -> tuple[list[str], np.ndarray]:
    classes = _model()["classes"]
    return classes, np.full(len(classes), 1.0 / len(classes))


def _riots_share(classes: list[str]) -> float:
    return sum(1 for c in classes if c in {"Violent demonstration", "Mob violence"}) / len(
        classes)


def test_an_attack_by_a_crowd_is_mob_violence() -> None:
    classes, p = _uniform()
    attack = classes.index("Attack")
    best, share = _mob_side(p, attack, 0.6, "Villagers beat to death a man they called a thief.")
    assert classes[best] == "Mob violence"
    assert share == pytest.approx(_riots_share(classes))
    # Gunmen are no crowd: the attack stands with its own score.
    assert _mob_side(p, attack, 0.6, "Gunmen beat a trader and took his phone.") == (attack, 0.6)


def test_a_clash_reading_moves_only_without_two_sides() -> None:
    classes, p = _uniform()
    clash = classes.index("Armed clash")
    best, _ = _mob_side(p, clash, 0.6, "A suspect freed on bail was killed by vigilantes.")
    assert classes[best] == "Mob violence"
    # The crowd fought armed raiders (two sides), or hit an armed man: a battle stays one.
    # A force harming someone beside the crowd leaves the clash reading too.
    for text in ("Three raiders were killed by residents who fought back during the raid.",
                 "A police constable was killed by locals at the land office.",
                 "One thief was lynched by a mob and another was shot dead by police."):
        assert _mob_side(p, clash, 0.6, text) == (clash, 0.6)


def test_demonstrators_in_a_clash_riot() -> None:
    classes, p = _uniform()
    clash = classes.index("Armed clash")
    p = p.copy()
    p[classes.index("Violent demonstration")] += 0.01
    p /= p.sum()
    best, _ = _mob_side(p, clash, 0.6, "Protesters clashed with police near the stadium.")
    assert classes[best] == "Violent demonstration"
    # Not on a titled news page, where the protest may be only the scene of the fight.
    text = "Protesters clashed with police near the stadium."
    assert _mob_side(p, clash, 0.6, text, titled=True) == (clash, 0.6)
    # An attack reading is not moved by demonstrators alone.
    attack = classes.index("Attack")
    assert _mob_side(p, attack, 0.6, "Protesters said a man was shot.") == (attack, 0.6)


def test_other_readings_are_never_touched() -> None:
    classes, p = _uniform()
    text = "An angry crowd lynched a suspected thief."
    for label in ("Violent demonstration", "Peaceful protest", "Abduction/forced disappearance"):
        best = classes.index(label)
        assert _mob_side(p, best, 0.5, text) == (best, 0.5)


def test_a_mob_reading_of_an_organised_armed_group_is_violence() -> None:
    classes, p = _uniform()
    p = p.copy()
    p[classes.index("Attack")] += 0.01
    p /= p.sum()
    mob = classes.index("Mob violence")
    text = "Rebel fighters stormed the hamlet and killed four residents."
    best, _ = _mob_side(p, mob, 0.6, text, actors=[(0, 14, "rebel")])
    assert classes[best] == "Attack"
    # a crowd doing the harm, or no organised group named, keeps the reading
    text = "Residents beat a rebel fighter to death in the hamlet."
    assert _mob_side(p, mob, 0.6, text, actors=[(17, 29, "rebel")]) == (mob, 0.6)
    assert _mob_side(p, mob, 0.6, "A crowd killed a man.") == (mob, 0.6)


def test_a_crowd_of_a_place_named_with_its_units_is_read() -> None:
    assert crowd_harm("On 4 May 2023, residents of a slum in Mathare (Nairobi) beat a man "
                      "to death.")


def test_a_militia_named_with_no_crowd_is_no_mob() -> None:
    """A mob-violence reading whose text names an identity or political militia and no
    crowd at all is that militia's attack (a clash when an armed person was hit)."""
    classes, p = _uniform()
    mob = classes.index("Mob violence")
    text = "A herdsman was hacked to death by a band of Samburu youths near the water point."
    best, share = _mob_side(p, mob, 0.6, text, actors=actor_mentions(text))
    assert classes[best] == "Attack"
    assert share == pytest.approx(sum(
        1 for c in classes if event_type_of(c) == "Violence against civilians") / len(classes))
    text = "Samburu youths shot dead a police reservist at the water point."
    best, _ = _mob_side(p, mob, 0.6, text, actors=actor_mentions(text))
    assert classes[best] == "Armed clash"
    # A crowd named beside the militia, or no militia: the mob reading stands.
    for text in ("An angry mob of Samburu youths lynched a suspected cattle thief.",
                 "Residents lynched a suspected thief at the market.",
                 "A herdsman was hacked to death near the water point."):
        assert _mob_side(p, mob, 0.6, text, actors=actor_mentions(text)) == (mob, 0.6)
    # A crowd word in any role keeps it too: vigilantes who killed, villagers who fled.
    text = "Seven men were murdered by vigilantes hunting Samburu youths."
    assert _mob_side(p, mob, 0.6, text, actors=actor_mentions(text)) == (mob, 0.6)


def test_crowd_named() -> None:
    assert crowd_named("The suspects were chased by a mob.")
    assert crowd_named("Boda-boda riders blocked the road.")
    assert not crowd_named("A band of Samburu youths raided the camp.")


def test_a_sure_mob_reading_stands() -> None:
    """The militia rule moves only a reading the model is unsure of (riots below 0.7)."""
    classes, p = _uniform()
    mob = classes.index("Mob violence")
    p = p.copy()
    p[mob] = 0.0
    p *= 0.2 / p.sum()
    p[mob] = 0.8
    text = "A herdsman was hacked to death by a band of Samburu youths near the water point."
    assert _mob_side(p, mob, 0.8, text, actors=actor_mentions(text)) == (mob, 0.8)
