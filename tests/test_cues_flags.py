"""Phrase flags of the cue lexicon as classifier features (cues.flag_features), and the
cue-feature group the trainer weighs (cues.is_cue_feature, train.CUE_WEIGHT)."""

from __future__ import annotations

import pytest

from sitrep.nlp import cues as Q

# Invented sentences, each with the flags it must carry.
CASES = [
    ("Students burnt their dormitory after the exams were cancelled.",
     {"F=destroy", "F=violent"}),
    ("The march to the county offices went ahead without violence.", {"F=calm"}),
    ("Riot police fired tear gas to disperse the traders outside the market.",
     {"F=intervened"}),
    ("Officers opened fire on the crowd of demonstrators, killing two.", {"F=force"}),
    ("Angry residents barricaded the highway with rocks and burning tyres.", {"F=violent"}),
    ("The farmers held a sit-in at the ministry gate on Tuesday.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_flags_of_invented_sentences(text: str, expected: set[str]) -> None:
    flags = set(Q.flag_features(text))
    assert expected <= flags
    if not expected:
        assert not flags & {"F=violent", "F=calm", "F=destroy", "F=intervened", "F=force"}


def test_destruction_done_to_the_crowd_is_not_the_crowds():
    # passive and "by" agent: nobody in the text destroys in the active voice
    flags = Q.flag_features("Their stalls were burnt by unknown men during the night.")
    assert "F=destroy" not in flags and "F=violent" not in flags


def test_violence_told_outranks_calm_told():
    flags = Q.flag_features("The rally was without violence until youths looted two shops.")
    assert "F=violent" in flags and "F=calm" not in flags


@pytest.mark.parametrize("text", [text for text, _ in CASES] + [
    "An earthquake destroyed dozens of homes in the valley.",
    "A fraud ring that sold fake fertiliser was broken up; guns and ammunition were seized.",
    "Protesters were dispersed by police; no violence was reported.",
    "Pupils went on strike and smashed windows at the school.",
])
def test_flags_agree_with_the_phrase_tests(text: str) -> None:
    """One automaton scan gives what the separate phrase tests (read after the model and by
    the events step) give one by one."""
    flags = set(Q.flag_features(text))
    assert ("F=intervened" in flags) == Q.police_intervened(text)
    assert ("F=force" in flags) == Q.force_on_protesters(text)
    assert ("F=disaster" in flags) == Q.tells_disaster(text)
    assert ("F=crime" in flags) == Q.tells_crime(text)
    assert ("F=weapons" in flags) == Q.names_weapons(text)
    assert ("F=destroy" in flags) == Q.demonstrators_destroy(text)
    violent = Q.demonstration_violence(text)
    assert ("F=violent" in flags) == (violent is True)
    assert ("F=calm" in flags) == (violent is False)


def test_cue_features_carry_the_flags():
    text = "Youths lit bonfires on the road and police fired tear gas."
    feats = Q.cue_features(text)
    assert "F=violent" in feats and "F=intervened" in feats


@pytest.mark.parametrize(("feature", "cue"), [
    ("C2=ARMED>KILL", True), ("AV=ARMED>CIV", True), ("AK=rebel", True), ("F=calm", True),
    ("T=Attack", False), ("RULE=Attack", False), ("A=police", False), ("police", False),
    ("police fired", False), ("G:#pol", False), ("P:polic", False),
])
def test_cue_feature_group(feature: str, cue: bool) -> None:
    assert Q.is_cue_feature(feature) is cue


def test_every_cue_feature_is_in_the_group():
    feats = Q.cue_features("Bandits shot dead two herders and torched their huts; "
                           "police later arrested a suspect.",
                           [(0, 7, "unidentified")])
    assert feats and all(Q.is_cue_feature(f) for f in feats)
