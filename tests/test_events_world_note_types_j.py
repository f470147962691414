"""Sub-event types of terse coder's notes in the shapes set j's world notes showed (invented
notes): explosives a craft was used to drop, drones shot down with only their debris hurting
someone, an abduction with no one hurt, a crowd that caught a suspect and beat him, a former
officer shot by gunmen, and youths throwing stones at police."""

from __future__ import annotations

import pytest

from sitrep.ingest import make_doc
from sitrep.nlp.events import _dropped_by_craft
from sitrep.pipeline import default_pipeline


def _main(text: str) -> tuple[str | None, int | None]:
    doc = default_pipeline()(make_doc("t", text))
    if not doc.events:
        return None, None
    return doc.events[0].sub_event_type, doc.events[0].fatalities


@pytest.mark.parametrize("text", [
    "cartel gunmen used drones to drop ",
    "helicopters were seen dropping two ",
])
def test_a_drop_verb_after_a_craft_before_an_explosive(text: str) -> None:
    assert _dropped_by_craft().search(text)


def test_a_drop_verb_with_no_craft_is_no_air_strike_cue() -> None:
    assert not _dropped_by_craft().search("the gang used trucks to drop ")
    assert not _dropped_by_craft().search("drones were seen. Gunmen then dropped ")


def test_explosives_a_craft_was_used_to_drop_are_an_air_strike() -> None:
    # (the model, unsure, reads drones with no one hurt as weapons disrupted)
    assert _main("Between 4-5 May 2024, gunmen used drones to drop explosive devices on the hamlet of "
                 "Los Pinos (Tarbo, Michoacan), damaging several roofs. No casualties were reported.")[0] == "Air/drone strike"


def test_drones_shot_down_whose_debris_hurt_someone_are_disrupted() -> None:
    sub, _ = _main("On 3 May 2024, Russian air defence forces shot down 11 Ukrainian drones over Kursk oblast. "
                   "Debris fell on a barn in Rylsk (Rylsky, Kursk Oblast), injuring a man.")
    assert sub == "Disrupted weapons use"


def test_an_abduction_with_no_one_hurt_is_an_abduction() -> None:
    sub, dead = _main("On 3 May 2024, armed bandits abducted about 15 farmers from their fields near Tarbo "
                      "(Zamfara). No casualties were reported.")
    assert (sub, dead) == ("Abduction/forced disappearance", 0)


def test_a_crowd_that_caught_a_suspect_and_beat_him_is_a_mob() -> None:
    sub, dead = _main("On 3 May 2024, community members in Tarbo (Gauteng) caught a man accused of "
                      "stealing a goat and beat him to death.")
    assert (sub, dead) == ("Mob violence", 1)


def test_a_former_officer_shot_by_gunmen_is_a_civilian() -> None:
    sub, dead = _main("On 3 May 2024, unknown gunmen shot dead a former army officer in Tarbo town (Kandahar).")
    assert (sub, dead) == ("Attack", 1)


def test_youths_throwing_stones_at_police_riot_and_an_earlier_death_is_not_their_toll() -> None:
    sub, dead = _main("On 3 May 2024, youths threw bottles and stones at police and burned tyres in Lyon "
                      "(Rhone, Auvergne-Rhone-Alpes), two days after a boy was shot dead by a gendarme. "
                      "Two officers were hurt.")
    assert (sub, dead) == ("Violent demonstration", 0)
