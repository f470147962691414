"""Riot or protest by who is violent (classify._demonstration_side); invented sentences."""

from __future__ import annotations

import numpy as np

from sitrep.doc import Doc
from sitrep.nlp.classify import _demonstration_side, _model
from sitrep.nlp.cues import demonstration_violence
from sitrep.pipeline import extract


def test_demonstrators_violence_is_read_from_explicit_phrases() -> None:
    assert demonstration_violence("Traders protested violently over the new levy.") is True
    assert demonstration_violence('Pupils "violently" demonstrated at the gate.') is True
    assert demonstration_violence("The march turned violent near the market.") is True
    assert demonstration_violence("Youths lit bonfires and barricaded the bypass.") is True
    assert demonstration_violence("Shops were looted as the crowd marched.") is True


def test_force_against_the_crowd_is_not_demonstrators_violence() -> None:
    assert demonstration_violence("Police fired tear gas to disperse the marchers.") is None
    assert demonstration_violence("Vendors marched to the town hall.") is None


def test_a_stated_absence_of_violence() -> None:
    assert demonstration_violence("Nurses marched to the ministry. No violence was reported.") \
        is False
    assert demonstration_violence("A non-violent sit-in outside the assembly.") is False
    # Demonstrators' violence wins over a general word about calm elsewhere.
    assert demonstration_violence("No violence at first, then the crowd rioted.") is True


def _p(label: str, runner_up: str) -> np.ndarray:
    classes = _model()["classes"]
    p = np.full(len(classes), 0.01)
    p[classes.index(label)] = 0.5
    p[classes.index(runner_up)] = 0.2
    return p / p.sum()


def test_a_protest_with_demonstrators_violence_is_a_riot() -> None:
    classes = _model()["classes"]
    p = _p("Protest with intervention", "Peaceful protest")
    best = classes.index("Protest with intervention")
    idx, score = _demonstration_side(p, best, "Students burned tyres; police fired teargas.")
    assert classes[idx] == "Violent demonstration"
    assert 0 < score < 1
    # Without such a phrase the model's reading stands.
    idx, _ = _demonstration_side(p, best, "Police fired teargas at the students.")
    assert idx == best


def test_a_violent_demonstration_said_to_be_non_violent_is_a_protest() -> None:
    classes = _model()["classes"]
    p = _p("Violent demonstration", "Protest with intervention")
    best = classes.index("Violent demonstration")
    idx, _ = _demonstration_side(p, best, "Police dispersed the crowd. No violence reported.")
    assert classes[idx] == "Protest with intervention"  # the model's best protest sub-type


def test_other_types_are_left_alone() -> None:
    classes = _model()["classes"]
    for label in ("Mob violence", "Armed clash"):
        p = _p(label, "Peaceful protest")
        best = classes.index(label)
        assert _demonstration_side(p, best, "The mob rioted and looted shops.")[0] == best


def test_pipeline_reads_a_violent_demonstration_as_a_riot() -> None:
    doc = extract(Doc(id="n", text="On 4 June, students at Kimbo college protested violently "
                                   "against a fee rise; they lit bonfires at the gate."))
    assert doc.events and doc.events[0].event_type == "Riots"


def test_demonstrators_destroying_in_the_active_voice() -> None:
    from sitrep.nlp.cues import demonstrators_destroy

    assert demonstrators_destroy("Pupils angry at the new head burnt their dormitory.")
    assert demonstrators_destroy("Hawkers protested by setting fire to the council kiosks.")
    assert demonstrators_destroy("Farmers destroyed the new fence as they marched.")
    assert demonstration_violence("Voters burned the tally sheets to protest the count.") is True


def test_destruction_done_to_the_crowd_or_named_is_not_theirs() -> None:
    from sitrep.nlp.cues import demonstrators_destroy

    # Passive, a noun, an agent after "by", a place name, the end of a clause, a prop.
    assert not demonstrators_destroy("Residents marched after their kiosks were destroyed.")
    assert not demonstrators_destroy("Villagers protested the burning of their huts.")
    assert not demonstrators_destroy("Traders said stalls were burnt down by guards.")
    assert not demonstrators_destroy("Drivers blocked the road at Burnt Hill over fees.")
    assert not demonstrators_destroy("Four shops burnt. The traders then protested.")
    assert not demonstrators_destroy("Mourners marched, burning an effigy of the minister.")
    assert demonstration_violence("Activists marched, torching coffins at the gate.") is None
    # A stated absence of violence still wins over a destruction verb.
    assert demonstration_violence(
        "A non-violent march; organisers burned copies of the bill.") is False


def test_a_protest_whose_crowd_destroys_is_a_riot() -> None:
    classes = _model()["classes"]
    p = _p("Peaceful protest", "Protest with intervention")
    best = classes.index("Peaceful protest")
    idx, _ = _demonstration_side(p, best, "Tenants protested the eviction and smashed "
                                          "the agent's car windows.")
    assert classes[idx] == "Violent demonstration"
    idx, _ = _demonstration_side(p, best, "Tenants protested after their kiosks were "
                                          "smashed by council guards.")
    assert idx == best


def test_property_damage_told_as_a_noun_is_demonstrators_violence() -> None:
    assert demonstration_violence(
        "Hawkers marched on the county offices; the protest led to destruction of property."
    ) is True
    assert demonstration_violence("Traders demonstrated over levies, with property damage "
                                  "reported along the avenue.") is True
    # Property named without damage stays unread.
    assert demonstration_violence("Tenants protested over property rates.") is None


def test_demonstrators_harming_someone_in_the_active_voice() -> None:
    from sitrep.nlp.cues import demonstrators_harm

    assert demonstrators_harm("Dock workers marched on the depot and beat up a supervisor.")
    assert demonstrators_harm("Striking nurses stoning a colleague who reported for duty")
    assert demonstrators_harm("Pupils left class to protest. They assaulted the bursar.")
    # A force's act, a passive, a noun: not the crowd's.
    assert not demonstrators_harm("Riot police beat up the marchers near the bridge.")
    assert not demonstrators_harm("Officers broke up the sit-in. They then assaulted a reporter.")
    assert not demonstrators_harm("The marchers were attacked by men on motorbikes.")
    assert not demonstrators_harm("Tenants protested the attack on their chairman.")
    assert not demonstrators_harm("Farmers marched after a trader was stoned to death.")


def test_a_protest_whose_crowd_harms_someone_is_a_riot() -> None:
    classes = _model()["classes"]
    p = _p("Peaceful protest", "Protest with intervention")
    best = classes.index("Peaceful protest")
    idx, _ = _demonstration_side(p, best, "Cleaners protested unpaid wages and roughed up "
                                          "the site manager.")
    assert classes[idx] == "Violent demonstration"
    # A stated absence of violence wins.
    idx, _ = _demonstration_side(p, best, "Cleaners marched peacefully; no violence was "
                                          "reported. Police beat up two of them later.")
    assert idx == best
