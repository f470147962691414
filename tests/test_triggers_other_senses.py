"""Trigger words inside a phrase of another sense ("heart attack", "title clash", "photo
shoot") are no triggers: the lexicon's ``other_senses`` phrases take part in the longest-match
step and then name no event. The same words told of violence still count. Invented
sentences."""

from __future__ import annotations

import pytest

from sitrep.doc import TRIGGERS, Doc
from sitrep.nlp.triggers import TriggerTagger, find_triggers, lexicon
from sitrep.pipeline import extract


def _labels(text: str) -> list[str]:
    return [entry.phrase for _, _, entry in find_triggers(text)]


@pytest.mark.parametrize("text", [
    "The retired judge died of a heart attack at his farm on Sunday.",
    "The singer suffered a panic attack before the concert.",
    "The title clash between the two clubs is set for Saturday.",
    "Both teams are in a relegation battle with four games left.",
    "The governor lost her battle with cancer last year.",
    "The two families are locked in a custody battle over the children.",
    "The magazine's cover shoot took place on a beach near the port.",
    "The two countries signed a trade agreement on flowers and tea.",
    "The sequel bombed at the box office over the holiday weekend.",
    "The golfer holds a one-shot lead after the second round.",
])
def test_other_sense_phrases_name_no_trigger(text: str) -> None:
    assert _labels(text) == []


@pytest.mark.parametrize(("text", "phrase"), [
    # the trigger word told of violence, near words of the idioms
    ("Gunmen attacked a bus in the heart of the town.", "attack"),
    ("Football fans clashed with police after the cup final.", "clash"),
    ("Troops battled the militants for control of the hill.", "battle"),
    ("The rebels and the army signed a peace agreement in the capital.", "peace agreement"),
])
def test_violent_senses_still_count(text: str, phrase: str) -> None:
    assert phrase in _labels(text)


def test_other_senses_are_listed_apart_from_triggers() -> None:
    lex = lexicon()
    senses = {str(p).rstrip("*") for p in lex["other_senses"]}
    assert "heart attack" in senses
    triggers = {str(p).rstrip("*") for kind in ("strong", "weak")
                for phrases in lex[kind].values() for p in phrases}
    # an other-sense phrase that is also a trigger would be both at once
    assert not senses & triggers


def test_tagger_layer_holds_no_other_sense() -> None:
    doc = TriggerTagger()(Doc("t", "The mayor died of a heart attack. Gunmen attacked a bar."))
    cues = [t.attrs["cue"] for t in doc.get(TRIGGERS)]
    assert cues == ["Gunmen", "attacked"]


def test_illness_page_gives_no_event() -> None:
    text = ("Former minister dies of heart attack\n\n"
            "A former cabinet minister died of a heart attack at his home on Friday, his "
            "family said. He had served two terms in parliament.")
    doc = extract(Doc("t", text, title="Former minister dies of heart attack"))
    assert [e for e in doc.events if e.status == "event"] == []


@pytest.mark.parametrize("text", [
    "The home side beat the visitors 3-1 at the national stadium.",
    "The champions were beaten 2-0 away on Saturday.",
    "Her team beat the hosts by twelve points in the semi-final.",
])
def test_beat_with_a_sporting_result_is_no_trigger(text: str) -> None:
    assert "beat" not in _labels(text) and "beaten" not in _labels(text)


@pytest.mark.parametrize("text", [
    "Youths beat a trader at the market on 12-13 May.",
    "Guards beat two boys aged 15-17 outside the school.",
    "A gang beat the watchman and stole his phone.",
])
def test_beat_told_of_an_assault_stays(text: str) -> None:
    assert "beat" in _labels(text)
